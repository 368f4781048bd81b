import { Module } from '@nestjs/common';
import { CatalogModule } from '@motcua/catalog';
import { ReadReplicaModule } from '@motcua/common';
import { StepAnalyticsModule } from '../step-analytics.module';
import { ReviewPackController } from './review-pack.controller';
import { ReviewPackRepository } from './review-pack.repository';
import { ReviewPackService } from './review-pack.service';

@Module({
  imports: [CatalogModule, ReadReplicaModule, StepAnalyticsModule],
  controllers: [ReviewPackController],
  providers: [ReviewPackRepository, ReviewPackService],
})
export class ReviewPackModule {}
