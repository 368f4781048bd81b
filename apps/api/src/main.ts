import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { loadEnvironment, logLevelsUpTo, prepareDatabase } from '@motcua/common';
import { ApiModule } from './api.module';

async function bootstrap(): Promise<void> {
  const env = loadEnvironment();
  await prepareDatabase(env.DATABASE_URL, env.DB_MIGRATE_ON_START);
  const app = await NestFactory.create(ApiModule, { logger: logLevelsUpTo(env.LOG_LEVEL) });
  app.setGlobalPrefix('api/v1', { exclude: ['health'] });
  app.enableShutdownHooks();
  await app.listen(env.API_PORT, '0.0.0.0');
  Logger.log(`api listening on http://127.0.0.1:${env.API_PORT}`, 'Bootstrap');
}

bootstrap().catch((error: Error) => {
  console.error(`api failed to start: ${error.message}`);
  process.exit(1);
});
