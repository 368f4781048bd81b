import type {
  DossierBranch,
  DossierView,
  ProcedureDocument,
  ProcedureStep,
  SessionUser,
} from '../api/api.types';
import { hasRole } from '../api/session.store';
import { useUnitName } from '../api/units.store';
import { formatDateTime } from '../format';
import { ActionPanel } from './action-form.component';
import { AssignPanel } from './assign.component';

/** The branches of the fork a dossier is in, as an inbox shows the caller's: the first one it may act on. */
export const heldBranch = (d: Pick<DossierView, 'branches'>): DossierBranch | undefined =>
  d.branches?.find((b) => b.step && b.allowedActions.length > 0);

function BranchBadges({ branch }: { branch: DossierBranch }) {
  const { flags } = branch;
  if (branch.joinedAt)
    return <span class="badge badge-within">Đã xong {formatDateTime(branch.joinedAt)}</span>;
  if (branch.closedAt) return <span class="badge">Đã đóng {formatDateTime(branch.closedAt)}</span>;
  if (branch.pausedAt) return <span class="badge badge-due-soon">Chờ công dân bổ sung</span>;
  return (
    <>
      {flags.stepOverdue ? (
        <span class="badge badge-overdue" title={`Quá hạn bước từ ${formatDateTime(flags.stepOverdue)}`}>
          Quá hạn bước
        </span>
      ) : flags.dueSoon ? (
        <span class="badge badge-due-soon" title={`Cảnh báo từ ${formatDateTime(flags.dueSoon)}`}>
          Sắp đến hạn
        </span>
      ) : (
        <span class="badge badge-within">Trong hạn</span>
      )}
      {flags.stalled && <span class="badge badge-stalled">Chậm xử lý</span>}
    </>
  );
}

/**
 * The branches of the fork a dossier is in, side by side: each with its step, owner, due instant and flags; the
 * buttons of a branch for its owner, and its reassignment for a head of the branch step's unit.
 */
export function Branches({
  dossier,
  user,
  documents,
  steps,
  onDone,
}: {
  dossier: DossierView;
  user: SessionUser;
  documents: ProcedureDocument[];
  steps?: ProcedureStep[];
  onDone: (message: string) => void;
}) {
  const unitName = useUnitName();
  const branches = (dossier.branches ?? []).filter((b) => b.forkStep === dossier.step?.id);
  if (branches.length === 0) return null;
  return (
    <div class="branches" data-testid="branches">
      <h3>Các nhánh giải quyết song song</h3>
      <ul class="branch-list">
        {branches.map((b) => (
          <li key={b.id} class="branch" data-branch={b.id}>
            <strong>{b.name}</strong> <BranchBadges branch={b} />
            {b.step && (
              <dl class="facts">
                <div class="wide">
                  <dt>Bước</dt>
                  <dd>{b.step.name}</dd>
                </div>
                <div class="wide">
                  <dt>Đơn vị xử lý</dt>
                  <dd>{unitName(b.step.owner.unit)}</dd>
                </div>
                <div>
                  <dt>Người xử lý</dt>
                  <dd>{b.step.assigneeName ?? 'Chưa phân công'}</dd>
                </div>
                <div>
                  <dt>Hạn xử lý bước</dt>
                  <dd>{formatDateTime(b.step.dueAt)}</dd>
                </div>
              </dl>
            )}
            {b.step && (
              <ActionPanel
                dossier={dossier}
                documents={documents}
                steps={steps}
                branch={b}
                onDone={() => onDone(`Đã thực hiện thao tác ở nhánh: ${b.name}.`)}
              />
            )}
            {b.step && hasRole(user, 'head') && b.step.owner.unit === user.unit && (
              <AssignPanel
                dossier={dossier}
                branch={b}
                onDone={() => onDone(`Đã phân công nhánh: ${b.name}.`)}
              />
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
