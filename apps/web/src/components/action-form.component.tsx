import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { ApiError, call, client } from '../api/api.client';
import type { DossierView, ProcedureDocument, ProcedureStep } from '../api/api.types';
import { formatDateTime } from '../format';
import { ACTION, label } from '../labels';
import { DocumentChecklist, toggled } from './document-checklist.component';
import { CollectorFieldset } from './collector-fieldset.component';
import { collectorBody, collectorProblem, emptyCollector } from '../collector.rules';
import { messageOf } from '../use-async.hook';
import { confirmationOf, targetOf } from './confirm.rules';

const WARN = new Set(['refuse', 'withdraw', 'stop']);
// Actions that complete a dossier not yet accepted: the documents handed in now are ticked.
const TAKES_DOCUMENTS = new Set(['supplement_received', 'accept']);

/** The allowed actions as buttons; the chosen one asks for what it needs (reason, items, new date), then is sent. */
export function ActionPanel({
  dossier,
  documents,
  onDone,
  branch,
  steps = [],
  handsOver = () => false,
}: {
  dossier: DossierView;
  documents: ProcedureDocument[];
  onDone: (next: DossierView, action: string) => void;
  /** Whether an action hands the result over (ends the dossier): it asks who collects the result. */
  handsOver?: (action: string) => boolean;
  /** In a fork: the branch whose actions these are (sent with each action). */
  branch?: { id: string; allowedActions: string[]; step?: { id: string } | null };
  /** The procedure's steps: a send-back's confirmation names the step it goes back to. */
  steps?: ProcedureStep[];
}) {
  const allowed = branch ? branch.allowedActions : dossier.allowedActions;
  // Several panels on one page (one per branch) keep their fields apart.
  const id = (name: string): string => (branch ? `${name}-${branch.id}` : name);
  const [action, setAction] = useState<string>();
  const [handed, setHanded] = useState<Set<string>>(new Set());
  const [comment, setComment] = useState('');
  const [reason, setReason] = useState('');
  const [items, setItems] = useState('');
  const [appointment, setAppointment] = useState('');
  const [collector, setCollector] = useState(emptyCollector);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  // The question asked before an action that sends a dossier back or ends it; sent only once answered.
  const [confirming, setConfirming] = useState<string>();
  const form = useRef<HTMLFormElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  // Focused in the same task as the dialog appears (a layout effect, not a deferred one): Enter answers it at once.
  useLayoutEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);
  // The chosen action's form takes the keyboard at its first field.
  useEffect(() => {
    if (action) form.current?.querySelector<HTMLElement>('textarea, input')?.focus();
  }, [action]);

  if (allowed.length === 0)
    return branch ? null : <p class="muted">Bạn không có thao tác nào với hồ sơ ở bước này.</p>;

  const already = new Set(dossier.documents.map((d) => d.name));
  const outstanding = documents.filter((d) => !already.has(d.name));
  // The api says what each action needs: a reason (the built-in ones and a send-back to an earlier step), the
  // missing items, a new appointment. An action it does not list (a branch's own) needs none of them.
  const needsOf = (a: string) => dossier.actionNeeds.find((n) => n.action === a);
  const needsReasonFor = (a: string): boolean => needsOf(a)?.reason ?? false;
  const isSendBack = (a: string): boolean => needsOf(a)?.sendBack ?? false;
  const needsItems = (a: string): boolean => needsOf(a)?.missingItems ?? false;
  const needsAppointment = (a: string): boolean => needsOf(a)?.newAppointment ?? false;
  const choose = (next: string) => {
    setAction(next === action ? undefined : next);
    setHanded(new Set());
    setError(undefined);
    setConfirming(undefined);
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    if (!action) return;
    const needsReason = needsReasonFor(action);
    const missingItems = items
      .split('\n')
      .map((s) => s.trim())
      .filter(Boolean);
    if (needsReason && reason.trim().length < 3) return setError('Nhập lý do (ít nhất 3 ký tự).');
    if (needsItems(action) && missingItems.length === 0)
      return setError('Ghi ít nhất một nội dung cần bổ sung.');
    if (needsAppointment(action) && !appointment) return setError('Chọn ngày hẹn trả mới.');
    const handBack = handsOver(action);
    const collectorError = handBack ? collectorProblem(collector) : undefined;
    if (collectorError) return setError(collectorError);
    const stillMissing = outstanding.filter((d) => d.required && !handed.has(d.name));
    if (TAKES_DOCUMENTS.has(action) && stillMissing.length > 0)
      return setError(`Còn thiếu giấy tờ bắt buộc: ${stillMissing.map((d) => d.name).join('; ')}.`);
    const stepId = branch ? branch.step?.id : dossier.step?.id;
    const question = confirmationOf(action, isSendBack(action), targetOf(steps, stepId, action)?.name);
    if (question && !confirming) return setConfirming(question);
    setBusy(true);
    setError(undefined);
    try {
      const next = await call(
        client.POST('/api/v1/dossiers/{code}/actions', {
          params: { path: { code: dossier.code } },
          body: {
            action,
            ...(branch ? { branch: branch.id } : {}),
            expectedVersion: dossier.version,
            ...(comment.trim() ? { comment: comment.trim() } : {}),
            ...(needsReason ? { reason: reason.trim() } : {}),
            ...(needsItems(action) ? { missingItems } : {}),
            ...(needsAppointment(action) ? { newAppointment: appointment } : {}),
            ...(handBack ? { collector: collectorBody(collector) } : {}),
            ...(TAKES_DOCUMENTS.has(action)
              ? {
                  documents: outstanding
                    .filter((d) => handed.has(d.name))
                    .map(({ name, originals, copies }) => ({ name, originals, copies })),
                }
              : {}),
          },
        }),
      );
      setAction(undefined);
      setComment('');
      setReason('');
      setItems('');
      setCollector(emptyCollector());
      setConfirming(undefined);
      onDone(next, action);
    } catch (err) {
      if (err instanceof ApiError && err.code === 'VERSION_CONFLICT')
        setError('Hồ sơ vừa được người khác cập nhật. Hãy tải lại trang rồi thao tác lại.');
      else setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="action-panel">
      <div class="actions" role="group" aria-label="Thao tác">
        {allowed.map((a) => (
          <button
            type="button"
            key={a}
            class={`btn ${WARN.has(a) ? 'btn-danger' : a === allowed[0] ? 'btn-primary' : ''}`}
            aria-expanded={action === a}
            aria-controls={id('action-form')}
            onClick={() => choose(a)}
          >
            {label(ACTION, a)}
          </button>
        ))}
      </div>
      {action && (
        <form ref={form} id={id('action-form')} class="card action-form" onSubmit={submit} noValidate>
          <h3>{label(ACTION, action)}</h3>
          {TAKES_DOCUMENTS.has(action) && outstanding.length > 0 && (
            <DocumentChecklist
              legend="Giấy tờ nhận thêm lần này"
              documents={outstanding}
              ticked={handed}
              onToggle={(name) => setHanded((h) => toggled(h, name))}
              prefix={id('handed')}
            />
          )}
          {needsReasonFor(action) && (
            <div class="field">
              <label for={id('action-reason')}>
                {needsAppointment(action) ? 'Lý do xin lỗi, gia hạn *' : 'Lý do *'}
              </label>
              <textarea
                id={id('action-reason')}
                rows={2}
                value={reason}
                onInput={(e) => setReason(e.currentTarget.value)}
              />
            </div>
          )}
          {needsItems(action) && (
            <div class="field">
              <label for={id('action-items')}>Nội dung cần bổ sung * (mỗi dòng một mục)</label>
              <textarea
                id={id('action-items')}
                rows={3}
                value={items}
                onInput={(e) => setItems(e.currentTarget.value)}
              />
            </div>
          )}
          {needsAppointment(action) && (
            <div class="field">
              <label for={id('action-date')}>Ngày hẹn trả mới * (chỉ ngày làm việc)</label>
              <select
                id={id('action-date')}
                value={appointment}
                onChange={(e) => setAppointment(e.currentTarget.value)}
              >
                <option value="">— Chọn ngày hẹn —</option>
                {(dossier.appointmentChoices ?? []).map((at) => (
                  <option key={at} value={at}>
                    {formatDateTime(at)}
                  </option>
                ))}
              </select>
            </div>
          )}
          {handsOver(action) && (
            <CollectorFieldset value={collector} onChange={setCollector} prefix={id('collector')} />
          )}
          <div class="field">
            <label for={id('action-comment')}>Ý kiến xử lý</label>
            <textarea
              id={id('action-comment')}
              rows={2}
              value={comment}
              onInput={(e) => setComment(e.currentTarget.value)}
            />
          </div>
          {error && (
            <p class="alert alert-error" role="alert">
              {error}
            </p>
          )}
          {confirming ? (
            <div class="confirm" role="alertdialog" aria-labelledby={id('confirm-question')}>
              <p id={id('confirm-question')}>
                <strong>{confirming}</strong>
              </p>
              <div class="actions">
                <button
                  ref={confirmButton}
                  type="submit"
                  class={`btn ${isSendBack(action) ? 'btn-primary' : 'btn-danger'}`}
                  disabled={busy}
                >
                  {busy ? 'Đang gửi…' : `Đồng ý: ${label(ACTION, action)}`}
                </button>
                <button type="button" class="btn btn-quiet" onClick={() => setConfirming(undefined)}>
                  Xem lại
                </button>
              </div>
            </div>
          ) : (
            <div class="actions">
              <button type="submit" class="btn btn-primary" disabled={busy}>
                {busy ? 'Đang gửi…' : `Xác nhận: ${label(ACTION, action)}`}
              </button>
              <button type="button" class="btn btn-quiet" onClick={() => setAction(undefined)}>
                Hủy
              </button>
            </div>
          )}
        </form>
      )}
    </div>
  );
}
