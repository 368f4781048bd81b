export * from './intake.service';
export * from './intake-reconciler.service';
export * from './pending-intake.repository';
export * from './intake.module';
