import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { Clock, EnvData } from '@motcua/common';
import type { OutboxEntity } from './outbox.entity';
import { OUTBOX_CHANNEL, OutboxRepository } from './outbox.repository';
import { QUEUE_NAMES, type QueueName } from './queue-names.types';
import { QUEUES, type Queues } from './queue.config';

export const RELAY_BATCH = 200;
const POLL_MS = 1000;
const ADD_TIMEOUT_MS = 10_000;
const RECONNECT_MS = [1000, 2000, 5000, 10_000, 30_000];

/**
 * Moves committed outbox rows into BullMQ. Woken by NOTIFY on `motcua_outbox` and by a poll every second; rows
 * are claimed with SKIP LOCKED, so several workers can relay side by side. A row is marked relayed in the same
 * transaction only once its job was added; anything else stays for the next round. Relaying a row twice is
 * harmless: its job id is taken, and BullMQ ignores an add under an id it still holds.
 */
@Injectable()
export class OutboxRelayService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('OutboxRelayService');
  private listener?: Client;
  private poll?: NodeJS.Timeout;
  private reconnect?: NodeJS.Timeout;
  private reconnects = 0;
  private running?: Promise<void>;
  private again = false;
  private stopped = false;
  private readonly unknownQueue = new Set<string>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxRepository,
    @Inject(QUEUES) private readonly queues: Queues,
    private readonly clock: Clock,
    private readonly env: EnvData,
  ) {}

  onApplicationBootstrap(): void {
    this.poll = setInterval(() => this.wake(), POLL_MS);
    void this.listen();
    this.wake();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearInterval(this.poll);
    clearTimeout(this.reconnect);
    const listener = this.listener;
    this.listener = undefined;
    await listener?.end().catch(() => undefined);
    await this.running;
  }

  /** Runs a round now, or right after the one in progress. */
  wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.loop().finally(() => (this.running = undefined));
  }

  private async loop(): Promise<void> {
    do {
      this.again = false;
      try {
        // A full batch relayed: more may wait. Rows left behind wait for the next wake-up instead.
        const { relayed } = await this.relayOnce();
        if (relayed === RELAY_BATCH) this.again = true;
      } catch (error) {
        this.logger.error(`relay round failed, rows stay for the next one: ${(error as Error).message}`);
      }
    } while (this.again && !this.stopped);
  }

  /** One transaction: claim up to a batch, add each job, mark those added. */
  relayOnce(): Promise<{ claimed: number; relayed: number }> {
    return this.dataSource.transaction(async (manager) => {
      const rows = await this.outbox.claim(manager, RELAY_BATCH);
      if (rows.length === 0) return { claimed: 0, relayed: 0 };
      const results = await Promise.allSettled(rows.map((row) => this.add(row)));
      const relayed = rows.filter((row, i) => results[i].status === 'fulfilled' && results[i].value);
      results.forEach((result, i) => {
        if (result.status === 'rejected') {
          this.logger.warn(
            `outbox row ${rows[i].id} (${rows[i].jobId}) not relayed: ${String(result.reason)}`,
          );
        }
      });
      await this.outbox.markRelayed(
        manager,
        relayed.map((row) => row.id),
        this.clock.now(),
      );
      return { claimed: rows.length, relayed: relayed.length };
    });
  }

  private async add(row: OutboxEntity): Promise<boolean> {
    if (!QUEUE_NAMES.includes(row.queue as QueueName)) {
      // Written by a newer release; left for a worker that knows the queue.
      if (!this.unknownQueue.has(row.id))
        this.logger.warn(`outbox row ${row.id}: unknown queue '${row.queue}'`);
      this.unknownQueue.add(row.id);
      return false;
    }
    const delay = row.delayUntil ? Math.max(0, row.delayUntil.getTime() - this.clock.now().getTime()) : 0;
    const adding = this.queues[row.queue as QueueName].add(row.jobName, row.payload, {
      jobId: row.jobId,
      delay,
    });
    await withTimeout(adding, ADD_TIMEOUT_MS, `adding ${row.jobId}`);
    return true;
  }

  private async listen(): Promise<void> {
    if (this.stopped) return;
    const client = new Client({ connectionString: this.env.database.url });
    this.listener = client;
    const retry = (error?: Error) => {
      if (this.listener !== client || this.stopped) return;
      this.listener = undefined;
      client.removeAllListeners();
      void client.end().catch(() => undefined);
      const wait = RECONNECT_MS[Math.min(this.reconnects++, RECONNECT_MS.length - 1)];
      this.logger.warn(`LISTEN ${OUTBOX_CHANNEL} lost (${error?.message ?? 'closed'}); again in ${wait} ms`);
      this.reconnect = setTimeout(() => void this.listen(), wait);
    };
    client.on('error', retry);
    client.on('end', () => retry());
    client.on('notification', () => this.wake());
    try {
      await client.connect();
      await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
      this.reconnects = 0;
      // Rows committed while the listener was away.
      this.wake();
    } catch (error) {
      retry(error as Error);
    }
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer from Redis in ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
