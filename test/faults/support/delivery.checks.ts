import type { ReceivedMessage } from '../../../apps/portal-sim/src/portal-sim.service';
import { query } from './database';

/** Portal messages received more than once, and over how many dossiers. */
export interface PortalResends {
  messages: number;
  dossiers: number;
  /** The most times one message was received. */
  mostReceipts: number;
}

/**
 * Every portal sync message of every dossier was delivered and reached the portal; per dossier, seq 1..N with no
 * gap, each first received after the one before it; resends counted, for the scenario to hold against what its
 * faults allow. A sync job sends a dossier's messages in one transaction: a crash before it commits sends them
 * all again, so what a fault may cause is counted in dossiers.
 */
export async function checkPortal(
  url: string,
  received: ReceivedMessage[],
): Promise<{ problems: string[]; resent: PortalResends }> {
  const rows = await query<{ id: string; code: string; seq: number; status: string }>(
    url,
    `SELECT m.id, d.code, m.seq, m.status FROM portal_sync_message m JOIN dossier d ON d.id = m.dossier_id
     ORDER BY d.code, m.seq`,
  );
  const problems: string[] = [];
  const firstAt = new Map<string, number>();
  received.forEach((m, i) => firstAt.has(m.messageId) || firstAt.set(m.messageId, i));
  const known = new Set(rows.map((r) => r.id));
  for (const id of firstAt.keys()) if (!known.has(id)) problems.push(`portal received unknown message ${id}`);
  let previous: { code: string; seq: number; at: number } | undefined;
  for (const row of rows) {
    const at = firstAt.get(row.id);
    if (row.status !== 'delivered') problems.push(`${row.code} #${row.seq}: ${row.status}`);
    if (at === undefined) problems.push(`${row.code} #${row.seq}: never reached the portal`);
    const expectedSeq = previous?.code === row.code ? previous.seq + 1 : 1;
    if (row.seq !== expectedSeq) problems.push(`${row.code}: seq ${row.seq} where ${expectedSeq} was due`);
    if (previous?.code === row.code && at !== undefined && at < previous.at) {
      problems.push(`${row.code}: #${row.seq} reached the portal before #${previous.seq}`);
    }
    previous = { code: row.code, seq: row.seq, at: at ?? -1 };
  }
  const receipts = new Map<string, number>();
  for (const m of received) receipts.set(m.messageId, (receipts.get(m.messageId) ?? 0) + 1);
  const dossiers = new Set(received.filter((m) => m.duplicate).map((m) => String(m.body.MaHoSo)));
  return {
    problems,
    resent: {
      messages: received.length - firstAt.size,
      dossiers: dossiers.size,
      mostReceipts: Math.max(0, ...receipts.values()),
    },
  };
}

/**
 * Every notification was written once per recipient and event (unique dedupe key), delivered on the webhook
 * (its delivery row says so), and the receiver got it; resends counted.
 */
export async function checkWebhook(
  url: string,
  deliveries: string[],
): Promise<{ problems: string[]; resent: number; notifications: number }> {
  const rows = await query<{ id: string; code: string; delivered: boolean | null }>(
    url,
    `SELECT n.id, n.dossier_code AS code, nd.delivered_at IS NOT NULL AS delivered
     FROM notification n LEFT JOIN notification_delivery nd ON nd.notification_id = n.id AND nd.channel = 'webhook'`,
  );
  const problems: string[] = [];
  const got = new Set(deliveries);
  for (const row of rows) {
    if (row.delivered === null) problems.push(`${row.code}: notification ${row.id} has no webhook delivery`);
    else if (!row.delivered) problems.push(`${row.code}: notification ${row.id} not delivered`);
    if (!got.has(row.id)) problems.push(`${row.code}: notification ${row.id} never reached the webhook`);
  }
  const known = new Set(rows.map((r) => r.id));
  for (const id of got) if (!known.has(id)) problems.push(`webhook received unknown notification ${id}`);
  return { problems, resent: deliveries.length - got.size, notifications: rows.length };
}

/** Nothing is left waiting: every outbox row relayed, no dossier still waiting for its intake. */
export async function pendingWork(url: string): Promise<Record<string, number>> {
  const [row] = await query<Record<string, number>>(
    url,
    `SELECT (SELECT count(*)::int FROM outbox WHERE relayed_at IS NULL) AS outbox,
            (SELECT count(*)::int FROM dossier WHERE status = 'accepted') AS intake,
            (SELECT count(*)::int FROM portal_sync_message WHERE status <> 'delivered') AS portal,
            (SELECT count(*)::int FROM notification_delivery WHERE delivered_at IS NULL) AS notifications`,
  );
  return row;
}
