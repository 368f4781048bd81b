import { useState } from 'preact/hooks';
import { call, client } from '../api/api.client';
import type { DossierListItem } from '../api/api.types';
import { ACTION, label } from '../labels';
import { messageOf } from '../use-async.hook';
import { type BulkOutcome, bulkActions, bulkSummary } from './forward.rules';

/**
 * One action on every selected dossier (a forward, a submission…), each sent at the version listed, one after the
 * other; what failed is named with its reason, and the list is read again.
 */
export function BulkActions({
  items,
  onDone,
  id,
}: {
  items: DossierListItem[];
  onDone: () => void;
  id: string;
}) {
  const actions = bulkActions(items);
  const [chosen, setChosen] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [summary, setSummary] = useState<{ text: string; failed: boolean }>();
  const action = chosen && actions.includes(chosen) ? chosen : actions[0];

  const run = async () => {
    if (!action) return;
    setBusy(true);
    const outcomes: BulkOutcome[] = [];
    for (const d of items) {
      try {
        await call(
          client.POST('/api/v1/dossiers/{code}/actions', {
            params: { path: { code: d.code } },
            body: {
              action,
              expectedVersion: d.version,
            },
          }),
        );
        outcomes.push({ code: d.code });
      } catch (error) {
        outcomes.push({ code: d.code, error: messageOf(error) });
      }
    }
    setBusy(false);
    setSummary({
      text: bulkSummary(outcomes, label(ACTION, action)),
      failed: outcomes.some((o) => o.error),
    });
    onDone();
  };

  return (
    <div class="bulk-bar" role="group" aria-label="Thao tác hàng loạt">
      <span>
        Đã chọn <strong>{items.length}</strong> hồ sơ
      </span>
      {items.length > 0 && actions.length === 0 && (
        <span class="muted">Các hồ sơ đã chọn không có thao tác chung làm được hàng loạt.</span>
      )}
      {actions.length > 1 && (
        <>
          <label for={`${id}-action`}>Thao tác</label>
          <select id={`${id}-action`} value={action} onChange={(e) => setChosen(e.currentTarget.value)}>
            {actions.map((a) => (
              <option key={a} value={a}>
                {label(ACTION, a)}
              </option>
            ))}
          </select>
        </>
      )}
      {action && (
        <button type="button" class="btn btn-primary" disabled={busy} onClick={run}>
          {busy ? 'Đang thực hiện…' : `${label(ACTION, action)} ${items.length} hồ sơ đã chọn`}
        </button>
      )}
      {summary && (
        <p class={`alert ${summary.failed ? 'alert-warn' : 'alert-ok'}`} role="status">
          {summary.text}
        </p>
      )}
    </div>
  );
}
