import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';
import { type Catalog, loadCatalog } from '@motcua/catalog';
import { AppException, databaseOptions, loadEnvironment, prepareDatabase, SystemClock } from '@motcua/common';
import {
  AccountService,
  AuthEventRepository,
  PasswordService,
  UserEntity,
  UserRepository,
} from '@motcua/identity';
import { formatSourceError } from '@motcua/source';
import { type AsyncCommand, UsageError } from '../cli.types';

const HOW = `pipe the password in, e.g.: read -rs P && printf '%s' "$P" | npm run motcua -- users:set-password <username>`;

/** The password as piped in: one line, without its line ending. */
export function passwordFromInput(input: string): string {
  return input.replace(/\r?\n$/, '');
}

/**
 * users:set-password <username> [--temporary]: sets a user's password, read from standard input (never from
 * the command line, which other users of the machine may see). Bootstraps the first administrator of a fresh
 * install: users are created from org.yaml first when the api has not done it yet. --temporary: the user must
 * change it at their next login.
 */
export const usersSetPassword: AsyncCommand = async (args, io) => {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { temporary: { type: 'boolean' }, dir: { type: 'string' } },
  });
  const [username, ...extra] = positionals;
  if (!username || extra.length > 0) throw new UsageError('users:set-password needs exactly one <username>');
  if (!io.readStdin) throw new UsageError(HOW);
  const input = await io.readStdin();
  if (input === null) throw new UsageError(`standard input is a terminal; ${HOW}`);
  const password = passwordFromInput(input);
  if (!password) throw new UsageError(`no password on standard input; ${HOW}`);

  const { catalog, errors } = loadCatalog(values.dir ?? io.workflowsDir);
  if (!catalog) {
    errors.forEach((e) => io.err(formatSourceError(e)));
    return 1;
  }
  const env = loadEnvironment();
  await prepareDatabase(env.DATABASE_URL, env.DB_MIGRATE_ON_START);
  const dataSource = await new DataSource({
    ...databaseOptions(env.DATABASE_URL),
    entities: [UserEntity],
    extra: { max: 2 },
  }).initialize();
  try {
    const users = new UserRepository(dataSource);
    await ensureUsers(users, catalog);
    const accounts = new AccountService(
      users,
      new PasswordService(),
      new AuthEventRepository(dataSource),
      new SystemClock(),
      catalog,
    );
    const account = await accounts.setPassword(
      'cli',
      username.toLowerCase(),
      password,
      values.temporary ?? false,
    );
    io.out(
      `password set for ${account.username}${account.mustChangePassword ? ' (to be changed at the next login)' : ''}; ` +
        `earlier sessions are signed out${account.active ? '' : '; the account is not active'}`,
    );
    return 0;
  } catch (error) {
    if (error instanceof AppException) {
      io.err(`users:set-password: ${error.message}`);
      return 1;
    }
    throw error;
  } finally {
    await dataSource.destroy();
  }
};

/** On a fresh install the api may not have run yet: creates the users of org.yaml, without passwords. */
async function ensureUsers(users: UserRepository, catalog: Catalog): Promise<void> {
  if ((await users.findAll()).length > 0) return;
  await users.sync(
    catalog.org.users.map((u) => ({
      username: u.username,
      fullName: u.fullName,
      title: u.title,
      unitId: u.unit,
      roles: u.roles,
    })),
    () => Promise.resolve(null),
  );
}
