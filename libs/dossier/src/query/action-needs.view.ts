import { ApiProperty } from '@nestjs/swagger';
import type { ProcedureDefinition } from '@motcua/engine';
import { NEEDS_REASON, sendBackActions } from '../dossier.rules';

/** What an allowed action needs in its body, so that a form asks for it and nothing else. */
export class ActionNeedsView {
  @ApiProperty({ example: 'request_supplement' }) action!: string;
  @ApiProperty({ description: '`reason` is required (for a send-back, `reason` or `comment`)' })
  reason!: boolean;
  @ApiProperty({ description: 'the action sends the dossier back to an earlier step' }) sendBack!: boolean;
  @ApiProperty({ description: '`missingItems` is required: what the citizen must bring' })
  missingItems!: boolean;
  @ApiProperty({ description: "`newAppointment` is required: one of the view's appointmentChoices" })
  newAppointment!: boolean;
}

/** What each of `allowed` needs at the dossier's step of `definition`. */
export function actionNeeds(
  definition: ProcedureDefinition,
  stepId: string | null,
  allowed: string[],
): ActionNeedsView[] {
  const sendBacks = sendBackActions(definition, stepId);
  return allowed.map((action) => ({
    action,
    reason: NEEDS_REASON.includes(action) || sendBacks.includes(action),
    sendBack: sendBacks.includes(action),
    missingItems: action === 'request_supplement',
    newAppointment: action === 'extend',
  }));
}
