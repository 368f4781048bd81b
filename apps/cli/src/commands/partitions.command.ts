import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';
import {
  databaseOptions,
  formatMonth,
  loadEnvironment,
  parseMonth,
  type PartitionBound,
  PartitionRepository,
  PartitionService,
  prepareDatabase,
} from '@motcua/common';
import { toVietnamIso } from '@motcua/calendar';
import { type AsyncCommand, type CliIo, UsageError } from '../cli.types';

async function withPartitions<T>(run: (service: PartitionService) => Promise<T>): Promise<T> {
  const env = loadEnvironment();
  await prepareDatabase(env.DATABASE_URL, env.DB_MIGRATE_ON_START);
  const dataSource = await new DataSource({
    ...databaseOptions(env.DATABASE_URL),
    extra: { max: 2 },
  }).initialize();
  try {
    return await run(new PartitionService(new PartitionRepository(dataSource)));
  } finally {
    await dataSource.destroy();
  }
}

const instant = (at: Date | null, open: string): string => (at ? toVietnamIso(at).slice(0, 10) : open);

/** `[from, to)` in Vietnamese dates, or `default`. */
export const rangeText = (bound: PartitionBound | 'default'): string =>
  bound === 'default' ? 'default' : `[${instant(bound.from, '…')}, ${instant(bound.to, '…')})`;

const mib = (bytes: number): string => `${(bytes / 1_048_576).toFixed(1)} MiB`;

/** partitions:list [--exact]: every partition of the partitioned tables, its range, rows and size on disk. */
export const partitionsList: AsyncCommand = async (args, io) => {
  const { values } = parseArgs({ args, options: { exact: { type: 'boolean' } } });
  return withPartitions(async (service) => {
    const rows = await service.list();
    const exact = values.exact ? await service.exactRows(rows.map((r) => r.name)) : null;
    for (const [i, p] of rows.entries())
      io.out(
        [
          p.table,
          p.name,
          rangeText(p.bound),
          `${exact ? exact[i] : `~${p.estimatedRows}`} rows`,
          mib(p.bytes),
        ].join('\t'),
      );
    return 0;
  });
};

/**
 * partitions:archive --before <YYYY-MM>: detaches every partition wholly before that month (Vietnam time) into the
 * `archive` schema, with its row count and sha256 in archive.partition_manifest; refuses, archiving nothing, while
 * one still holds an undelivered outbox row, portal message, notification delivery or citizen notice.
 */
export const partitionsArchive: AsyncCommand = async (args, io: CliIo) => {
  const { values } = parseArgs({ args, options: { before: { type: 'string' } } });
  const before = values.before ? parseMonth(values.before) : null;
  if (!before) throw new UsageError('partitions:archive needs --before <YYYY-MM>, e.g. --before 2025-01');
  return withPartitions(async (service) => {
    const outcome = await service.archive(before, new Date());
    if ('refused' in outcome) {
      for (const r of outcome.refused)
        io.err(`partitions:archive: ${r.name} still holds ${r.undelivered} undelivered rows`);
      io.err(
        'nothing archived: let the worker deliver them (or replay parked portal messages), then run it again',
      );
      return 1;
    }
    if (outcome.archived.length === 0) io.out(`no partition lies wholly before ${formatMonth(before)}`);
    for (const a of outcome.archived)
      io.out(`archived ${a.table} ${a.name}: ${a.rows} rows, sha256 ${a.sha256}`);
    return 0;
  });
};
