import { type CliIo, type Command, UsageError } from './cli';
import { calendar } from './commands/calendar.command';
import { deadline } from './commands/deadline.command';
import { workflowsCheck } from './commands/workflows-check.command';
import { workflowsDiagram } from './commands/workflows-diagram.command';

export const COMMANDS: Record<string, Command> = {
  'workflows:check': workflowsCheck,
  'workflows:diagram': workflowsDiagram,
  deadline,
  calendar,
};

const USAGE = `usage: npm run motcua -- <command>
  workflows:check [--dir workflows]              validate every workflow file; exit 1 on any error
  workflows:diagram <code> [--version n]         print a Mermaid state diagram
  deadline --received <ISO instant> (--procedure <code> | --amount <n> --unit <unit> [--cutoff HH:MM|none] [--due-at-close])
                                                 print {"receivedAt","clockStartsAt","dueAt"} as one JSON line
  calendar --year <yyyy> [--json]                list the non-working days of a year
units: working_hour | working_day | day | month`;

export function run(argv: string[], io: CliIo): number {
  const [name, ...args] = argv;
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    io.err(name && name !== '--help' ? `unknown command '${name}'\n${USAGE}` : USAGE);
    return name === '--help' ? 0 : 2;
  }
  try {
    return command(args, io);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`${name}: ${(error as Error).message}`);
      return 2;
    }
    throw error;
  }
}

if (require.main === module) {
  process.exitCode = run(process.argv.slice(2), {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    workflowsDir: process.env.WORKFLOWS_DIR ?? 'workflows',
  });
}
