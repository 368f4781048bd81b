export * from './revision-migration.dto';
export * from './revision-migration.plan';
export * from './revision-migration.service';
export * from './revision-migration.view';
export * from './step-mapping.rules';
