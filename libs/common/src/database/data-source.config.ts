// Entry point for the TypeORM CLI (`npm run typeorm -- migration:show`); the processes use databaseOptions directly.
import { DataSource } from 'typeorm';
import { loadEnvironment } from '../config/load-environment.config';
import { databaseOptions } from './database.config';

export default new DataSource(databaseOptions(loadEnvironment().DATABASE_URL));
