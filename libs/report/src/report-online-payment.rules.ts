import type { Indicator } from './period-query.dto';
import { inScope } from './report-scope.rules';

/**
 * Decision 766/QĐ-TTg (2022), appendix, online services group: the share of dossiers with a financial obligation
 * (fees and charges) whose fees were paid online. Here: dossiers received in the period (complete receipts, clock
 * started) of a procedure charging fees the center collects, and of those, the ones with a payment notified by the
 * national portal.
 */
export const ONLINE_PAYMENT_FORMULA =
  'dossiers received in the period, with fees the center collects, paid online through the portal / ' +
  'dossiers received in the period with fees the center collects × 100';

// $1 the period's start, $2 its end, $3 the reader's units.
export const ONLINE_PAYMENT_SQL = `
  SELECT count(*)::int AS charged,
         count(*) FILTER (WHERE EXISTS (
           SELECT 1 FROM dossier_payment p WHERE p.dossier_id = d.id AND p.source = 'portal'))::int AS paid_online
    FROM dossier d JOIN procedure_version pv ON pv.id = d.procedure_version_id
   WHERE d.clock_started_at IS NOT NULL AND d.received_at >= $1 AND d.received_at < $2 AND ${inScope(3)}
     AND coalesce(pv.definition->>'payment', 'before_result') <> 'none'
     AND EXISTS (SELECT 1 FROM jsonb_array_elements(pv.definition->'fees') f WHERE (f->>'amount')::numeric > 0)`;

export interface OnlinePaymentCounts {
  charged: number;
  paid_online: number;
}

export function onlinePaymentIndicator({ charged, paid_online }: OnlinePaymentCounts): Indicator {
  return {
    key: 'onlinePaymentRate',
    name: 'Tỷ lệ hồ sơ có nghĩa vụ tài chính được thanh toán trực tuyến',
    value: charged === 0 ? null : Math.round((paid_online / charged) * 10000) / 100,
    numerator: paid_online,
    denominator: charged,
    formula: ONLINE_PAYMENT_FORMULA,
  };
}
