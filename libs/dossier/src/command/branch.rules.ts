import { allowedInBranch, DOSSIER_WIDE, locate, type RestoredState } from '@motcua/engine';
import type { DossierBranchEntity } from '../dossier-branch.entity';
import type { DossierEntity } from '../dossier.entity';
import { DossierErrorCode, DossierException } from '../dossier.exception';
import type { DossierActionDto } from './dossier-action.dto';

/** The branch an action is for, with its row and what the branch allows now. */
export interface BranchTarget {
  branch: string;
  row: DossierBranchEntity;
  allowed: string[];
}

/** The fork step a dossier is in, or null (not started, finished, or on a single-line step). */
export const forkStepOf = (dossier: Pick<DossierEntity, 'machineState' | 'step'>): string | null =>
  dossier.machineState && locate(dossier.machineState.value).branches ? dossier.step : null;

/**
 * Which branch an action addresses. Outside a fork an action has no branch; in a fork the dossier-wide built-ins
 * (refuse, withdraw, stop, extend) need none and every other action names an open branch. Undefined: the action is
 * the dossier's own.
 */
export function branchTargetOf(
  dossier: DossierEntity,
  branches: readonly DossierBranchEntity[],
  dto: Pick<DossierActionDto, 'action' | 'branch'>,
  machine: () => RestoredState,
): BranchTarget | undefined {
  const positions = dossier.machineState ? locate(dossier.machineState.value).branches : undefined;
  if (!positions) {
    if (dto.branch === undefined) return undefined;
    throw new DossierException(
      DossierErrorCode.BranchNotOpen,
      `branch: hồ sơ ${dossier.code} không ở bước giải quyết song song, không có nhánh '${dto.branch}'`,
      { branches: [] },
    );
  }
  if (DOSSIER_WIDE.includes(dto.action)) return undefined;
  const open = positions.filter((p) => p.step !== null).map((p) => p.branch);
  if (dto.branch === undefined) {
    throw new DossierException(
      DossierErrorCode.BranchRequired,
      `branch: hồ sơ ${dossier.code} đang được giải quyết song song; hãy cho biết thao tác '${dto.action}' ` +
        `thuộc nhánh nào (${open.join(', ')})`,
      { branches: open },
    );
  }
  const row = branches.find((r) => r.branch === dto.branch);
  if (!open.includes(dto.branch) || !row) {
    throw new DossierException(
      DossierErrorCode.BranchNotOpen,
      `branch: nhánh '${dto.branch}' của hồ sơ ${dossier.code} không còn mở (các nhánh đang mở: ${open.join(', ') || 'không có'})`,
      { branches: open },
    );
  }
  return { branch: dto.branch, row, allowed: allowedInBranch(machine(), dto.branch) };
}

/** The dossier as its branch's owner sees it: the branch step's owner and assignee in place of the row's. */
export const asBranchStep = (dossier: DossierEntity, target: BranchTarget): DossierEntity => ({
  ...dossier,
  step: target.row.step,
  stepOwnerUnit: target.row.ownerUnit,
  stepOwnerRole: target.row.ownerRole,
  assigneeId: target.row.assigneeId,
  stepStartedAt: target.row.stepStartedAt,
  stepDueAt: target.row.stepDueAt,
});
