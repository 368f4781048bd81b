export * from './dossier-rating.entity';
export * from './lookup-key.rules';
export * from './public.exception';
export * from './public-dossier.view';
export * from './rate-limiter.rules';
export * from './rate-dossier.dto';
export * from './public.view';
