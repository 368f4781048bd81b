import { useState } from 'preact/hooks';
import { call, client } from '../api/api.client';
import type { DossierBranch, DossierView } from '../api/api.types';
import { messageOf, useAsync } from '../use-async.hook';

/** A head reassigns the current step to one of the unit's staff who hold the step's role. */
export function AssignPanel({
  dossier,
  onDone,
  branch,
}: {
  dossier: DossierView;
  onDone: (next: DossierView) => void;
  /** In a fork: the branch whose step is assigned. */
  branch?: DossierBranch;
}) {
  const step = branch?.step ?? dossier.step!;
  const field = branch ? `assignee-${branch.id}` : 'assignee';
  const users = useAsync(
    () => call(client.GET('/api/v1/org/units/{unit}/users', { params: { path: { unit: step.owner.unit } } })),
    [step.owner.unit],
  );
  const [username, setUsername] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const eligible = (users.data ?? []).filter((u) => u.roles.includes(step.owner.role));

  const submit = async (e: Event) => {
    e.preventDefault();
    if (!username) return setError('Chọn người được phân công.');
    setBusy(true);
    setError(undefined);
    try {
      onDone(
        await call(
          client.POST('/api/v1/dossiers/{code}/assign', {
            params: { path: { code: dossier.code } },
            body: {
              username,
              ...(branch ? { branch: branch.id } : {}),
              expectedVersion: dossier.version,
            },
          }),
        ),
      );
      setUsername('');
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="assign" onSubmit={submit} noValidate>
      <div class="field grow">
        <label for={field}>Phân công lại cho</label>
        <select id={field} value={username} onChange={(e) => setUsername(e.currentTarget.value)}>
          <option value="">— Chọn cán bộ —</option>
          {eligible.map((u) => (
            <option key={u.username} value={u.username}>
              {u.fullName} ({u.username}){u.username === step.assignee ? ' · đang xử lý' : ''}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" class="btn" disabled={busy}>
        Phân công
      </button>
      {error && (
        <p class="error-text" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
