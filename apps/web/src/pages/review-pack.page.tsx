import { useEffect, useState } from 'preact/hooks';
import { call, client, downloadDocument } from '../api/api.client';
import type { OrgUnit, SessionUser } from '../api/api.types';
import { defaultAgency, packYears } from '../review-pack.rules';
import { messageOf } from '../use-async.hook';
import { ImprovementTabs } from '../components/improvement-tabs.component';

type PackFormat = 'pdf' | 'xlsx';

/** The ISO review pack of an agency for a year, downloaded as PDF or Excel. */
export function ReviewPackPage({ user }: { user: SessionUser }) {
  const years = packYears(new Date());
  const [units, setUnits] = useState<OrgUnit[]>([]);
  const [agency, setAgency] = useState(user.unit);
  const [year, setYear] = useState(String(years[0]));
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState<PackFormat>();

  useEffect(() => {
    call(client.GET('/api/v1/org/units')).then(
      (list) => {
        setUnits(list);
        setAgency(defaultAgency(user, list));
      },
      (err: unknown) => setError(messageOf(err)),
    );
  }, []);

  const download = async (format: PackFormat) => {
    setError(undefined);
    setBusy(format);
    try {
      const file = call(
        client.GET('/api/v1/improvement/review-pack', {
          params: { query: { agency, year, format } },
          parseAs: 'blob',
        }),
      );
      await downloadDocument(file, `ho-so-xem-xet-iso_${agency}_${year}.${format}`);
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <section>
      <h1>Hồ sơ xem xét ISO</h1>
      <ImprovementTabs />
      <p class="muted">
        Các thủ tục cơ quan đã giải quyết trong năm, số lượng và tỷ lệ đúng hạn, thời gian thực tế của từng
        bước so với quy trình nội bộ và các vấn đề đề nghị Ban chỉ đạo ISO xem xét.
      </p>
      <form class="card filters" onSubmit={(e) => e.preventDefault()} noValidate>
        <div class="field">
          <label for="agency">Cơ quan</label>
          <select id="agency" value={agency} onChange={(e) => setAgency(e.currentTarget.value)}>
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="year">Năm</label>
          <select id="year" value={year} onChange={(e) => setYear(e.currentTarget.value)}>
            {years.map((y) => (
              <option key={y} value={String(y)}>
                {y}
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          class="btn btn-primary"
          disabled={busy !== undefined || units.length === 0}
          onClick={() => download('pdf')}
        >
          {busy === 'pdf' ? 'Đang lập…' : 'Tải bản PDF'}
        </button>
        <button
          type="button"
          class="btn"
          disabled={busy !== undefined || units.length === 0}
          onClick={() => download('xlsx')}
        >
          {busy === 'xlsx' ? 'Đang lập…' : 'Tải bản Excel'}
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
