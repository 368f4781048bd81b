import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogModule } from '@motcua/catalog';
import { DossierLedgerModule } from '@motcua/dossier';
import { CitizenNotesRepository } from './public/citizen-notes.repository';
import { ResultModule } from '@motcua/result';
import { DossierRatingEntity } from './public/dossier-rating.entity';
import { DossierRatingRepository } from './public/dossier-rating.repository';
import { PublicDossierController } from './public/public-dossier.controller';
import { PublicDossierService } from './public/public-dossier.service';
import { EnvData } from '@motcua/common';
import { FixedWindowLimiter } from './public/rate-limiter.rules';
import { PUBLIC_LIMITS, PublicLimits, publicLimits } from './public/public-limits.config';
import { PublicRateLimitGuard } from './public/public-rate-limit.guard';
import { SatisfactionController } from './public/satisfaction.controller';
import { SatisfactionService } from './public/satisfaction.service';
import { ResultVerificationController } from './public/result-verification.controller';

/** The citizen's lookup and rating (no login, rate-limited) and the satisfaction report built on the ratings. */
@Module({
  imports: [
    TypeOrmModule.forFeature([DossierRatingEntity]),
    DossierLedgerModule,
    CatalogModule,
    ResultModule,
  ],
  controllers: [PublicDossierController, SatisfactionController, ResultVerificationController],
  providers: [
    {
      provide: PUBLIC_LIMITS,
      inject: [EnvData],
      useFactory: ({ portal }: EnvData) =>
        publicLimits(
          portal.public.rateLimit,
          portal.public.wrongKeysPerCode,
          portal.public.wrongKeysPerAddress,
        ),
    },
    FixedWindowLimiter,
    PublicLimits,
    PublicRateLimitGuard,
    DossierRatingRepository,
    CitizenNotesRepository,
    PublicDossierService,
    SatisfactionService,
  ],
})
export class PortalPublicModule {}
