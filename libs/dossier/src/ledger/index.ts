export * from './dossier.plan';
export * from './dossier.ledger';
