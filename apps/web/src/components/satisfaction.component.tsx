import { DateInput } from './date-input.component';
import { useState } from 'preact/hooks';
import { call, client } from '../api/api.client';
import type { SatisfactionReport } from '../api/api.types';
import { addDays, vnDay, vnMidnight } from '../format';
import { useAsync } from '../use-async.hook';
import { LoadState } from './status.component';

const CRITERIA: Array<[keyof SatisfactionReport['averages'], string]> = [
  ['overall', 'Mức độ hài lòng chung'],
  ['onTime', 'Trả kết quả đúng hẹn'],
  ['staffAttitude', 'Thái độ của cán bộ'],
  ['guidance', 'Hướng dẫn, giải thích'],
  ['facilities', 'Cơ sở vật chất'],
];

const score = (value: number | null): string =>
  value === null ? '—' : `${value.toLocaleString('vi-VN', { maximumFractionDigits: 2 })} / 5`;

/** The citizens' ratings of the center's dossiers over a period: how many, the average of each criterion. */
export function Satisfaction() {
  const today = vnDay(new Date());
  const [from, setFrom] = useState(`${today.slice(0, 7)}-01`);
  const [to, setTo] = useState(today);
  const [period, setPeriod] = useState({ from, to });
  const [error, setError] = useState<string>();
  const state = useAsync(
    () =>
      call(
        client.GET('/api/v1/reports/satisfaction', {
          params: { query: { from: vnMidnight(period.from), to: vnMidnight(addDays(period.to, 1)) } },
        }),
      ),
    [period.from, period.to],
  );
  const show = (e: Event) => {
    e.preventDefault();
    if (!from || !to || from > to)
      return setError('Chọn khoảng thời gian hợp lệ: ngày bắt đầu không sau ngày kết thúc.');
    setError(undefined);
    setPeriod({ from, to });
  };
  const report = state.data;

  return (
    <section class="card" aria-labelledby="satisfaction-title">
      <h2 id="satisfaction-title">Mức độ hài lòng của người dân</h2>
      <form class="filters" onSubmit={show} noValidate>
        <div class="field">
          <label for="rating-from">Từ ngày</label>
          <DateInput id="rating-from" value={from} onValue={setFrom} />
        </div>
        <div class="field">
          <label for="rating-to">Đến ngày</label>
          <DateInput id="rating-to" value={to} onValue={setTo} />
        </div>
        <button type="submit" class="btn">
          Xem đánh giá
        </button>
      </form>
      {error && (
        <p class="alert alert-error" role="alert">
          {error}
        </p>
      )}
      <LoadState state={state} />
      {report && (
        <div class="table-wrap">
          <table data-testid="satisfaction">
            <caption>
              {report.count} lượt đánh giá
              {report.lowShare !== null &&
                ` · ${(report.lowShare * 100).toLocaleString('vi-VN', { maximumFractionDigits: 1 })}% không hài lòng (từ 2 điểm trở xuống)`}
            </caption>
            <thead>
              <tr>
                <th scope="col">Tiêu chí</th>
                <th scope="col" class="num">
                  Điểm trung bình
                </th>
              </tr>
            </thead>
            <tbody>
              {CRITERIA.map(([key, name]) => (
                <tr key={key}>
                  <th scope="row">{name}</th>
                  <td class="num">{score(report.averages[key])}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
