import type { AuthUser } from '@motcua/identity';
import type { DossierActionDto } from './dossier-action.dto';
import { isRepeatedAction, type LastEvent } from './repeated-action.rules';

const officer = { id: 'u-1', username: 'tuphap.xa1', unitId: 'tu-phap-xa', roles: ['officer'] } as AuthUser;
const submitted: LastEvent = { version: 4, action: 'submit', actorId: 'u-1', comment: 'Đủ điều kiện' };
const asked: DossierActionDto = { action: 'submit', expectedVersion: 3, comment: 'Đủ điều kiện' };

describe('a repeated action', () => {
  it('is the same action and comment by the same person from the version just before the current one', () => {
    expect(isRepeatedAction(submitted, 4, officer, asked)).toBe(true);
    expect(
      isRepeatedAction({ ...submitted, comment: null }, 4, officer, { action: 'submit', expectedVersion: 3 }),
    ).toBe(true);
  });

  it('is not another action, another comment, another person, or an older version', () => {
    expect(isRepeatedAction(submitted, 4, officer, { ...asked, action: 'send_back' })).toBe(false);
    expect(isRepeatedAction(submitted, 4, officer, { ...asked, comment: 'Thiếu giấy tờ' })).toBe(false);
    expect(isRepeatedAction(submitted, 4, officer, { ...asked, comment: undefined })).toBe(false);
    expect(isRepeatedAction({ ...submitted, actorId: 'u-2' }, 4, officer, asked)).toBe(false);
    // Changed again since: the action the caller saw is no longer the last one.
    expect(isRepeatedAction(submitted, 5, officer, asked)).toBe(false);
    expect(isRepeatedAction(submitted, 4, officer, { ...asked, expectedVersion: 2 })).toBe(false);
    expect(isRepeatedAction(null, 4, officer, asked)).toBe(false);
  });
});
