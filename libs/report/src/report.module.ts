import { Module } from '@nestjs/common';
import { CatalogModule } from '@motcua/catalog';
import { ReadReplicaModule } from '@motcua/common';
import { ReportController } from './report.controller';
import { ReportRepository } from './report.repository';
import { ReportService } from './report.service';
import { ReportTrendController } from './report-trend.controller';
import { ReportTrendRepository } from './report-trend.repository';
import { ReportTrendService } from './report-trend.service';

@Module({
  imports: [CatalogModule, ReadReplicaModule],
  controllers: [ReportController, ReportTrendController],
  providers: [ReportRepository, ReportService, ReportTrendRepository, ReportTrendService],
})
export class ReportModule {}
