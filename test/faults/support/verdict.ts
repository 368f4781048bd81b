import { checkPortal, checkWebhook, pendingWork, type PortalResends } from './delivery.checks';
import type { DriveResult } from './fault-run';
import type { FaultRun } from './fault-run';
import { checkFlags, openFlags } from './flag.checks';
import { checkStates } from './state.checks';
import { sleep } from './wait';

/** What a scenario found once the system had settled. */
export interface Verdict {
  /** Everything that is not as it should be; empty when the run holds. */
  problems: string[];
  /** Messages and notifications received more than once (the at-least-once part). */
  resent: { portal: PortalResends; webhook: number };
  openFlags: number;
  notifications: number;
  portalMessages: number;
  /** Answers of 5xx or none the driver met, by status and code (503 while a server is away is expected). */
  apiFailures: Record<string, number>;
  /** Seconds from the end of the load until nothing was left waiting. */
  settledIn: number;
}

const SHOWN = 20;

/**
 * Waits until nothing is left waiting (outbox, intake, portal, notifications) and the flags due are up, then
 * checks everything. A run that does not settle within `timeoutMs` is checked as it stands, and says so.
 */
export async function judge(run: FaultRun, drive: DriveResult, timeoutMs = 300_000): Promise<Verdict> {
  const url = run.databaseUrl;
  const started = Date.now();
  let left: Record<string, number>;
  let flags: string[];
  for (;;) {
    left = await pendingWork(url).catch(() => ({ database: 1 }));
    flags = Object.values(left).every((n) => n === 0) ? await checkFlags(url) : ['not settled'];
    if (flags.length === 0 || Date.now() - started > timeoutMs) break;
    await sleep(1000);
  }
  const settledIn = Math.round((Date.now() - started) / 1000);
  // Resends that the faults caused arrive by now; give late ones a moment to show themselves.
  await sleep(3000);
  const portal = await checkPortal(url, run.portal.received);
  const webhook = await checkWebhook(url, run.webhook.deliveries);
  const unsettled = Object.entries(left)
    .filter(([, n]) => n > 0)
    .map(([what, n]) => `not settled after ${timeoutMs / 1000} s: ${n} ${what} waiting`);
  const serverErrors = [...drive.failures]
    .filter(([key]) => !key.startsWith('503') && !key.startsWith('no answer'))
    .map(([key, n]) => `the api answered ${key} ${n} times`);
  const all = [
    ...drive.failed,
    ...serverErrors,
    ...unsettled,
    ...(await checkStates(url, drive.expected)),
    ...flags.filter((f) => f !== 'not settled'),
    ...portal.problems,
    ...webhook.problems,
  ];
  return {
    problems: all.length > SHOWN ? [...all.slice(0, SHOWN), `... and ${all.length - SHOWN} more`] : all,
    resent: { portal: portal.resent, webhook: webhook.resent },
    openFlags: await openFlags(url),
    notifications: webhook.notifications,
    portalMessages: run.portal.received.length - portal.resent.messages,
    apiFailures: Object.fromEntries(drive.failures),
    settledIn,
  };
}
