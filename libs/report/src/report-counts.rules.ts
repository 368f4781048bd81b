import type { HandlingCounts } from './period-query.dto';
import type { HandlingSqlRow } from './report.repository';

/** A row of form 06 as PostgreSQL counts it (bigint strings) with its subtotals: what every line of the form shows. */
export function handlingCounts(r: HandlingSqlRow): HandlingCounts {
  const n = (v: string) => Number(v);
  const c = {
    receivedOnline: n(r.received_online),
    receivedOffline: n(r.received_offline),
    carriedOver: n(r.carried_over),
    resolvedEarly: n(r.resolved_early),
    resolvedOnTime: n(r.resolved_on_time),
    resolvedLate: n(r.resolved_late),
    closedOther: n(r.closed_other),
    pendingWithinDeadline: n(r.pending_within),
    pendingOverdue: n(r.pending_overdue),
  };
  return {
    total: c.receivedOnline + c.receivedOffline + c.carriedOver,
    receivedOnline: c.receivedOnline,
    receivedOffline: c.receivedOffline,
    carriedOver: c.carriedOver,
    resolved: c.resolvedEarly + c.resolvedOnTime + c.resolvedLate,
    resolvedEarly: c.resolvedEarly,
    resolvedOnTime: c.resolvedOnTime,
    resolvedLate: c.resolvedLate,
    closedOther: c.closedOther,
    pending: c.pendingWithinDeadline + c.pendingOverdue,
    pendingWithinDeadline: c.pendingWithinDeadline,
    pendingOverdue: c.pendingOverdue,
  };
}
