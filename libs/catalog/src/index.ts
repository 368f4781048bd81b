export * from './catalog';
export * from './catalog.loader';
export * from './catalog.module';
export * from './procedure-version.entity';
export * from './procedure-version.repository';
