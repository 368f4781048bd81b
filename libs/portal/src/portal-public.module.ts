import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogModule } from '@motcua/catalog';
import { DossierRepository } from '@motcua/dossier';
import { DossierRatingEntity } from './public/dossier-rating.entity';
import { DossierRatingRepository } from './public/dossier-rating.repository';
import { PublicDossierController } from './public/public-dossier.controller';
import { PublicDossierService } from './public/public-dossier.service';
import {
  DEFAULT_PUBLIC_RATE_LIMIT,
  FixedWindowLimiter,
  PUBLIC_RATE_LIMIT,
  type RateLimit,
} from './public/rate-limiter';
import { PublicRateLimitGuard } from './public/rate-limit.guard';
import { SatisfactionController } from './public/satisfaction.controller';
import { SatisfactionService } from './public/satisfaction.service';

/** The citizen's lookup and rating (no login, rate-limited) and the satisfaction report built on the ratings. */
@Module({
  imports: [TypeOrmModule.forFeature([DossierRatingEntity]), CatalogModule],
  controllers: [PublicDossierController, SatisfactionController],
  providers: [
    {
      provide: PUBLIC_RATE_LIMIT,
      inject: [ConfigService],
      useFactory: (config: ConfigService): RateLimit => ({
        ...DEFAULT_PUBLIC_RATE_LIMIT,
        limit: Number(config.get('PUBLIC_RATE_LIMIT') ?? DEFAULT_PUBLIC_RATE_LIMIT.limit),
      }),
    },
    DossierRepository,
    FixedWindowLimiter,
    PublicRateLimitGuard,
    DossierRatingRepository,
    PublicDossierService,
    SatisfactionService,
  ],
})
export class PortalPublicModule {}
