export * from './source-error';
export * from './yaml-source';
export * from './schema-check';
export * from './message-catalog';
export * from './suggest';
