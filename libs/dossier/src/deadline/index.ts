export * from './deadline.rules';
export * from './deadline.plan';
export * from './dossier-flag.repository';
export * from './deadline-tracker.service';
export * from './deadline.service';
export * from './deadline-sweep.repository';
export * from './deadline-sweep.service';
export * from './deadline.module';
