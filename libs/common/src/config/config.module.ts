import { type DynamicModule, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { validateEnvironment } from './environment';
import { loadEnvironment } from './load-environment';

/**
 * Reads the environment the same way the process entry does (loadEnvironment), then validates it for injection.
 * A function rather than a static import, so the environment is read when the app module is built.
 */
@Module({})
export class AppConfigModule {
  static forRoot(): Promise<DynamicModule> {
    loadEnvironment();
    return ConfigModule.forRoot({
      isGlobal: true,
      cache: true,
      ignoreEnvFile: true,
      validate: validateEnvironment,
    });
  }
}
