import { ApiProperty } from '@nestjs/swagger';
import { toVietnamIso } from '@motcua/calendar';
import type { ReceptionResult } from '../command/reception.service';
import { DOSSIER_STATUSES, type DossierStatus } from '../dossier.types';

export class ReceiptView {
  @ApiProperty({ example: '000.21.31.H38-261123-0001' }) code!: string;
  @ApiProperty({
    example: '7K3M9QXZ',
    description: "mã tra cứu: the citizen's key to the public lookup, printed on the receipt (form 01)",
  })
  lookupKey!: string;
  @ApiProperty({ enum: DOSSIER_STATUSES }) status!: DossierStatus;
  @ApiProperty() version!: number;
  @ApiProperty() receivedAt!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'when the statutory clock starts (cut-off applied)',
  })
  clockStartsAt!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'ngày hẹn trả kết quả' }) appointmentAt!:
    string | null;
  @ApiProperty({ description: 'the appointment is computed across a provisional calendar year' })
  appointmentProvisional!: boolean;
  @ApiProperty({ type: [Number], description: 'those provisional years', example: [2027] })
  provisionalYears!: number[];
  @ApiProperty({ type: [String] }) missingDocuments!: string[];
}

export const toReceiptView = (r: ReceptionResult): ReceiptView => ({
  code: r.code,
  lookupKey: r.lookupKey,
  status: r.status,
  version: r.version,
  receivedAt: toVietnamIso(r.receivedAt),
  clockStartsAt: r.clockStartsAt ? toVietnamIso(r.clockStartsAt) : null,
  appointmentAt: r.appointmentAt ? toVietnamIso(r.appointmentAt) : null,
  appointmentProvisional: r.provisionalYears.length > 0,
  provisionalYears: r.provisionalYears,
  missingDocuments: r.missingDocuments,
});
