import type { CollectorDraft } from '../collector.rules';
import { COLLECTOR_KIND, label } from '../labels';

export function CollectorFieldset({
  value,
  onChange,
  prefix,
}: {
  value: CollectorDraft;
  onChange: (next: CollectorDraft) => void;
  prefix: string;
}) {
  const set = (field: keyof CollectorDraft) => (e: { currentTarget: { value: string } }) =>
    onChange({ ...value, [field]: e.currentTarget.value });
  const field = (name: keyof CollectorDraft, text: string, hint?: string) => (
    <div class="field">
      <label for={`${prefix}-${name}`}>{text}</label>
      <input id={`${prefix}-${name}`} value={value[name]} onInput={set(name)} autocomplete="off" />
      {hint && <small class="muted">{hint}</small>}
    </div>
  );
  return (
    <fieldset class="collector">
      <legend>Người nhận kết quả *</legend>
      <div class="field">
        <label for={`${prefix}-kind`}>Nhận kết quả</label>
        <select id={`${prefix}-kind`} value={value.kind} onChange={set('kind')}>
          {Object.keys(COLLECTOR_KIND).map((k) => (
            <option key={k} value={k}>
              {label(COLLECTOR_KIND, k)}
            </option>
          ))}
        </select>
      </div>
      {value.kind === 'post' ? (
        field('postalReference', 'Số hiệu bưu gửi *')
      ) : (
        <>
          {value.kind === 'authorized' && field('fullName', 'Họ và tên người được ủy quyền *')}
          <div class="field">
            <label for={`${prefix}-idType`}>Loại giấy tờ</label>
            <select id={`${prefix}-idType`} value={value.idType} onChange={set('idType')}>
              <option value="cccd">Căn cước / Căn cước công dân (12 số)</option>
              <option value="other">Giấy tờ khác (hộ chiếu…)</option>
            </select>
          </div>
          {field(
            'idNumber',
            'Số giấy tờ *',
            value.kind === 'applicant' ? 'Phải trùng số định danh của người nộp hồ sơ.' : undefined,
          )}
          {value.kind === 'authorized' &&
            field('authorization', 'Giấy ủy quyền (số, ngày, nơi chứng thực) *')}
        </>
      )}
    </fieldset>
  );
}
