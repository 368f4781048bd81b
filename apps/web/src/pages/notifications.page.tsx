import { useState } from 'preact/hooks';
import { api } from '../api/api.client';
import type { NotificationView } from '../api/api.types';
import { LoadState } from '../components/status.component';
import { formatDateTime } from '../format';
import { Link } from '../router';
import { messageOf, useAsync } from '../use-async.hook';

/** The caller's notifications (deadline escalations, apology reminders), newest first. */
export function NotificationsPage({ onChange }: { onChange: () => void }) {
  const state = useAsync(() => api.get<{ items: NotificationView[] }>('/notifications', { limit: 50 }), []);
  const [error, setError] = useState<string>();
  const items = state.data?.items ?? [];
  const run = async (path: string) => {
    setError(undefined);
    try {
      await api.post(path, {});
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
          onClick={() => void run('/notifications/read-all')}
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
        {items.map((n) => (
          <li key={n.id} class={n.readAt ? 'is-read' : 'is-unread'}>
            <div class="grow">
              <strong class="break">{n.title}</strong>
              <p class="break">{n.body}</p>
              <small class="muted">
                {formatDateTime(n.createdAt)} ·{' '}
                <Link href={`/ho-so/${encodeURIComponent(n.dossierCode)}`}>Mở hồ sơ {n.dossierCode}</Link>
              </small>
            </div>
            {!n.readAt && (
              <button type="button" class="btn" onClick={() => void run(`/notifications/${n.id}/read`)}>
                Đã đọc
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
