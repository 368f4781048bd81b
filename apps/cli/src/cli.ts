/** What a command needs from its surroundings; tests pass their own. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  workflowsDir: string;
}

export class UsageError extends Error {}

export type Command = (args: string[], io: CliIo) => number;
