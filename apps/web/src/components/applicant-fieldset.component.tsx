import type { Applicant } from '../api/api.types';
import type { ApplicantErrors } from '../applicant.rules';
import { Field } from './field.component';

/** Who hands the dossier in, how, and what it asks for. */
export function ApplicantFieldset({
  applicant,
  onChange,
  errors,
  channel,
  onChannel,
  summary,
  onSummary,
}: {
  applicant: Applicant;
  onChange: (next: Applicant) => void;
  errors: ApplicantErrors;
  channel: string;
  onChannel: (channel: string) => void;
  summary: string;
  onSummary: (summary: string) => void;
}) {
  const set = (key: keyof Applicant) => (value: string) => onChange({ ...applicant, [key]: value });
  return (
    <fieldset class="card">
      <legend>2. Người nộp hồ sơ</legend>
      <div class="grid-2">
        <Field
          id="fullName"
          text="Họ và tên"
          required
          value={applicant.fullName}
          onValue={set('fullName')}
          error={errors.fullName}
          autoComplete="off"
        />
        <Field
          id="idNumber"
          text="Số định danh cá nhân"
          required
          inputMode="numeric"
          value={applicant.idNumber}
          onValue={set('idNumber')}
          error={errors.idNumber}
          hint="12 chữ số (CCCD) hoặc 9 chữ số (CMND)"
        />
        <Field
          id="phone"
          text="Số điện thoại"
          required
          type="tel"
          value={applicant.phone}
          onValue={set('phone')}
          error={errors.phone}
        />
        <Field
          id="email"
          text="Email"
          type="email"
          value={applicant.email ?? ''}
          onValue={set('email')}
          error={errors.email}
        />
      </div>
      <Field
        id="address"
        text="Địa chỉ"
        required
        value={applicant.address}
        onValue={set('address')}
        error={errors.address}
      />
      <div class="grid-2">
        <div class="field">
          <label for="channel">Hình thức nộp</label>
          <select id="channel" value={channel} onChange={(e) => onChannel(e.currentTarget.value)}>
            <option value="in_person">Trực tiếp tại Bộ phận Một cửa</option>
            <option value="post">Qua dịch vụ bưu chính</option>
          </select>
        </div>
        <Field id="summary" text="Trích yếu nội dung" value={summary} onValue={onSummary} />
      </div>
    </fieldset>
  );
}
