import { useEffect, useState } from 'preact/hooks';
import { call, client } from '../api/api.client';
import type { DossierListItem, SessionUser } from '../api/api.types';
import { hasRole } from '../api/session.store';
import { WAITING_FOR_CITIZEN } from '../components/badges.component';
import { BulkActions } from '../components/bulk-actions.component';
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
  { key: 'unassigned', text: 'Chưa phân công', match: (d) => !!d.step && !d.step.assignee },
];

const PAGE = 100;

/**
 * The caller's work: dossiers waiting on their unit and role, most urgent step deadline first (server order); for
 * reception also the online dossiers to check and the dossiers waiting for the citizen's supplement. A head's inbox
 * is the whole unit's work, each dossier once (Chưa phân công: the steps to hand out). Ticked rows take one action
 * together.
 */
export function InboxPage({ user }: { user: SessionUser }) {
  const state = useAsync(() => call(client.GET('/api/v1/inbox', { params: { query: { limit: PAGE } } })), []);
  const [more, setMore] = useState<{ items: DossierListItem[]; nextCursor: string | null } | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [filter, setFilter] = useState('all');
  const [selected, setSelected] = useState<Set<string>>(new Set());
  useEffect(() => setMore(null), [state.data]);
  const isHead = hasRole(user, 'head');
  // Officers, heads and leaders answer the opinions other units ask of their unit.
  const consulted = ['officer', 'head', 'leader'].some((role) => hasRole(user, role));
  const filters = FILTERS.filter((f) => f.key !== 'unassigned' || isHead);
  const items = [...(state.data?.items ?? []), ...(more?.items ?? [])];
  const nextCursor = more ? more.nextCursor : (state.data?.nextCursor ?? null);
  const loadMore = async () => {
    if (!nextCursor) return;
    setLoadingMore(true);
    try {
      const page = await call(
        client.GET('/api/v1/inbox', { params: { query: { limit: PAGE, cursor: nextCursor ?? undefined } } }),
      );
      setMore({ items: [...(more?.items ?? []), ...page.items], nextCursor: page.nextCursor ?? null });
    } finally {
      setLoadingMore(false);
    }
  };
  const match = (key: string) =>
    key === 'mine'
      ? (d: DossierListItem) => d.step?.assignee === user.username
      : FILTERS.find((f) => f.key === key)!.match;
  const shown = items.filter(match(filter));
  return (
    <section>
      <div class="page-head">
        <h1>Hộp việc</h1>
        <button type="button" class="btn" onClick={state.reload}>
          Làm mới
        </button>
      </div>
      <div class="tabs" role="group" aria-label="Lọc theo tình trạng hạn">
        {filters.map((f) => (
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
      {state.data && items.length > 0 && (
        <BulkActions
          id="inbox-bulk"
          items={shown.filter((d) => selected.has(d.code))}
          onDone={() => {
            setSelected(new Set());
            state.reload();
          }}
        />
      )}
      {state.data && (
        <DossierTable
          items={shown}
          caption="Hồ sơ trong hộp việc"
          empty="Không có hồ sơ nào đang chờ bạn xử lý."
          selection={{ selected, onChange: setSelected }}
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
    </section>
  );
}
