export * from './dossier.plan';
export * from './dossier.ledger';
export * from './citizen-notice.port';
export * from './portal-sync.port';
export * from './dossier-ledger.module';
