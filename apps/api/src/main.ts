import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { JsonLogger, loadEnvironment, prepareDatabase } from '@motcua/common';
import { ApiModule } from './api.module';
import { configureApi } from './api.config';

async function bootstrap(): Promise<void> {
  const env = loadEnvironment();
  await prepareDatabase(env.DATABASE_URL, env.DB_MIGRATE_ON_START);
  // Logs written while the modules start are held until the JSON logger can take them.
  const app = await NestFactory.create(ApiModule, { bufferLogs: true });
  app.useLogger(app.get(JsonLogger));
  configureApi(app);
  app.enableShutdownHooks();
  await app.listen(env.API_PORT, '0.0.0.0');
  Logger.log(`api listening on http://127.0.0.1:${env.API_PORT} (docs: /docs)`, 'Bootstrap');
}

bootstrap().catch((error: Error) => {
  console.error(`api failed to start: ${error.message}`);
  process.exit(1);
});
