export * from './step-analytics.module';
export * from './step-analytics.service';
export * from './step-figure.types';
export * from './simulation';
export * from './review-pack/review-pack.module';
export * from './review-pack/review-pack.types';
export * from './step-period.rules';
