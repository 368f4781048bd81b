import { formsFor } from './forms.rules';

const event = (action: string, fromStatus: string | null = 'in_progress') => ({ action, fromStatus });
const numbers = (...args: Parameters<typeof formsFor>) => formsFor(...args).map((f) => f.form);

describe('formsFor', () => {
  it('offers the receipt and the control sheet for an accepted dossier', () => {
    expect(
      numbers({ status: 'in_progress', appointmentAt: '2026-12-10T16:00:00+07:00' }, [
        event('receive', null),
      ]),
    ).toEqual(['01', '06']);
  });

  it('offers form 02 for a supplement asked at the desk, before any appointment', () => {
    expect(
      numbers({ status: 'awaiting_documents', appointmentAt: null }, [event('request_documents', null)]),
    ).toEqual(['02', '06']);
  });

  it('offers 02 and 04 once a supplement was asked and the appointment extended', () => {
    const history = [event('receive', null), event('request_supplement'), event('extend')];
    expect(numbers({ status: 'in_progress', appointmentAt: '2026-12-10T16:00:00+07:00' }, history)).toEqual([
      '01',
      '02',
      '04',
      '06',
    ]);
  });

  it('words form 03 by when the dossier was refused, and offers 05 for a stopped one', () => {
    const atDesk = formsFor({ status: 'refused', appointmentAt: null }, [event('refuse', null)]);
    expect(atDesk.find((f) => f.form === '03')?.text).toMatch(/^In phiếu từ chối tiếp nhận/);
    const after = formsFor({ status: 'refused', appointmentAt: '2026-12-10T16:00:00+07:00' }, [
      event('receive', null),
      event('refuse', 'in_progress'),
    ]);
    expect(after.find((f) => f.form === '03')?.text).toMatch(/^In thông báo từ chối giải quyết/);
    expect(
      numbers({ status: 'stopped', appointmentAt: '2026-12-10T16:00:00+07:00' }, [event('stop')]),
    ).toEqual(['01', '05', '06']);
  });
});
