import type { ControlSheetRow, DossierView } from './api/api.types';
import { refusedAfterAcceptance } from './labels';

/** A statutory form a dossier's page offers to print: its number and what the button says. */
export interface FormChoice {
  form: string;
  text: string;
}

const SUPPLEMENT_ASKED = new Set(['request_supplement', 'request_documents']);

/**
 * The forms that apply to a dossier as it stands (the api's own conditions, docs/forms.md): 01 once it has an
 * appointment, 02 once a supplement was asked, 03 refused, 04 extended, 05 stopped, 06 always.
 */
export function formsFor(
  dossier: Pick<DossierView, 'status' | 'appointmentAt'>,
  history: ReadonlyArray<Pick<ControlSheetRow, 'action' | 'fromStatus'>>,
): FormChoice[] {
  const forms: FormChoice[] = [];
  if (dossier.appointmentAt) forms.push({ form: '01', text: 'In giấy tiếp nhận, hẹn trả (mẫu 01)' });
  if (history.some((e) => SUPPLEMENT_ASKED.has(e.action)))
    forms.push({ form: '02', text: 'In phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (mẫu 02)' });
  if (dossier.status === 'refused') {
    const refusal = [...history].reverse().find((e) => e.action === 'refuse');
    forms.push({
      form: '03',
      text:
        refusal && refusedAfterAcceptance(refusal.fromStatus)
          ? 'In thông báo từ chối giải quyết hồ sơ (mẫu 03)'
          : 'In phiếu từ chối tiếp nhận giải quyết hồ sơ (mẫu 03)',
    });
  }
  if (history.some((e) => e.action === 'extend'))
    forms.push({ form: '04', text: 'In phiếu xin lỗi và hẹn lại ngày trả kết quả (mẫu 04)' });
  if (dossier.status === 'stopped')
    forms.push({ form: '05', text: 'In thông báo dừng giải quyết hồ sơ (mẫu 05)' });
  forms.push({ form: '06', text: 'In phiếu kiểm soát quá trình giải quyết hồ sơ (mẫu 06)' });
  return forms;
}
