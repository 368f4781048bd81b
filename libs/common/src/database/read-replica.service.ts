import { setTimeout as sleep } from 'node:timers/promises';
import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppException } from '../errors/app.exception';
import { EnvData } from '../config/env-data.config';
import { PreparedStatementClientService } from './prepared-statement-client.service';
import {
  chooseReadSource,
  PRIMARY,
  REPLICA_PROBE_SQL,
  type ReadSource,
  type ReplicaProbe,
} from './read-replica.rules';

/** A replica that answers nothing within this is passed over, not waited for. */
export const REPLICA_CONNECT_TIMEOUT_MS = 2000;
/** A probe that finds WAL received but not yet replayed looks again this much later before calling it a lag. */
const SETTLE_MS = 100;

/** What a read is given: the connection to read on and where it leads. */
export interface ReadOn {
  dataSource: DataSource;
  source: ReadSource;
}

/**
 * The reports' reading connection: a small read-only pool on DATABASE_REPLICA_URL, opened at the first report,
 * used while the replica answers and lags at most REPLICA_MAX_LAG_S; the primary otherwise, and always when no
 * replica is configured. State changes never come here: they inject the primary DataSource.
 */
@Injectable()
export class ReadReplicaService implements OnApplicationShutdown {
  private readonly logger = new Logger(ReadReplicaService.name);
  private replica: DataSource | null = null;
  private opening: Promise<DataSource> | null = null;

  constructor(
    private readonly primary: DataSource,
    private readonly env: EnvData,
  ) {}

  get maxLagMs(): number {
    return this.env.database.replica?.maxLagMs ?? 0;
  }

  /**
   * Runs `read` where the reports read now (see chooseReadSource). When it fails on the replica for any reason
   * but a request error (the replica went down, or cancelled the statement for a conflict with recovery), it runs
   * once more on the primary, which is then named as a fallback.
   */
  async read<T>(read: (on: ReadOn) => Promise<T>): Promise<T> {
    const chosen = await this.choose();
    if (chosen.source.server === 'primary') return read(chosen);
    try {
      return await read(chosen);
    } catch (error) {
      if (error instanceof AppException) throw error;
      this.logger.warn(`replica read failed, reading the primary: ${(error as Error).message}`);
      return read({ dataSource: this.primary, source: { ...PRIMARY, fallback: 'replica_unavailable' } });
    }
  }

  private async choose(): Promise<ReadOn> {
    const settings = this.env.database.replica;
    if (!settings) return { dataSource: this.primary, source: PRIMARY };
    let probe: ReplicaProbe | null = null;
    let replica: DataSource | null = null;
    try {
      replica = await this.open(settings.url);
      probe = await this.probe(replica);
      // WAL that has just arrived is replayed within milliseconds: only a lag that lasts is one.
      if (probe.lagMs !== 0) {
        await sleep(SETTLE_MS);
        probe = await this.probe(replica);
      }
    } catch (error) {
      this.logger.warn(`replica unavailable, reading the primary: ${(error as Error).message}`);
    }
    const source = chooseReadSource(probe, settings.maxLagMs);
    if (source.fallback === 'replica_lagging')
      this.logger.warn(`replica lags ${source.replicaLagMs ?? 'an unknown time'} ms, reading the primary`);
    return { dataSource: source.server === 'replica' && replica ? replica : this.primary, source };
  }

  private async probe(replica: DataSource): Promise<ReplicaProbe> {
    const [row] = (await replica.query(REPLICA_PROBE_SQL)) as Array<{
      standby: boolean;
      lag_ms: string | null;
    }>;
    return { standby: row.standby, lagMs: row.lag_ms === null ? null : Math.round(Number(row.lag_ms)) };
  }

  /** The pool, opened once; a failed opening is retried at the next read. */
  private open(url: string): Promise<DataSource> {
    if (this.replica?.isInitialized) return Promise.resolve(this.replica);
    this.opening ??= new DataSource({
      type: 'postgres',
      url,
      synchronize: false,
      migrationsRun: false,
      // The entities the primary knows (the tracking book reads dossiers as entities).
      entities: this.primary.entityMetadatas.map((m) => m.target),
      applicationName: 'motcua-replica',
      extra: {
        max: 4,
        connectionTimeoutMillis: REPLICA_CONNECT_TIMEOUT_MS,
        // A write that strays here fails at once, also against a replica that was promoted.
        options: '-c default_transaction_read_only=on',
        Client: PreparedStatementClientService,
      },
    })
      .initialize()
      .then((dataSource) => (this.replica = dataSource))
      .finally(() => (this.opening = null));
    return this.opening;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.opening?.catch(() => undefined);
    if (this.replica?.isInitialized) await this.replica.destroy();
  }
}
