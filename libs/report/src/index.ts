export * from './report-columns.config';
export * from './period-query.dto';
export * from './report-export.rules';
export * from './report.module';
export * from './report.service';
export * from './trend-query.dto';
export * from './report-source.rules';
