import { useState } from 'preact/hooks';
import { call, client } from '../api/api.client';
import type { DossierListItem, DossierStatus } from '../api/api.types';
import { BulkActions } from '../components/bulk-actions.component';
import { DossierTable } from '../components/dossier-table.component';
import { awaitingForward } from '../components/forward.rules';
import { LoadState } from '../components/status.component';
import { addDays, vnDay, vnMidnight } from '../format';
import { Link } from '../router';
import { useAsync } from '../use-async.hook';

interface Count {
  total: number;
  capped: boolean;
}

const LISTED = 100;

const list = (query: { status?: DossierStatus; receivedFrom?: string; receivedTo?: string }) =>
  call(client.GET('/api/v1/dossiers', { params: { query: { limit: LISTED, ...query } } })).then(
    (p) => p.items,
  );

interface Section {
  id: string;
  title: string;
  items: DossierListItem[];
  empty: string;
  /** How many there are when the list shows only the first LISTED. */
  count?: Count;
}

/**
 * The counter's day: dossiers received and waiting on the desk's own first step (forwarded here, one by one or
 * ticked together), results to hand back, dossiers waiting for the citizen, online ones to check, today's receipts
 * (counted in full, the first 100 listed).
 */
export function QueuePage() {
  const today = vnDay(new Date());
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const state = useAsync(() => {
    const todays = { receivedFrom: vnMidnight(today), receivedTo: vnMidnight(addDays(today, 1)) };
    return Promise.all([
      call(client.GET('/api/v1/inbox', { params: { query: { limit: 100 } } })).then((p) =>
        awaitingForward(p.items),
      ),
      list({ status: 'result_ready' }),
      list({ status: 'submitted' }),
      Promise.all([list({ status: 'awaiting_documents' }), list({ status: 'awaiting_supplement' })]).then(
        ([a, b]) => [...a, ...b],
      ),
      list(todays),
      call(client.GET('/api/v1/dossiers/count', { params: { query: todays } })),
    ]);
  }, [today]);
  const [forward, ready, online, waiting, received, receivedCount] = state.data ?? [
    [],
    [],
    [],
    [],
    [],
    undefined,
  ];
  const sections: Section[] = [
    {
      id: 'forward',
      title: 'Chờ chuyển xử lý',
      items: forward,
      empty: 'Không có hồ sơ nào chờ chuyển xử lý.',
    },
    { id: 'ready', title: 'Chờ trả kết quả', items: ready, empty: 'Không có kết quả nào chờ trả.' },
    {
      id: 'online',
      title: 'Hồ sơ trực tuyến chờ tiếp nhận',
      items: online,
      empty: 'Không có hồ sơ trực tuyến nào chờ tiếp nhận.',
    },
    {
      id: 'waiting',
      title: 'Chờ công dân bổ sung',
      items: waiting,
      empty: 'Không có hồ sơ nào chờ bổ sung.',
    },
    {
      id: 'today',
      title: 'Đã tiếp nhận hôm nay',
      items: received,
      empty: 'Hôm nay chưa tiếp nhận hồ sơ nào.',
      count: receivedCount,
    },
  ];
  const countOf = (s: Section) => (s.count ? `${s.count.total}${s.count.capped ? '+' : ''}` : s.items.length);
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
          {sections.map((s) => (
            <a key={s.id} class="tile" href={`#${s.id}`}>
              <span class="tile-number">{countOf(s)}</span>
              <span class="tile-text">{s.title}</span>
            </a>
          ))}
        </nav>
      )}
      {state.data &&
        sections.map((s) => (
          <section key={s.id} id={s.id} class="block" aria-labelledby={`${s.id}-title`}>
            <h2 id={`${s.id}-title`}>
              {s.title} <span class="count">{countOf(s)}</span>
            </h2>
            {s.id === 'forward' && s.items.length > 0 && (
              <BulkActions
                id="forward-bulk"
                items={s.items.filter((d) => selected.has(d.code))}
                onDone={() => {
                  setSelected(new Set());
                  state.reload();
                }}
              />
            )}
            <DossierTable
              items={s.items}
              caption={s.title}
              empty={s.empty}
              selection={s.id === 'forward' ? { selected, onChange: setSelected } : undefined}
            />
            {s.count && s.count.total > s.items.length && (
              <p class="more">
                Đang hiện {s.items.length} hồ sơ mới nhất trong {countOf(s)}.{' '}
                <Link href="/ho-so">Tra cứu hồ sơ</Link>
              </p>
            )}
          </section>
        ))}
    </section>
  );
}
