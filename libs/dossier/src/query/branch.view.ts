import { ApiProperty } from '@nestjs/swagger';
import { toVietnamIso } from '@motcua/calendar';
import type { ProcedureDefinition } from '@motcua/engine';
import type { DossierBranchEntity } from '../dossier-branch.entity';
import { type StaffName, StepView } from './dossier.view';

const iso = (at: Date | null): string | null => (at ? toVietnamIso(at) : null);

export class BranchFlagsView {
  @ApiProperty({
    type: String,
    nullable: true,
    description: "raised at; the branch step's remaining time is short",
  })
  dueSoon!: string | null;
  @ApiProperty({ type: String, nullable: true, description: "raised at; past the branch step's due instant" })
  stepOverdue!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'raised at; no action on the branch for too long',
  })
  stalled!: string | null;
}

/** A branch of a fork: where it stands, who holds it, its own flags, and what the caller may do on it. */
export class BranchView {
  @ApiProperty({ example: 'residence' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ description: 'the fork step it belongs to' }) forkStep!: string;
  @ApiProperty({ type: () => StepView, nullable: true, description: 'null once joined or closed' })
  step!: StepView | null;
  @ApiProperty({ type: String, nullable: true, description: 'finished at' }) joinedAt!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'closed unfinished at: the fork left on the branches it waited for, or the dossier ended',
  })
  closedAt!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'waiting for the citizen since' })
  pausedAt!: string | null;
  @ApiProperty({ type: BranchFlagsView }) flags!: BranchFlagsView;
  @ApiProperty({
    type: [String],
    description: 'actions the caller may take on this branch (send with `branch`)',
  })
  allowedActions!: string[];
}

export function toBranchView(
  definition: ProcedureDefinition,
  row: DossierBranchEntity,
  allowedActions: string[],
  assignee: StaffName | null,
): BranchView {
  const fork = definition.steps.find((s) => s.id === row.forkStep)?.fork;
  const step = row.step ? definition.steps.find((s) => s.id === row.step) : undefined;
  return {
    id: row.branch,
    name: fork?.branches.find((b) => b.id === row.branch)?.name ?? row.branch,
    forkStep: row.forkStep,
    step: step
      ? {
          id: step.id,
          name: step.name,
          owner: { unit: row.ownerUnit ?? step.owner.unit, role: row.ownerRole ?? step.owner.role },
          assignee: assignee?.username ?? null,
          assigneeName: assignee?.fullName ?? null,
          startedAt: iso(row.stepStartedAt),
          dueAt: iso(row.stepDueAt),
        }
      : null,
    joinedAt: iso(row.joinedAt),
    closedAt: iso(row.closedAt),
    pausedAt: iso(row.pausedAt),
    flags: {
      dueSoon: iso(row.flagDueSoonAt),
      stepOverdue: iso(row.flagStepOverdueAt),
      stalled: iso(row.flagStalledAt),
    },
    allowedActions,
  };
}
