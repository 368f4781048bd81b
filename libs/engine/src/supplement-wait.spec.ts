import { formatSourceError } from '@motcua/source';
import { edit, fixtureProcedure, ORG_TEXT, PROCEDURE_TEXT, procedureErrors } from './__fixtures__/fixtures';
import { parseOrg } from './org-parser';
import { DEFAULT_SUPPLEMENT_WAIT, supplementWaitOf } from './supplement-wait';

const WORKING_HOURS = "    - { from: '13:00', to: '17:00' }\n";
const orgWith = (block: string) =>
  parseOrg(edit(ORG_TEXT, [WORKING_HOURS, `${WORKING_HOURS}${block}`]), 'org.yaml');
const ONLINE = 'online: partial\n';
const procedureWith = (block: string) => edit(PROCEDURE_TEXT, [ONLINE, `${ONLINE}${block}`]);

describe('supplement wait policy', () => {
  it('defaults the center to 30 calendar days with a flag only', () => {
    expect(parseOrg(ORG_TEXT, 'org.yaml').org?.center.supplementWait).toEqual({
      limit: { amount: 30, unit: 'day' },
      onExpiry: 'flag',
    });
  });

  it("reads the center's limit and action from org.yaml", () => {
    const { org, errors } = orgWith('  supplementWait: { amount: 2, unit: month, onExpiry: withdraw }\n');
    expect(errors).toEqual([]);
    expect(org?.center.supplementWait).toEqual({ limit: { amount: 2, unit: 'month' }, onExpiry: 'withdraw' });
  });

  it('refuses an unknown action, a unit that is not a time limit, a non-whole or missing amount', () => {
    const messages = (block: string) => orgWith(block).errors.map(formatSourceError).join('\n');
    expect(messages('  supplementWait: { amount: 30, unit: day, onExpiry: delete }\n')).toMatch(/onExpiry/);
    expect(messages('  supplementWait: { amount: 30, unit: week }\n')).toMatch(/unit/);
    expect(messages('  supplementWait: { amount: 1.5, unit: day }\n')).toMatch(/amount/);
    expect(messages('  supplementWait: { unit: day }\n')).toMatch(/amount/);
  });

  it("lets a procedure override the limit, keeping the center's action unless it names its own", () => {
    const own = fixtureProcedure(procedureWith('supplementWait: { amount: 10, unit: working_day }\n'));
    expect(own.supplementWait).toEqual({ limit: { amount: 10, unit: 'working_day' } });
    const center = { limit: { amount: 30, unit: 'day' as const }, onExpiry: 'stop' as const };
    expect(supplementWaitOf(center, own.supplementWait)).toEqual({
      limit: { amount: 10, unit: 'working_day' },
      onExpiry: 'stop',
    });
    const withAction = fixtureProcedure(
      procedureWith('supplementWait: { amount: 15, unit: day, onExpiry: withdraw }\n'),
    );
    expect(supplementWaitOf(center, withAction.supplementWait).onExpiry).toBe('withdraw');
    expect(procedureErrors(procedureWith('supplementWait: { amount: 0, unit: day }\n')).join('\n')).toMatch(
      /amount/,
    );
  });

  it("gives the center's policy to a procedure without one, and the default to a center without one", () => {
    expect(fixtureProcedure().supplementWait).toBeUndefined();
    const center = { limit: { amount: 20, unit: 'day' as const }, onExpiry: 'flag' as const };
    expect(supplementWaitOf(center, undefined)).toBe(center);
    expect(supplementWaitOf(undefined, undefined)).toBe(DEFAULT_SUPPLEMENT_WAIT);
  });
});
