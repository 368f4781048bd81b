export * from './metrics.service';
export * from './metrics.module';
export * from './queue-metrics.module';
export * from './metrics.controller';
export * from './open-dossiers.sql';
export * from './queue-metrics.service';
export * from './metrics-access.rules';
