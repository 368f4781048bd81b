export * from './dossier.plan';
export * from './dossier-ledger.service';
export * from './citizen-notice.types';
export * from './portal-sync.types';
export * from './dossier-ledger.module';
