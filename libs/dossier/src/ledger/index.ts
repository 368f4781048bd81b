export * from './dossier.plan';
export * from './dossier.ledger';
export * from './citizen-notice.port';
