import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { JsonLogger, loadEnvironment, prepareDatabase } from '@motcua/common';
import { WorkerModule } from './worker.module';

async function bootstrap(): Promise<void> {
  const env = loadEnvironment();
  await prepareDatabase(env.DATABASE_URL, env.DB_MIGRATE_ON_START);
  // The worker serves only /health over HTTP; its real work is queue processing.
  const app = await NestFactory.create(WorkerModule, { bufferLogs: true });
  app.useLogger(app.get(JsonLogger));
  app.enableShutdownHooks();
  await app.listen(env.WORKER_PORT, '0.0.0.0');
  Logger.log(`worker up; health on http://127.0.0.1:${env.WORKER_PORT}/health`, 'Bootstrap');
}

bootstrap().catch((error: Error) => {
  console.error(`worker failed to start: ${error.message}`);
  process.exit(1);
});
