export * from './step-figure.types';
export * from './simulation';
