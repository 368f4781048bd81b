import { DateInput } from './date-input.component';
import { useEffect, useState } from 'preact/hooks';
import { call, client, openDocument } from '../api/api.client';
import type { OrgUnit } from '../api/api.types';
import { loadSession } from '../api/session.store';
import { addDays, vnDay, vnMidnight } from '../format';
import { messageOf } from '../use-async.hook';

/** Form 07, the tracking book of a unit for a period of Vietnam calendar days, printed as PDF. */
export function TrackingBook() {
  const today = vnDay(new Date());
  const [units, setUnits] = useState<OrgUnit[]>([]);
  const [unit, setUnit] = useState(loadSession()?.user.unit ?? '');
  const [from, setFrom] = useState(`${today.slice(0, 7)}-01`);
  const [to, setTo] = useState(today);
  const [error, setError] = useState<string>();
  useEffect(() => {
    call(client.GET('/api/v1/org/units')).then(setUnits, (err: unknown) => setError(messageOf(err)));
  }, []);

  const print = (e: Event) => {
    e.preventDefault();
    if (!unit) return setError('Chọn đơn vị.');
    if (!from || !to || from > to)
      return setError('Chọn khoảng thời gian hợp lệ: ngày bắt đầu không sau ngày kết thúc.');
    setError(undefined);
    const query = { unit, from: vnMidnight(from), to: vnMidnight(addDays(to, 1)) };
    openDocument(() =>
      call(
        client.GET('/api/v1/forms/{form}', { params: { path: { form: '07.pdf' }, query }, parseAs: 'blob' }),
      ),
    ).catch((err: unknown) => setError(messageOf(err)));
  };

  return (
    <section class="card" aria-labelledby="book-title">
      <h2 id="book-title">Sổ theo dõi hồ sơ (mẫu 07)</h2>
      <form class="filters" onSubmit={print} noValidate>
        <div class="field">
          <label for="book-unit">Đơn vị</label>
          <select id="book-unit" value={unit} onChange={(e) => setUnit(e.currentTarget.value)}>
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="book-from">Từ ngày</label>
          <DateInput id="book-from" value={from} onValue={setFrom} />
        </div>
        <div class="field">
          <label for="book-to">Đến ngày</label>
          <DateInput id="book-to" value={to} onValue={setTo} />
        </div>
        <button type="submit" class="btn">
          In sổ theo dõi hồ sơ
        </button>
      </form>
      {error && (
        <p class="alert alert-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
