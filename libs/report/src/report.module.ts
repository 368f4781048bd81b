import { Module } from '@nestjs/common';
import { CatalogModule } from '@motcua/catalog';
import { ReportController } from './report.controller';
import { ReportRepository } from './report.repository';
import { ReportService } from './report.service';

@Module({
  imports: [CatalogModule],
  controllers: [ReportController],
  providers: [ReportRepository, ReportService],
})
export class ReportModule {}
