export * from './step-figure.types';
export * from './review-pack/review-pack.module';
export * from './review-pack/review-pack.types';
