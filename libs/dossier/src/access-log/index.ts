export * from './access-log.types';
export * from './access-log-writer.service';
