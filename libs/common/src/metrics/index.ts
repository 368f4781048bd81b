export * from './metrics.service';
export * from './metrics.module';
export * from './metrics.controller';
export * from './open-dossiers.query';
export * from './queue.metrics';
export * from './metrics.access';
