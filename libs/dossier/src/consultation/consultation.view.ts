import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { toVietnamIso } from '@motcua/calendar';
import type { ListedConsultation } from './consultation.repository';

/** A consultation as its lists show it: the dossier's code and procedure, the question, the due instant; no applicant. */
export class ConsultationView {
  @ApiProperty() id!: string;
  @ApiProperty() dossierCode!: string;
  @ApiProperty() procedureCode!: string;
  @ApiProperty() procedureName!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) step!: string | null;
  @ApiProperty({ description: 'the consulted unit' }) unit!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) role!: string | null;
  @ApiProperty() question!: string;
  @ApiProperty({ description: 'the unit that asked' }) askedUnit!: string;
  @ApiProperty() askedAt!: string;
  @ApiProperty() dueAt!: string;
  @ApiProperty({ description: 'past its due instant unanswered, or answered after it' }) overdue!: boolean;
  @ApiPropertyOptional({ nullable: true, type: String }) answer!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) answeredAt!: string | null;
}

export function consultationView(c: ListedConsultation, procedureName: string, now: Date): ConsultationView {
  const dueAt = new Date(c.dueAt);
  const answeredAt = c.answeredAt ? new Date(c.answeredAt) : null;
  return {
    id: c.id,
    dossierCode: c.dossierCode,
    procedureCode: c.procedureCode,
    procedureName,
    step: c.step,
    unit: c.unit,
    role: c.role,
    question: c.question,
    askedUnit: c.askedUnit,
    askedAt: toVietnamIso(new Date(c.askedAt)),
    dueAt: toVietnamIso(dueAt),
    overdue: (answeredAt ?? now).getTime() > dueAt.getTime(),
    answer: c.answer,
    answeredAt: answeredAt ? toVietnamIso(answeredAt) : null,
  };
}
