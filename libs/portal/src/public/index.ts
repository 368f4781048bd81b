export * from './dossier-rating.entity';
export * from './lookup-key';
export * from './public.exception';
export * from './public-dossier.view';
export * from './rate-limiter';
export * from './rating.dto';
export * from './citizen-notes.view';
