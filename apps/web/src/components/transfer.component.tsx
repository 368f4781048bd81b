import { useState } from 'preact/hooks';
import { call, client } from '../api/api.client';
import type { DossierView, SessionUser } from '../api/api.types';
import { hasRole } from '../api/session.store';
import { messageOf, useAsync } from '../use-async.hook';

/**
 * Who the console offers the transfer to (the server decides, docs/access.md): reception of the receiving unit, or
 * whoever holds the current step as reception, officer or head.
 */
export const mayOfferTransfer = (d: DossierView, user: SessionUser): boolean => {
  if (d.status !== 'in_progress') return false;
  if (user.unit === d.receivingUnit && hasRole(user, 'reception')) return true;
  const step = d.step;
  if (!step || step.owner.unit !== user.unit) return false;
  if (hasRole(user, 'head')) return true;
  return (
    ['reception', 'officer'].includes(step.owner.role) &&
    hasRole(user, step.owner.role) &&
    (!step.assignee || step.assignee === user.username)
  );
};

/** Sends the dossier to the competent agency's procedure, with the reason (the code and the clock's start stay). */
export function TransferPanel({ dossier, onDone }: { dossier: DossierView; onDone: () => void }) {
  const procedures = useAsync(() => call(client.GET('/api/v1/procedures')), []);
  const [procedureCode, setProcedureCode] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    if (!procedureCode) return setError('Chọn thủ tục của cơ quan có thẩm quyền.');
    if (!reason.trim()) return setError('Nhập lý do chuyển.');
    setBusy(true);
    setError(undefined);
    try {
      await call(
        client.POST('/api/v1/dossiers/{code}/transfer', {
          params: { path: { code: dossier.code } },
          body: {
            procedureCode,
            reason: reason.trim(),
            expectedVersion: dossier.version,
          },
        }),
      );
      onDone();
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };
  const others = (procedures.data ?? []).filter((p) => p.code !== dossier.procedure.code);
  return (
    <details class="transfer">
      <summary>Chuyển cơ quan có thẩm quyền</summary>
      <form class="comment-form" onSubmit={submit} noValidate>
        <label for="transfer-procedure">Thủ tục của cơ quan có thẩm quyền</label>
        <select
          id="transfer-procedure"
          value={procedureCode}
          onChange={(e) => setProcedureCode(e.currentTarget.value)}
        >
          <option value="">— Chọn thủ tục —</option>
          {others.map((p) => (
            <option key={p.code} value={p.code}>
              {p.code} · {p.name}
            </option>
          ))}
        </select>
        <label for="transfer-reason">Lý do chuyển</label>
        <textarea
          id="transfer-reason"
          rows={2}
          maxLength={2000}
          value={reason}
          onInput={(e) => setReason(e.currentTarget.value)}
        />
        {error && (
          <p class="error-text" role="alert">
            {error}
          </p>
        )}
        <button type="submit" class="btn" disabled={busy}>
          Chuyển hồ sơ
        </button>
      </form>
    </details>
  );
}
