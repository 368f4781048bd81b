/** What a command needs from its surroundings; tests pass their own. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  workflowsDir: string;
  /** All of standard input, or null when it is a terminal (nothing piped in). */
  readStdin?(): Promise<string | null>;
}

export class UsageError extends Error {}

export type Command = (args: string[], io: CliIo) => number;
export type AsyncCommand = (args: string[], io: CliIo) => Promise<number>;
