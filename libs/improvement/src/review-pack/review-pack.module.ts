import { Module } from '@nestjs/common';
import { CatalogModule } from '@motcua/catalog';
import { ReadReplicaModule } from '@motcua/common';
import { ReviewPackController } from './review-pack.controller';
import { ReviewPackRepository } from './review-pack.repository';
import { ReviewPackService } from './review-pack.service';

@Module({
  imports: [CatalogModule, ReadReplicaModule],
  controllers: [ReviewPackController],
  providers: [ReviewPackRepository, ReviewPackService],
})
export class ReviewPackModule {}
