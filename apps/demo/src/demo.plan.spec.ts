import { copyProcedure } from './demo-fixtures.rules';
import type { Procedure } from './api.types';
import { planDossiers, SCENARIOS } from './demo.plan';

const place = { commune: 'xã Gia Phú', province: 'tỉnh Lào Cai' };
const birth: Procedure = { ...copyProcedure, code: '1.001193', name: 'Đăng ký khai sinh', online: 'full' };
const noDocs: Procedure = { ...copyProcedure, code: '2.000815', online: 'none', documents: [] };
const procedures = [copyProcedure, birth, noDocs];

describe('planDossiers', () => {
  it('gives the same plans for the same seed, whatever the order the procedures come in', () => {
    const a = planDossiers('motcua', 100, procedures, place);
    expect(planDossiers('motcua', 100, [...procedures].reverse(), place)).toEqual(a);
    expect(planDossiers('2026', 100, procedures, place)).not.toEqual(a);
    // A longer run starts with the plans of a shorter one.
    expect(planDossiers('motcua', 120, procedures, place).slice(0, 100)).toEqual(a);
  });

  it('spreads dossiers over the procedures and the scenarios, most of them completed', () => {
    const plans = planDossiers('motcua', 300, procedures, place);
    expect(new Set(plans.map((p) => p.procedureCode))).toEqual(new Set(['2.000908', '1.001193', '2.000815']));
    for (const s of SCENARIOS) expect(plans.some((p) => p.scenario === s)).toBe(true);
    expect(plans.filter((p) => p.scenario === 'complete').length).toBeGreaterThan(150);
    expect(plans.map((p) => p.index)).toEqual(plans.map((_, i) => i + 1));
  });

  it("hands in the procedure's required documents, holding one back for a desk supplement", () => {
    const plans = planDossiers('motcua', 300, procedures, place).filter(
      (p) => p.procedureCode === '2.000908',
    );
    const required = ['Tờ khai yêu cầu cấp bản sao', 'Bản chính giấy tờ cần sao'];
    const complete = plans.find((p) => p.scenario === 'complete')!;
    expect(complete.documents.map((d) => d.name)).toEqual(required);
    const incomplete = plans.find((p) => p.scenario === 'desk_supplement')!;
    expect(incomplete.documents.map((d) => d.name)).toEqual([required[0]]);
    expect(incomplete.missing).toEqual([{ name: required[1], originals: 1, copies: 0 }]);
  });

  it('never plans a desk supplement without a required document', () => {
    const plans = planDossiers('motcua', 300, procedures, place).filter(
      (p) => p.procedureCode === '2.000815',
    );
    expect(plans.some((p) => p.scenario === 'desk_supplement')).toBe(false);
  });

  it('receives at the desk in person or by post, never online (online comes through the portal)', () => {
    const channels = new Set(planDossiers('motcua', 300, procedures, place).map((p) => p.channel));
    expect([...channels].sort()).toEqual(['in_person', 'post']);
  });

  it('stops pending and withdrawn dossiers before the last step', () => {
    for (const p of planDossiers('motcua', 300, procedures, place)) {
      if (p.scenario === 'pending') expect(p.stopAfter).toBeLessThanOrEqual(copyProcedure.steps.length - 2);
      if (p.scenario === 'withdraw') expect(p.stopAfter).toBeGreaterThanOrEqual(1);
    }
  });
});
