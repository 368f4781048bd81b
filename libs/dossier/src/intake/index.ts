export * from './intake.service';
export * from './intake-sweep.service';
export * from './pending-intake.repository';
export * from './intake.module';
