import { useState } from 'preact/hooks';
import { call, client } from '../api/api.client';
import type { NotificationView } from '../api/api.types';
import { LoadState } from '../components/status.component';
import { formatDateTime } from '../format';
import { groupNotifications, groupTitle, type NotificationGroup } from '../notification.rules';
import { Link } from '../router';
import { messageOf, useAsync } from '../use-async.hook';

const dossierLink = (n: NotificationView) => (
  <Link href={`/ho-so/${encodeURIComponent(n.dossierCode)}`}>Mở hồ sơ {n.dossierCode}</Link>
);

/** The caller's notifications (deadline escalations, apology reminders), newest first, grouped by kind. */
export function NotificationsPage({ onChange }: { onChange: () => void }) {
  const state = useAsync(
    () => call(client.GET('/api/v1/notifications', { params: { query: { limit: 50 } } })),
    [],
  );
  const [error, setError] = useState<string>();
  const items = state.data?.items ?? [];
  const run = async (request: () => Promise<unknown>) => {
    setError(undefined);
    try {
      await request();
      state.reload();
      onChange();
    } catch (err) {
      setError(messageOf(err));
    }
  };
  return (
    <section>
      <div class="page-head">
        <h1>Thông báo</h1>
        <button
          type="button"
          class="btn"
          disabled={!items.some((n) => !n.readAt)}
          onClick={() => void run(() => call(client.POST('/api/v1/notifications/read-all')))}
        >
          Đánh dấu tất cả đã đọc
        </button>
      </div>
      <LoadState state={state} />
      {error && (
        <p class="alert alert-error" role="alert">
          {error}
        </p>
      )}
      {state.data && items.length === 0 && <p class="empty">Chưa có thông báo.</p>}
      <ul class="notifications">
        {groupNotifications(items).map((g) =>
          g.items.length === 1 ? (
            <li key={g.key} class={g.items[0].readAt ? 'is-read' : 'is-unread'}>
              <div class="grow">
                <strong class="break">{g.items[0].title}</strong>
                <p class="break">{g.items[0].body}</p>
                <small class="muted">
                  {formatDateTime(g.items[0].createdAt)} · {dossierLink(g.items[0])}
                </small>
              </div>
              {!g.items[0].readAt && (
                <button
                  type="button"
                  class="btn"
                  onClick={() =>
                    void run(() =>
                      call(
                        client.POST('/api/v1/notifications/{id}/read', {
                          params: { path: { id: g.items[0].id } },
                        }),
                      ),
                    )
                  }
                >
                  Đã đọc
                </button>
              )}
            </li>
          ) : (
            <GroupItem
              key={g.key}
              group={g}
              onRead={(ids) =>
                void run(() => call(client.POST('/api/v1/notifications/read', { body: { ids } })))
              }
            />
          ),
        )}
      </ul>
    </section>
  );
}

/** Several notifications of one kind: one line, the dossiers listed on demand, read together. */
function GroupItem({ group, onRead }: { group: NotificationGroup; onRead: (ids: string[]) => void }) {
  const unread = group.items.filter((n) => !n.readAt);
  return (
    <li class={unread.length ? 'is-unread' : 'is-read'}>
      <div class="grow">
        <strong class="break">{groupTitle(group)}</strong>
        <p class="muted">Mới nhất lúc {formatDateTime(group.items[0].createdAt)}</p>
        <details>
          <summary>Xem {group.items.length} thông báo</summary>
          <ul class="notification-group">
            {group.items.map((n) => (
              <li key={n.id}>
                <span class="break">{n.title}</span>
                <small class="muted">
                  {' '}
                  {formatDateTime(n.createdAt)} · {dossierLink(n)}
                </small>
              </li>
            ))}
          </ul>
        </details>
      </div>
      {unread.length > 0 && (
        <button type="button" class="btn" onClick={() => onRead(unread.map((n) => n.id))}>
          Đã đọc cả nhóm
        </button>
      )}
    </li>
  );
}
