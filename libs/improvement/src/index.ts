export * from './step-analytics.module';
export * from './step-analytics.service';
export * from './step-figure.types';
export * from './step-period.rules';
