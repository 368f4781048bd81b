import { type DynamicModule, Module } from '@nestjs/common';
import { EnvData } from './env-data.config';
import { loadEnvironment } from './load-environment.config';
import { mapEnvironment } from './map-environment.rules';

/**
 * EnvData for every module of the process: the environment read the same way the process entry reads it
 * (loadEnvironment), validated once and mapped once, when the application is built.
 */
@Module({})
export class AppConfigModule {
  static forRoot(): DynamicModule {
    return {
      module: AppConfigModule,
      global: true,
      providers: [{ provide: EnvData, useFactory: (): EnvData => mapEnvironment(loadEnvironment()) }],
      exports: [EnvData],
    };
  }
}
