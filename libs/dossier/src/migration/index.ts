export * from './migrate-revision.dto';
export * from './revision-migration.plan';
export * from './revision-migration.service';
export * from './migration.view';
export * from './step-mapping.rules';
