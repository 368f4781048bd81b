import { useState } from 'preact/hooks';
import { call, client } from '../api/api.client';
import { useUnitName } from '../api/units.store';
import type { Consultation } from '../api/api.types';
import { formatDateTime } from '../format';
import { messageOf, useAsync } from '../use-async.hook';
import { LoadState } from './status.component';

/** The opinions other units asked of the user's unit, earliest due first, each answered in place. */
export function ConsultationInbox() {
  const unitName = useUnitName();
  const state = useAsync(() => call(client.GET('/api/v1/consultations')), []);
  return (
    <section id="consultations" class="block" aria-labelledby="consultations-title">
      <h2 id="consultations-title">
        Xin ý kiến đơn vị <span class="count">{state.data?.length ?? 0}</span>
      </h2>
      <LoadState state={state} />
      {state.data?.length === 0 && <p class="muted">Không có ý kiến nào đang chờ đơn vị trả lời.</p>}
      {state.data && state.data.length > 0 && (
        <ul class="comments">
          {state.data.map((c) => (
            <ConsultationItem key={c.id} item={c} unitName={unitName} onAnswered={state.reload} />
          ))}
        </ul>
      )}
    </section>
  );
}

function ConsultationItem({
  item,
  unitName,
  onAnswered,
}: {
  item: Consultation;
  unitName: (id: string | null | undefined) => string;
  onAnswered: () => void;
}) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const field = `answer-${item.id}`;
  const submit = async (e: Event) => {
    e.preventDefault();
    if (!text.trim()) return setError('Nhập nội dung trả lời.');
    setBusy(true);
    setError(undefined);
    try {
      await call(
        client.POST('/api/v1/dossiers/{code}/consultations/{id}/answer', {
          params: { path: { code: item.dossierCode, id: item.id } },
          body: { answer: text.trim() },
        }),
      );
      onAnswered();
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <li>
      <div class="muted">
        <strong>{item.dossierCode}</strong> · {item.procedureName} · {unitName(item.askedUnit)} hỏi lúc{' '}
        {formatDateTime(item.askedAt)} · hạn trả lời {formatDateTime(item.dueAt)}{' '}
        {item.overdue && <span class="badge badge-overdue">Quá hạn</span>}
      </div>
      <p class="quote">{item.question}</p>
      <form class="comment-form" onSubmit={submit} noValidate>
        <label for={field}>Trả lời</label>
        <textarea
          id={field}
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
          Gửi trả lời
        </button>
      </form>
    </li>
  );
}
