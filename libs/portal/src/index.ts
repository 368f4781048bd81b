export * from './portal-public.module';
export * from './public';
export * from './portal-inbound.module';
export * from './inbound';
export * from './portal-sync.module';
export * from './portal-sync-worker.module';
export * from './outbound';
