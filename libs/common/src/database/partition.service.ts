import { Injectable, Logger, type OnApplicationBootstrap, Optional } from '@nestjs/common';
import { Clock } from '../clock/clock.types';
import {
  formatMonth,
  type Month,
  monthsToEnsure,
  PARTITIONED_TABLES,
  type PartitionBound,
  parseBound,
  whollyBefore,
} from './partition.rules';
import { type ArchivedPartition, PartitionRepository, type PartitionRow } from './partition.repository';

export interface PartitionView extends Omit<PartitionRow, 'bound'> {
  bound: PartitionBound | 'default';
}

export type ArchiveOutcome =
  { archived: ArchivedPartition[] } | { refused: Array<{ name: string; undelivered: number }> };

/**
 * The monthly partitions: created ahead (at the worker's start and by its periodic job, so an insert lands in its
 * month rather than the default partition), listed, and archived (detached into the `archive` schema, never
 * dropped).
 */
@Injectable()
export class PartitionService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Partitions');

  constructor(
    private readonly partitions: PartitionRepository,
    @Optional() private readonly clock?: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.clock) return;
    await this.ensureAhead(this.clock.now()).catch((error: Error) =>
      this.logger.error(`monthly partitions not created: ${error.message}`),
    );
  }

  /** Creates the partitions of now's month and the MONTHS_AHEAD after it that are missing; returns their names. */
  async ensureAhead(now: Date): Promise<string[]> {
    const created: string[] = [];
    for (const spec of PARTITIONED_TABLES)
      created.push(...(await this.partitions.createMissing(spec, monthsToEnsure(spec.table, now))));
    if (created.length > 0) this.logger.log(`partitions created: ${created.join(', ')}`);
    return created;
  }

  async list(): Promise<PartitionView[]> {
    return (await this.partitions.list()).map((row) => ({ ...row, bound: parseBound(row.bound) }));
  }

  async exactRows(names: string[]): Promise<number[]> {
    const counts: number[] = [];
    for (const name of names) counts.push(await this.partitions.exactRows(name));
    return counts;
  }

  /**
   * Archives every partition wholly before `before`. Refuses, archiving nothing, while any of them still holds a
   * row to deliver (an unrelayed outbox row, a portal message, a notification's delivery or a citizen notice not
   * delivered). The notification tables' keys stay in their unpartitioned `*_once` tables.
   */
  async archive(before: Month, now: Date): Promise<ArchiveOutcome> {
    const due = (await this.list()).filter((p) => whollyBefore(p.bound, before));
    const refused: Array<{ name: string; undelivered: number }> = [];
    for (const p of due) {
      const undelivered = await this.partitions.undelivered(p.table, p.name);
      if (undelivered > 0) refused.push({ name: p.name, undelivered });
    }
    if (refused.length > 0) return { refused };
    const archived: ArchivedPartition[] = [];
    for (const p of due) {
      const bound = p.bound as PartitionBound;
      const outcome = await this.partitions.archive(
        p.table,
        p.name,
        { from: bound.from, to: bound.to! },
        now,
      );
      if ('undelivered' in outcome) return { refused: [{ name: p.name, undelivered: outcome.undelivered }] };
      archived.push(outcome);
    }
    if (archived.length > 0)
      this.logger.log(
        `partitions before ${formatMonth(before)} archived: ${archived.map((a) => a.name).join(', ')}`,
      );
    return { archived };
  }
}
