import { useEffect, useState } from 'preact/hooks';
import { call, client } from '../api/api.client';
import type { DossierFlag, DossierStatus, DossierView } from '../api/api.types';
import { DossierTable } from '../components/dossier-table.component';
import { STATUS } from '../labels';
import { useLocation } from '../router';
import { messageOf } from '../use-async.hook';

const FLAGS: Record<string, string> = {
  overdue: 'Quá hạn',
  step_overdue: 'Quá hạn bước',
  due_soon: 'Sắp đến hạn',
  stalled: 'Chậm xử lý',
};

/** Dossiers the user may read, by code, applicant name or id number, status and deadline flag (also from the URL). */
export function SearchPage() {
  // A link may open the list already filtered (the supervisor's tiles: ?flag=overdue).
  const { query } = useLocation();
  const [q, setQ] = useState(query.get('q') ?? '');
  const [status, setStatus] = useState(query.get('status') ?? '');
  const [flag, setFlag] = useState(query.get('flag') ?? '');
  const [items, setItems] = useState<DossierView[]>();
  const [cursor, setCursor] = useState<string | null>(null);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const load = async (after: string | null) => {
    setBusy(true);
    setError(undefined);
    try {
      const page = await call(
        client.GET('/api/v1/dossiers', {
          params: {
            // The selects' values are their options, or '' for any.
            query: {
              q: q.trim(),
              status: (status || undefined) as DossierStatus | undefined,
              flag: (flag || undefined) as DossierFlag | undefined,
              limit: 50,
              cursor: after ?? undefined,
            },
          },
        }),
      );
      setItems((prev) => (after ? [...(prev ?? []), ...page.items] : page.items));
      setCursor(page.nextCursor ?? null);
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  // The newest dossiers the user may read, before any search.
  useEffect(() => {
    void load(null);
  }, []);

  return (
    <section>
      <h1>Tra cứu hồ sơ</h1>
      <form
        class="card filters"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          void load(null);
        }}
      >
        <div class="field grow">
          <label for="q">Mã hồ sơ, tên hoặc số định danh người nộp</label>
          <input
            id="q"
            type="search"
            value={q}
            maxLength={100}
            aria-describedby="q-hint"
            onInput={(e) => setQ(e.currentTarget.value)}
          />
          <small id="q-hint" class="muted">
            Gõ có dấu hoặc không dấu; một phần của tên hay mã hồ sơ cũng tìm được.
          </small>
        </div>
        <div class="field">
          <label for="status">Trạng thái</label>
          <select id="status" value={status} onChange={(e) => setStatus(e.currentTarget.value)}>
            <option value="">Tất cả</option>
            {Object.entries(STATUS).map(([k, v]) => (
              <option key={k} value={k}>
                {v}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="flag">Cảnh báo hạn</label>
          <select id="flag" value={flag} onChange={(e) => setFlag(e.currentTarget.value)}>
            <option value="">Tất cả</option>
            {Object.entries(FLAGS).map(([k, v]) => (
              <option key={k} value={k}>
                {v}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" class="btn btn-primary" disabled={busy}>
          Tìm
        </button>
      </form>
      {error && (
        <p class="alert alert-error" role="alert">
          {error}
        </p>
      )}
      {items && (
        <DossierTable items={items} caption="Kết quả tra cứu" empty="Không tìm thấy hồ sơ phù hợp." />
      )}
      {cursor && (
        <button type="button" class="btn" disabled={busy} onClick={() => void load(cursor)}>
          Xem thêm
        </button>
      )}
    </section>
  );
}
