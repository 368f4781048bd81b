export * from './report.columns';
export * from './report.dto';
export * from './report.export';
export * from './report.module';
export * from './report.service';
export * from './report.trend.dto';
