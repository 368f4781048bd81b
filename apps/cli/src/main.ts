import { type AsyncCommand, type CliIo, type Command, UsageError } from './cli.types';
import { calendar } from './commands/calendar.command';
import { deadline } from './commands/deadline.command';
import { partitionsArchive, partitionsList } from './commands/partitions.command';
import { workflowsCheck } from './commands/workflows-check.command';
import { proceduresMigrate } from './commands/procedures-migrate.command';
import { usersSetPassword } from './commands/users-set-password.command';
import { workflowsDiagram } from './commands/workflows-diagram.command';
import { simulateCommand } from './commands/simulate.command';

export const COMMANDS: Record<string, Command | AsyncCommand> = {
  'workflows:check': workflowsCheck,
  'workflows:diagram': workflowsDiagram,
  deadline,
  calendar,
  'users:set-password': usersSetPassword,
  'procedures:migrate': proceduresMigrate,
  'partitions:list': partitionsList,
  'partitions:archive': partitionsArchive,
  simulate: simulateCommand,
};

const USAGE = `usage: npm run motcua -- <command>
  workflows:check [--dir workflows] [--lang vi|en] validate every workflow file; exit 1 on any error
                                                 (messages in Vietnamese; --lang en: English)
  workflows:diagram <code> [--version n]         print a Mermaid state diagram
  deadline --received <ISO instant> (--procedure <code> | --amount <n> --unit <unit> [--cutoff HH:MM|none] [--due-at-close])
                                                 print {"receivedAt","clockStartsAt","dueAt"} as one JSON line
  calendar --year <yyyy> [--json]                list the non-working days of a year
  users:set-password <username> [--temporary]    set a password read from standard input (never an argument);
                                                 --temporary: to be changed at the next login
  procedures:migrate <code> --from <revision> --to <revision> --as <admin> [--map old=new]... [--dossier <code>]... [--dry-run]
                                                 move running dossiers onto a newer revision (docs/procedures.md)
  partitions:list [--exact]                      the monthly partitions: range, rows (estimated; --exact: counted), size
  partitions:archive --before <YYYY-MM>          move the partitions wholly before that month into the archive schema
                                                 (docs/deployment.md)
  simulate <draft file> --from <yyyy-mm-dd> --to <yyyy-mm-dd> [--seed n] [--staff unit=n]... [--assume step=minutes]... [--json]
                                                 replay the period's dossiers through the current revision and a draft
                                                 (docs/improvement.md); exit 3 when the current one does not reproduce
units: working_hour | working_day | day | month`;

const usageFailure = (name: string, error: unknown, io: CliIo): number => {
  if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
    io.err(`${name}: ${(error as Error).message}`);
    return 2;
  }
  throw error;
};

export function run(argv: string[], io: CliIo): number | Promise<number> {
  const [name, ...args] = argv;
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    io.err(name && name !== '--help' ? `unknown command '${name}'\n${USAGE}` : USAGE);
    return name === '--help' ? 0 : 2;
  }
  try {
    const status = command(args, io);
    return typeof status === 'number'
      ? status
      : status.catch((error: unknown) => usageFailure(name, error, io));
  } catch (error) {
    return usageFailure(name, error, io);
  }
}

async function readStdin(): Promise<string | null> {
  if (process.stdin.isTTY) return null;
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

if (require.main === module) {
  Promise.resolve(
    run(process.argv.slice(2), {
      out: (line) => process.stdout.write(`${line}\n`),
      err: (line) => process.stderr.write(`${line}\n`),
      workflowsDir: process.env.WORKFLOWS_DIR ?? 'workflows',
      readStdin,
    }),
  ).then(
    (status) => (process.exitCode = status),
    (error: Error) => {
      process.stderr.write(`${error.message}\n`);
      process.exitCode = 1;
    },
  );
}
