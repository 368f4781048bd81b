export * from './contract.render';
export * from './openapi.schema';
