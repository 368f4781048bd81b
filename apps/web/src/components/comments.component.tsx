import { useState } from 'preact/hooks';
import { call, client } from '../api/api.client';
import type { ControlSheetRow, DossierView } from '../api/api.types';
import { formatDateTime } from '../format';
import { messageOf } from '../use-async.hook';

/** Comments on the dossier (audit events that also count as activity) and a box to add one. */
export function Comments({
  code,
  rows,
  onAdded,
}: {
  code: string;
  rows: ControlSheetRow[];
  onAdded: (d: DossierView) => void;
}) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const comments = rows.filter((r) => r.action === 'comment');

  const submit = async (e: Event) => {
    e.preventDefault();
    if (!text.trim()) return setError('Nhập nội dung ý kiến.');
    setBusy(true);
    setError(undefined);
    try {
      onAdded(
        await call(
          client.POST('/api/v1/dossiers/{code}/comments', {
            params: { path: { code } },
            body: { text: text.trim() },
          }),
        ),
      );
      setText('');
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div>
      {comments.length === 0 ? (
        <p class="muted">Chưa có ý kiến.</p>
      ) : (
        <ul class="comments">
          {comments.map((c) => (
            <li key={c.version}>
              <div class="muted">
                <strong>{c.actor?.fullName ?? 'Hệ thống'}</strong> · {formatDateTime(c.occurredAt)}
              </div>
              <p class="quote">{c.comment ?? String(c.payload.text ?? '')}</p>
            </li>
          ))}
        </ul>
      )}
      <form class="comment-form" onSubmit={submit} noValidate>
        <label for="comment-text">Thêm ý kiến</label>
        <textarea
          id="comment-text"
          rows={2}
          maxLength={4000}
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
        />
        {error && (
          <p class="error-text" role="alert">
            {error}
          </p>
        )}
        <button type="submit" class="btn" disabled={busy}>
          Gửi ý kiến
        </button>
      </form>
    </div>
  );
}
