import { ApiProperty } from '@nestjs/swagger';
import { toVietnamIso } from '@motcua/calendar';
import { SIGNATURE_PROBLEMS, type SignatureProblem, type SignatureReport } from './signature-report.types';

export class SignerView {
  @ApiProperty({ type: String, nullable: true }) commonName!: string | null;
  @ApiProperty({ type: String, nullable: true }) organization!: string | null;
  @ApiProperty({ description: 'the certificate serial number, hex' }) serialNumber!: string;
  @ApiProperty({ description: 'sha256 of the certificate (DER), hex' }) fingerprint!: string;
  @ApiProperty() validFrom!: string;
  @ApiProperty() validTo!: string;
}

/** The answer of the public verification of a signed result. */
export class VerificationView {
  @ApiProperty({ description: 'the signature covers the whole file but itself and verifies' })
  valid!: boolean;
  @ApiProperty({ type: String, nullable: true, enum: SIGNATURE_PROBLEMS }) problem!: SignatureProblem | null;
  @ApiProperty({ description: 'in Vietnamese, for the person who checks' }) message!: string;
  @ApiProperty({ type: String, nullable: true, example: 'ETSI.CAdES.detached' }) subFilter!: string | null;
  @ApiProperty({
    description: 'PAdES baseline: ETSI.CAdES.detached with the ESS signing-certificate-v2 attribute',
  })
  pades!: boolean;
  @ApiProperty({ type: SignerView, nullable: true }) signer!: SignerView | null;
  @ApiProperty({ type: String, nullable: true, description: 'the signing time the signature states' })
  signedAt!: string | null;
  @ApiProperty({ description: "signed with this agency's configured certificate" })
  agencyCertificate!: boolean;
}

const MESSAGES: Record<SignatureProblem, string> = {
  NO_SIGNATURE: 'Tệp PDF không có chữ ký số',
  BYTE_RANGE_INCOMPLETE: 'Chữ ký số không bao trùm toàn bộ tệp: tệp đã bị sửa hoặc bổ sung sau khi ký',
  MALFORMED_SIGNATURE: 'Chữ ký số trong tệp không đọc được',
  DIGEST_MISMATCH: 'Nội dung tệp đã bị thay đổi sau khi ký: chữ ký số không còn giá trị',
  SIGNATURE_INVALID: 'Chữ ký số không hợp lệ với chứng thư số đi kèm',
};

export function toVerificationView(report: SignatureReport): VerificationView {
  const { signer } = report;
  const message = report.problem
    ? MESSAGES[report.problem]
    : report.agencyCertificate
      ? 'Chữ ký số hợp lệ, của cơ quan giải quyết hồ sơ; tệp không bị thay đổi sau khi ký'
      : 'Chữ ký số hợp lệ nhưng không phải chứng thư số của cơ quan này';
  return {
    valid: report.valid,
    problem: report.problem,
    message,
    subFilter: report.subFilter,
    pades: report.pades,
    signer: signer && {
      commonName: signer.commonName,
      organization: signer.organization,
      serialNumber: signer.serialNumber,
      fingerprint: signer.fingerprint,
      validFrom: toVietnamIso(signer.notBefore),
      validTo: toVietnamIso(signer.notAfter),
    },
    signedAt: report.signedAt && toVietnamIso(report.signedAt),
    agencyCertificate: report.agencyCertificate,
  };
}
