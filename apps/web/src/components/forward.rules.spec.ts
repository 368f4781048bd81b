import type { DossierListItem, ProcedureStep } from '../api/api.types';
import { awaitingForward, bulkActions, bulkSummary, deskFirstStep } from './forward.rules';

const item = (over: Partial<DossierListItem>): DossierListItem =>
  ({
    code: 'X',
    status: 'in_progress',
    allowedActions: [],
    reasonActions: [],
    branches: [],
    step: { id: 'receive', name: 'Tiếp nhận', owner: { unit: 'mot-cua-xa', role: 'reception' } },
    ...over,
  }) as unknown as DossierListItem;

const step = (id: string, role: string, fork = false): ProcedureStep =>
  ({
    id,
    name: id,
    owner: { unit: 'u', role },
    ...(fork ? { fork: { branches: [], join: [], next: 'x' } } : {}),
  }) as unknown as ProcedureStep;

describe('bulkActions', () => {
  it('offers the click-only actions all selected dossiers allow', () => {
    const a = item({ allowedActions: ['forward', 'request_supplement', 'refuse'] });
    const b = item({ allowedActions: ['forward', 'submit', 'send_back'] });
    expect(bulkActions([a, b])).toEqual(['forward']);
    expect(bulkActions([b])).toEqual(['forward', 'submit']);
  });

  it('offers nothing that asks for a reason, a hand-back, a fork, or an empty selection', () => {
    expect(bulkActions([])).toEqual([]);
    expect(bulkActions([item({ allowedActions: ['hand_over', 'extend'] })])).toEqual([]);
    expect(bulkActions([item({ allowedActions: ['return'], reasonActions: ['return'] })])).toEqual([]);
    const forked = item({ allowedActions: ['forward'], branches: [{}] as DossierListItem['branches'] });
    expect(bulkActions([item({ allowedActions: ['forward'] }), forked])).toEqual([]);
  });
});

describe('deskFirstStep', () => {
  it('is the first step when reception holds it, and not a fork', () => {
    expect(deskFirstStep([step('receive', 'reception'), step('appraise', 'officer')])?.id).toBe('receive');
    expect(deskFirstStep([step('appraise', 'officer')])).toBeNull();
    expect(deskFirstStep([step('open', 'reception', true)])).toBeNull();
    expect(deskFirstStep([])).toBeNull();
  });
});

describe('awaitingForward', () => {
  it("keeps the desk's running steps that have a forward to take", () => {
    const waiting = item({ code: 'A', allowedActions: ['forward'] });
    const ready = item({ code: 'B', status: 'result_ready', allowedActions: ['hand_over'] });
    const officer = item({
      code: 'C',
      allowedActions: ['submit'],
      step: { owner: { unit: 'tu-phap-xa', role: 'officer' } } as DossierListItem['step'],
    });
    expect(awaitingForward([waiting, ready, officer]).map((d) => d.code)).toEqual(['A']);
  });
});

describe('bulkSummary', () => {
  it('counts the successes and names each failure with its reason', () => {
    expect(bulkSummary([{ code: 'A' }, { code: 'B' }], 'Chuyển xử lý')).toBe(
      'Chuyển xử lý: 2/2 hồ sơ thành công.',
    );
    expect(bulkSummary([{ code: 'A' }, { code: 'B', error: 'Hồ sơ đã thay đổi' }], 'Chuyển xử lý')).toBe(
      'Chuyển xử lý: 1/2 hồ sơ thành công. Không thực hiện được: B (Hồ sơ đã thay đổi).',
    );
  });
});
