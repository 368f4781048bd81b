import type { ProcedureStep } from '../api/api.types';
import { confirmationOf, targetOf } from './confirm.rules';

const step = (id: string, name: string, transitions: Array<[string, string]>): ProcedureStep =>
  ({ id, name, transitions: transitions.map(([event, target]) => ({ event, target })) }) as ProcedureStep;

const steps = [
  step('reception', 'Tiếp nhận hồ sơ', [['forward', 'review']]),
  step('review', 'Thẩm định hồ sơ', [
    ['submit', 'sign'],
    ['send_back', 'reception'],
  ]),
  step('sign', 'Ký duyệt', []),
];

describe('confirmationOf', () => {
  it('asks before a send-back, naming the step the dossier goes back to', () => {
    const target = targetOf(steps, 'review', 'send_back')?.name;
    expect(target).toBe('Tiếp nhận hồ sơ');
    expect(confirmationOf('send_back', true, target)).toBe(
      'Trả hồ sơ về bước «Tiếp nhận hồ sơ»? Người xử lý bước đó nhận lại hồ sơ cùng lý do bạn đã nhập.',
    );
    expect(confirmationOf('tra_lai', true)).toMatch(/^Trả hồ sơ về bước trước\?/);
  });

  it('asks before an action that ends the dossier, and not before an ordinary forward', () => {
    expect(confirmationOf('refuse', false)).toMatch(/^Từ chối hồ sơ\?/);
    expect(confirmationOf('stop', false)).toMatch(/^Dừng giải quyết/);
    expect(confirmationOf('submit', false)).toBeUndefined();
    expect(targetOf(steps, 'review', 'unknown')).toBeUndefined();
  });
});
