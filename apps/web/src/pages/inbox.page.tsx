import { useEffect, useState } from 'preact/hooks';
import { api } from '../api/api.client';
import type { DossierListItem, DossierView, SessionUser } from '../api/api.types';
import { hasRole } from '../api/session.store';
import { urgency, WAITING_FOR_CITIZEN } from '../components/badges.component';
import { ConsultationInbox } from '../components/consultations.component';
import { DossierTable } from '../components/dossier-table.component';
import { LoadState } from '../components/status.component';
import { useAsync } from '../use-async.hook';

const FILTERS: Array<{ key: string; text: string; match: (d: DossierListItem) => boolean }> = [
  { key: 'all', text: 'Tất cả', match: () => true },
  { key: 'overdue', text: 'Quá hạn', match: (d) => !!(d.flags.overdue || d.flags.stepOverdue) },
  {
    key: 'due-soon',
    text: 'Sắp đến hạn',
    match: (d) => !!d.flags.dueSoon && !d.flags.overdue && !d.flags.stepOverdue,
  },
  { key: 'stalled', text: 'Chậm xử lý', match: (d) => !!d.flags.stalled },
  { key: 'waiting', text: 'Chờ công dân bổ sung', match: (d) => WAITING_FOR_CITIZEN.has(d.status) },
  { key: 'mine', text: 'Giao cho tôi', match: () => false },
];

const PAGE = 100;

interface InboxPageData {
  items: DossierListItem[];
  total: number;
  totalCapped: boolean;
  nextCursor: string | null;
}

/**
 * The caller's work: dossiers waiting on their unit and role, most urgent step deadline first (server order); for
 * reception also the online dossiers to check and the dossiers waiting for the citizen's supplement.
 */
export function InboxPage({ user }: { user: SessionUser }) {
  const state = useAsync(() => api.get<InboxPageData>('/inbox', { limit: PAGE }), []);
  const [more, setMore] = useState<{ items: DossierListItem[]; nextCursor: string | null } | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [filter, setFilter] = useState('all');
  useEffect(() => setMore(null), [state.data]);
  const isHead = hasRole(user, 'head');
  // Officers, heads and leaders answer the opinions other units ask of their unit.
  const consulted = ['officer', 'head', 'leader'].some((role) => hasRole(user, role));
  // A head's own inbox holds only the head's steps; the unit's other work is listed to be watched and reassigned.
  const unitWork = useAsync(
    () =>
      isHead
        ? api
            .get<{ items: DossierView[] }>('/dossiers', {
              unit: user.unit,
              status: 'in_progress',
              limit: 100,
            })
            .then((page) =>
              page.items
                .filter((d) => d.step?.owner.unit === user.unit && d.step.owner.role !== 'head')
                .sort(
                  (a, b) =>
                    urgency(a) - urgency(b) || (a.step?.dueAt ?? '').localeCompare(b.step?.dueAt ?? ''),
                ),
            )
        : Promise.resolve([]),
    [isHead, user.unit],
  );
  const items = [...(state.data?.items ?? []), ...(more?.items ?? [])];
  const nextCursor = more ? more.nextCursor : (state.data?.nextCursor ?? null);
  const loadMore = async () => {
    if (!nextCursor) return;
    setLoadingMore(true);
    try {
      const page = await api.get<InboxPageData>('/inbox', { limit: PAGE, cursor: nextCursor });
      setMore({ items: [...(more?.items ?? []), ...page.items], nextCursor: page.nextCursor });
    } finally {
      setLoadingMore(false);
    }
  };
  const match = (key: string) =>
    key === 'mine'
      ? (d: DossierListItem) => d.step?.assignee === user.username
      : FILTERS.find((f) => f.key === key)!.match;
  return (
    <section>
      <div class="page-head">
        <h1>Hộp việc</h1>
        <button type="button" class="btn" onClick={state.reload}>
          Làm mới
        </button>
      </div>
      <div class="tabs" role="group" aria-label="Lọc theo tình trạng hạn">
        {FILTERS.map((f) => (
          <button
            type="button"
            key={f.key}
            class="tab"
            aria-pressed={filter === f.key}
            onClick={() => setFilter(f.key)}
          >
            {f.text} <span class="count">{items.filter(match(f.key)).length}</span>
          </button>
        ))}
      </div>
      <LoadState state={state} />
      {state.data && (
        <DossierTable
          items={items.filter(match(filter))}
          caption="Hồ sơ trong hộp việc"
          empty="Không có hồ sơ nào đang chờ bạn xử lý."
        />
      )}
      {state.data && (state.data.totalCapped || state.data.total > items.length) && (
        <p class="more">
          Đang hiện {items.length} trong {state.data.total}
          {state.data.totalCapped ? '+' : ''} hồ sơ, khẩn nhất trước.{' '}
          <button type="button" class="btn" onClick={loadMore} disabled={loadingMore}>
            Tải thêm
          </button>
        </p>
      )}
      {consulted && <ConsultationInbox />}
      {isHead && (
        <section id="unit-work" class="block" aria-labelledby="unit-work-title">
          <h2 id="unit-work-title">
            Hồ sơ đang xử lý tại đơn vị <span class="count">{unitWork.data?.length ?? 0}</span>
          </h2>
          <LoadState state={unitWork} />
          {unitWork.data && (
            <DossierTable
              items={unitWork.data}
              caption="Hồ sơ đang xử lý tại đơn vị"
              empty="Đơn vị không có hồ sơ nào đang xử lý."
            />
          )}
        </section>
      )}
    </section>
  );
}
