export * from './step-figure.types';
