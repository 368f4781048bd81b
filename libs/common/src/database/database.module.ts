import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EnvData } from '../config/env-data.config';
import { databaseOptions } from './database.config';

@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [EnvData],
      useFactory: (env: EnvData) => ({
        ...databaseOptions(env.database.url),
        autoLoadEntities: true,
      }),
    }),
  ],
})
export class DatabaseModule {}
