import { ApiProperty } from '@nestjs/swagger';
import { toVietnamIso } from '@motcua/calendar';
import type { MigrationPreview, StepPosition } from './revision-migration.plan';

const iso = (at: Date | null): string | null => (at ? toVietnamIso(at) : null);

export class StepPositionView {
  @ApiProperty() revision!: number;
  @ApiProperty({ description: "the file's declared version" }) version!: number;
  @ApiProperty({ type: String, nullable: true }) step!: string | null;
  @ApiProperty({ type: String, nullable: true }) stepName!: string | null;
  @ApiProperty({ type: String, nullable: true }) ownerUnit!: string | null;
  @ApiProperty({ type: String, nullable: true }) ownerRole!: string | null;
  @ApiProperty({ type: String, nullable: true }) stepDueAt!: string | null;
}

export class MigrationItemView {
  @ApiProperty() code!: string;
  @ApiProperty({ description: 'the version the plan was made on' }) version!: number;
  @ApiProperty() status!: string;
  @ApiProperty({ type: StepPositionView }) from!: StepPositionView;
  @ApiProperty({ type: StepPositionView }) to!: StepPositionView;
  @ApiProperty({ type: String, nullable: true, description: 'the statutory appointment, kept' })
  appointmentAt!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description:
      "what the new revision's limit would give from the clock start, when it differs (not applied)",
  })
  newLimitAppointmentAt!: string | null;
  @ApiProperty() assigneeReset!: boolean;
  @ApiProperty({ description: 'written (false in a dry run, or when the dossier changed during the run)' })
  migrated!: boolean;
  @ApiProperty({ type: Number, nullable: true, description: 'the version the migration gave it' })
  newVersion!: number | null;
  @ApiProperty({ type: String, nullable: true, description: 'why it was not written in a real run' })
  error!: string | null;
}

export class RefusedDossierView {
  @ApiProperty() code!: string;
  @ApiProperty({ example: 'NOT_MIGRATABLE' }) reasonCode!: string;
  @ApiProperty() reason!: string;
}

export class MigrationView {
  @ApiProperty() procedureCode!: string;
  @ApiProperty() dryRun!: boolean;
  @ApiProperty() fromRevision!: number;
  @ApiProperty() toRevision!: number;
  @ApiProperty({
    description: 'every step of fromRevision to its step in toRevision',
    type: 'object',
    additionalProperties: { type: 'string' },
  })
  mapping!: Record<string, string>;
  @ApiProperty({ type: [MigrationItemView] }) dossiers!: MigrationItemView[];
  @ApiProperty({ type: [RefusedDossierView] }) refused!: RefusedDossierView[];
}

const positionView = (p: StepPosition): StepPositionView => ({ ...p, stepDueAt: iso(p.stepDueAt) });

export const migrationItemView = (
  p: MigrationPreview,
  outcome: { newVersion: number } | { error: string } | null,
): MigrationItemView => ({
  code: p.code,
  version: p.version,
  status: p.status,
  from: positionView(p.from),
  to: positionView(p.to),
  appointmentAt: iso(p.appointmentAt),
  newLimitAppointmentAt: iso(p.newLimitAppointmentAt),
  assigneeReset: p.assigneeReset,
  migrated: outcome !== null && 'newVersion' in outcome,
  newVersion: outcome && 'newVersion' in outcome ? outcome.newVersion : null,
  error: outcome && 'error' in outcome ? outcome.error : null,
});
