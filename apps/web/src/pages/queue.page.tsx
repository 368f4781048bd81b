import { api } from '../api/api.client';
import type { DossierView } from '../api/api.types';
import { DossierTable } from '../components/dossier-table.component';
import { LoadState } from '../components/status.component';
import { addDays, vnDay, vnMidnight } from '../format';
import { Link } from '../router';
import { useAsync } from '../use-async.hook';

interface Page {
  items: DossierView[];
}

const list = (query: Record<string, string>) =>
  api.get<Page>('/dossiers', { limit: '100', ...query }).then((p) => p.items);

/** The counter's day: results to hand back, dossiers waiting for the citizen, online ones to check, today's receipts. */
export function QueuePage() {
  const today = vnDay(new Date());
  const state = useAsync(
    () =>
      Promise.all([
        list({ status: 'result_ready' }),
        list({ status: 'submitted' }),
        Promise.all([list({ status: 'awaiting_documents' }), list({ status: 'awaiting_supplement' })]).then(
          ([a, b]) => [...a, ...b],
        ),
        list({ receivedFrom: vnMidnight(today), receivedTo: vnMidnight(addDays(today, 1)) }),
      ]),
    [today],
  );
  const [ready, online, waiting, received] = state.data ?? [[], [], [], []];
  const sections: Array<[string, string, DossierView[], string]> = [
    ['ready', 'Chờ trả kết quả', ready, 'Không có kết quả nào chờ trả.'],
    ['online', 'Hồ sơ trực tuyến chờ tiếp nhận', online, 'Không có hồ sơ trực tuyến nào chờ tiếp nhận.'],
    ['waiting', 'Chờ công dân bổ sung', waiting, 'Không có hồ sơ nào chờ bổ sung.'],
    ['today', 'Đã tiếp nhận hôm nay', received, 'Hôm nay chưa tiếp nhận hồ sơ nào.'],
  ];
  return (
    <section>
      <div class="page-head">
        <h1>Hàng chờ hôm nay</h1>
        <div class="actions">
          <button type="button" class="btn" onClick={state.reload}>
            Làm mới
          </button>
          <Link class="btn btn-primary" href="/tiep-nhan">
            Tiếp nhận hồ sơ mới
          </Link>
        </div>
      </div>
      <LoadState state={state} />
      {state.data && (
        <nav class="summary-tiles" aria-label="Tóm tắt">
          {sections.map(([id, title, items]) => (
            <a key={id} class="tile" href={`#${id}`}>
              <span class="tile-number">{items.length}</span>
              <span class="tile-text">{title}</span>
            </a>
          ))}
        </nav>
      )}
      {state.data &&
        sections.map(([id, title, items, empty]) => (
          <section key={id} id={id} class="block" aria-labelledby={`${id}-title`}>
            <h2 id={`${id}-title`}>
              {title} <span class="count">{items.length}</span>
            </h2>
            <DossierTable items={items} caption={title} empty={empty} />
          </section>
        ))}
    </section>
  );
}
