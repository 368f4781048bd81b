import { Inject, Injectable, Logger } from '@nestjs/common';
import { UnrecoverableError } from 'bullmq';
import type { PortalSyncMessageEntity } from './portal-sync-message.entity';
import { PORTAL_SYNC_CONFIG, type PortalSyncConfig } from './portal-sync.config';
import { PortalSyncRepository } from './portal-sync.repository';
import { signSyncMessage } from './portal-sync-signature.rules';

const TIMEOUT_MS = 10_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type DeliveryOutcome =
  | { disabled: true }
  | {
      sent: number;
      parked?: string;
      /** The first undelivered message waits for its retry, which the job that failed it will make. */
      waiting?: string;
      failed?: { id: string; seq: number; attempts: number; error: string };
    };

/**
 * Sends one dossier's undelivered messages in seq order, under a lock per dossier: message n+1 is never sent
 * before n is delivered. A failure counts an attempt and is thrown, so the queue retries with backoff; after
 * PORTAL_SYNC_MAX_ATTEMPTS the message is parked and the dossier's later messages wait behind it.
 *
 * A dossier may have several jobs (one per message, plus sweep and replay ones): only a retry (the job whose
 * earlier run failed) sends a message before its retry instant, so attempts are paced by that job's backoff
 * and not multiplied by the number of jobs.
 */
@Injectable()
export class PortalSyncDeliveryService {
  private readonly logger = new Logger('PortalSync');

  constructor(
    private readonly messages: PortalSyncRepository,
    @Inject(PORTAL_SYNC_CONFIG) private readonly config: PortalSyncConfig,
  ) {}

  async deliver(dossierId: string, retry = false): Promise<DeliveryOutcome> {
    if (typeof dossierId !== 'string' || !UUID.test(dossierId)) {
      throw new UnrecoverableError(`sync-dossier: ${JSON.stringify(dossierId)} is not a dossier id`);
    }
    if (!this.config.url) return { disabled: true };
    // The failure is recorded in the transaction and thrown only after it commits.
    const outcome = await this.messages.transaction(async (manager) => {
      await this.messages.lockDossier(manager, dossierId);
      let sent = 0;
      for (;;) {
        const first = await this.messages.firstUndelivered(manager, dossierId);
        if (!first) return { sent };
        const { message, due } = first;
        if (message.status === 'parked') return { sent, parked: message.id };
        if (!due && !retry) return { sent, waiting: message.id };
        const error = await this.send(message).then(
          () => null,
          (e: Error) => e.message,
        );
        if (error === null) {
          await this.messages.markDelivered(manager, message.id);
          sent++;
          continue;
        }
        const attempts = message.attempts + 1;
        const parked = attempts >= this.config.maxAttempts;
        await this.messages.markFailed(manager, message.id, {
          attempts,
          error,
          parked,
          retryInMs: parked ? null : this.config.backoffMs * 2 ** (attempts - 1),
        });
        if (parked) {
          this.logger.error(
            `${message.payload.MaHoSo} #${message.seq}: parked after ${attempts} failed sends (${error})`,
          );
          return { sent, parked: message.id };
        }
        return { sent, failed: { id: message.id, seq: message.seq, attempts, error } };
      }
    });
    if ('failed' in outcome && outcome.failed) {
      const { seq, attempts, error } = outcome.failed;
      throw new Error(`portal sync of dossier ${dossierId} #${seq} failed (attempt ${attempts}): ${error}`);
    }
    return outcome;
  }

  private async send(message: PortalSyncMessageEntity): Promise<void> {
    const body = JSON.stringify(message.payload);
    const timestamp = String(Math.floor(Date.now() / 1000));
    const res = await fetch(this.config.url!, {
      method: 'POST',
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'X-Message-Id': message.id,
        'X-Sequence': String(message.seq),
        'X-Timestamp': timestamp,
        'X-Signature': signSyncMessage(this.config.secret, timestamp, body),
      },
      body,
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    await res.body?.cancel();
    if (!res.ok) throw new Error(`portal answered ${res.status}`);
  }
}
