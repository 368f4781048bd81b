export * from './simulation.module';
export * from './simulation.service';
export * from './simulation-result.types';
export * from './simulation-figures.rules';
export * from './simulation.repository';
export * from './simulation-request.dto';
export * from './simulation-result.view';
export { DEFAULT_SEED } from './simulation-replay.rules';
