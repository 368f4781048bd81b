import { parseArgs } from 'node:util';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { AppException, loadEnvironment, prepareDatabase } from '@motcua/common';
import { type MigrateRevisionDto, type MigrationView, RevisionMigrationService } from '@motcua/dossier';
import { hasRole, toAuthUser, UserEntity } from '@motcua/identity';
import { type AsyncCommand, type CliIo, UsageError } from '../cli.types';
import { migrationCliModule } from '../migration-cli.module';

const revision = (name: string, value: string | undefined): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${name}: expected a revision number >= 1`);
  return n;
};

/** `sign=approve` pairs into a step mapping. */
export function mappingOf(pairs: string[]): Record<string, string> {
  return Object.fromEntries(
    pairs.map((pair) => {
      const [old, target, ...rest] = pair.split('=');
      if (!old || !target || rest.length > 0) throw new UsageError(`--map: expected old=new, got '${pair}'`);
      return [old, target];
    }),
  );
}

/**
 * procedures:migrate <code> --from <revision> --to <revision> --as <admin> [--map old=new]... [--dossier code]...
 * [--dry-run]: the same as POST /procedures/:code/migrations, done in the name of an administrator; prints one line
 * per dossier, then the refused ones. Exit 1 when the request is refused or a dossier was not written.
 */
export const proceduresMigrate: AsyncCommand = async (args, io) => {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      from: { type: 'string' },
      to: { type: 'string' },
      as: { type: 'string' },
      map: { type: 'string', multiple: true },
      dossier: { type: 'string', multiple: true },
      'dry-run': { type: 'boolean' },
    },
  });
  const [code, ...extra] = positionals;
  if (!code || extra.length > 0) throw new UsageError('procedures:migrate needs exactly one <code>');
  if (!values.as) throw new UsageError('procedures:migrate needs --as <username> of an administrator');
  const dto: MigrateRevisionDto = {
    fromRevision: revision('--from', values.from),
    toRevision: revision('--to', values.to),
    mapping: mappingOf(values.map ?? []),
    ...(values.dossier ? { dossiers: values.dossier } : {}),
    dryRun: values['dry-run'] ?? false,
  };
  const env = loadEnvironment();
  await prepareDatabase(env.DATABASE_URL, env.DB_MIGRATE_ON_START);
  const app = await NestFactory.createApplicationContext(migrationCliModule(), { logger: ['error'] });
  try {
    const user = await app.get(DataSource).getRepository(UserEntity).findOneBy({ username: values.as });
    if (!user || !user.active || !hasRole(toAuthUser(user), 'admin')) {
      io.err(`procedures:migrate: '${values.as}' is not an active administrator`);
      return 1;
    }
    const result = await app.get(RevisionMigrationService).migrate(toAuthUser(user), code, dto);
    print(result, io);
    return result.dossiers.every((d) => d.migrated || result.dryRun) ? 0 : 1;
  } catch (error) {
    if (error instanceof AppException) {
      io.err(`procedures:migrate: ${error.code}: ${error.message}`);
      return 1;
    }
    throw error;
  } finally {
    await app.close();
  }
};

function print(result: MigrationView, io: CliIo): void {
  const head = result.dryRun ? 'dry run, nothing written' : 'migrated';
  io.out(`${result.procedureCode} revision ${result.fromRevision} → ${result.toRevision} (${head})`);
  for (const d of result.dossiers) {
    const done = result.dryRun ? '' : d.migrated ? ` → version ${d.newVersion}` : ` NOT WRITTEN: ${d.error}`;
    io.out(
      `${d.code} v${d.version}: ${d.from.step} (${d.from.ownerUnit}/${d.from.ownerRole}, due ${d.from.stepDueAt}) → ` +
        `${d.to.step} (${d.to.ownerUnit}/${d.to.ownerRole}, due ${d.to.stepDueAt}); appointment ${d.appointmentAt} kept` +
        `${d.assigneeReset ? '; assignee reset' : ''}${done}`,
    );
  }
  for (const r of result.refused) io.out(`${r.code}: refused (${r.reasonCode}): ${r.reason}`);
}
