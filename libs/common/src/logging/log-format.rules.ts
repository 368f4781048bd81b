/** How log records are written: one JSON object a line (production, files, collectors) or readable lines. */
export type LogFormat = 'json' | 'pretty';
export type LogFormatSetting = LogFormat | 'auto';

/**
 * LOG_FORMAT=auto (the default) writes readable lines to a terminal, outside production; JSON everywhere else
 * (a pipe, a file, a container's log collector, and production always unless it asks for pretty by name).
 */
export function resolveLogFormat(setting: LogFormatSetting, nodeEnv: string, isTty: boolean): LogFormat {
  if (setting !== 'auto') return setting;
  return isTty && nodeEnv !== 'production' ? 'pretty' : 'json';
}

/** The level of a finished request's line. In a terminal a request that went well says nothing at the default level. */
export function requestLogLevel(
  format: LogFormat,
  status: number,
  failed: boolean,
): 'error' | 'warn' | 'info' | 'debug' {
  if (failed || status >= 500) return 'error';
  if (format === 'json') return 'info';
  return status >= 400 ? 'warn' : 'debug';
}
