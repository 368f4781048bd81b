import { Module } from '@nestjs/common';
import { CatalogModule } from '@motcua/catalog';
import { ReadReplicaModule } from '@motcua/common';
import { ImprovementController } from './improvement.controller';
import { StepAnalyticsRepository } from './step-analytics.repository';
import { StepAnalyticsService } from './step-analytics.service';

@Module({
  imports: [CatalogModule, ReadReplicaModule],
  controllers: [ImprovementController],
  providers: [StepAnalyticsRepository, StepAnalyticsService],
  exports: [StepAnalyticsService],
})
export class StepAnalyticsModule {}
