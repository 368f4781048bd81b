export type { components, paths } from './api';
export * from './contract.render';
export * from './openapi.schema';
