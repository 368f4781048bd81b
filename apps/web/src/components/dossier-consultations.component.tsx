import { useState } from 'preact/hooks';
import { call, client } from '../api/api.client';
import type { DeadlineUnit, DossierView, SessionUser } from '../api/api.types';
import { hasRole } from '../api/session.store';
import { useUnitName } from '../api/units.store';
import { formatDateTime } from '../format';
import { messageOf, useAsync } from '../use-async.hook';
import { LoadState } from './status.component';

const DEADLINE_UNITS: Array<[string, string]> = [
  ['working_day', 'ngày làm việc'],
  ['working_hour', 'giờ làm việc'],
  ['day', 'ngày'],
];

/** Does `user` hold the dossier's current step (its owner role in its unit, unassigned or theirs; or the unit's head)? */
const holdsStep = (d: DossierView, user: SessionUser): boolean =>
  !!d.step &&
  (d.status === 'in_progress' || d.status === 'result_ready') &&
  d.step.owner.unit === user.unit &&
  (hasRole(user, 'head') ||
    (hasRole(user, d.step.owner.role) && (!d.step.assignee || d.step.assignee === user.username)));

/** The opinions the dossier's steps asked of other units, with their answers; the step's holder asks another. */
export function DossierConsultations({
  dossier,
  user,
  onAsked,
}: {
  dossier: DossierView;
  user: SessionUser;
  onAsked: () => void;
}) {
  const unitName = useUnitName();
  const path = { code: dossier.code };
  const list = useAsync(
    () => call(client.GET('/api/v1/dossiers/{code}/consultations', { params: { path } })),
    [dossier.code, dossier.version],
  );
  return (
    <div>
      <LoadState state={list} />
      {list.data?.length === 0 && <p class="muted">Chưa xin ý kiến đơn vị nào.</p>}
      {list.data && list.data.length > 0 && (
        <ul class="comments">
          {list.data.map((c) => (
            <li key={c.id}>
              <div class="muted">
                {unitName(c.askedUnit)} hỏi {unitName(c.unit)} lúc {formatDateTime(c.askedAt)} · hạn{' '}
                {formatDateTime(c.dueAt)} {c.overdue && <span class="badge badge-overdue">Quá hạn</span>}
              </div>
              <p class="quote">{c.question}</p>
              <p>
                {c.answer ? (
                  <>
                    <strong>Trả lời</strong> ({formatDateTime(c.answeredAt)}): {c.answer}
                  </>
                ) : (
                  <span class="muted">Chưa trả lời</span>
                )}
              </p>
            </li>
          ))}
        </ul>
      )}
      {holdsStep(dossier, user) && <AskForm dossier={dossier} user={user} onAsked={onAsked} />}
    </div>
  );
}

function AskForm({
  dossier,
  user,
  onAsked,
}: {
  dossier: DossierView;
  user: SessionUser;
  onAsked: () => void;
}) {
  const units = useAsync(() => call(client.GET('/api/v1/org/units')), []);
  const [unit, setUnit] = useState('');
  const [question, setQuestion] = useState('');
  const [amount, setAmount] = useState('1');
  const [deadlineUnit, setDeadlineUnit] = useState<DeadlineUnit>('working_day');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    if (!unit) return setError('Chọn đơn vị được xin ý kiến.');
    if (!question.trim()) return setError('Nhập nội dung xin ý kiến.');
    setBusy(true);
    setError(undefined);
    try {
      await call(
        client.POST('/api/v1/dossiers/{code}/consultations', {
          params: { path: { code: dossier.code } },
          body: {
            unit,
            question: question.trim(),
            deadline: { amount: Number(amount), unit: deadlineUnit },
            expectedVersion: dossier.version,
          },
        }),
      );
      setQuestion('');
      onAsked();
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };
  const others = (units.data ?? []).filter(
    (u) => u.id !== user.unit && u.roles.some((r) => r === 'officer' || r === 'head'),
  );
  return (
    <form class="comment-form" onSubmit={submit} noValidate>
      <label for="consult-unit">Đơn vị được hỏi ý kiến</label>
      <select id="consult-unit" value={unit} onChange={(e) => setUnit(e.currentTarget.value)}>
        <option value="">— Chọn đơn vị —</option>
        {others.map((u) => (
          <option key={u.id} value={u.id}>
            {u.name}
          </option>
        ))}
      </select>
      <label for="consult-question">Nội dung xin ý kiến</label>
      <textarea
        id="consult-question"
        rows={2}
        maxLength={4000}
        value={question}
        onInput={(e) => setQuestion(e.currentTarget.value)}
      />
      <label for="consult-amount">Thời hạn trả lời</label>
      <div class="assign">
        <input
          id="consult-amount"
          type="number"
          min="0.5"
          max="90"
          step="0.5"
          value={amount}
          onInput={(e) => setAmount(e.currentTarget.value)}
        />
        <select
          aria-label="Đơn vị thời hạn"
          value={deadlineUnit}
          onChange={(e) => setDeadlineUnit(e.currentTarget.value as DeadlineUnit)}
        >
          {DEADLINE_UNITS.map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </select>
      </div>
      {error && (
        <p class="error-text" role="alert">
          {error}
        </p>
      )}
      <button type="submit" class="btn" disabled={busy}>
        Gửi xin ý kiến
      </button>
    </form>
  );
}
