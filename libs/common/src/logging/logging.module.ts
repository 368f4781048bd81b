import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { EnvData } from '../config/env-data.config';
import { resolveLogFormat } from './log-format.rules';
import { loggingParams } from './logging.config';

/**
 * Structured logs (pino: JSON lines, or readable lines in a terminal) with a request id per HTTP request. Import it in a process's root module, create
 * the app with `bufferLogs: true`, then `app.useLogger(app.get(Logger))` (`Logger` from nestjs-pino).
 */
@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [EnvData],
      useFactory: (env: EnvData) =>
        loggingParams(
          env.logLevel,
          resolveLogFormat(env.logFormat, env.nodeEnv, Boolean(process.stdout.isTTY)),
        ),
    }),
  ],
  exports: [LoggerModule],
})
export class LoggingModule {}

/** The Nest logger service writing through pino: `app.useLogger(app.get(JsonLogger))`. */
export { Logger as JsonLogger } from 'nestjs-pino';
