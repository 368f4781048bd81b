import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogModule } from '@motcua/catalog';
import { DossierModule } from '@motcua/dossier';
import { DossierResultEntity } from './dossier-result.entity';
import { ResultController } from './result.controller';
import { ResultRepository } from './result.repository';
import { ResultService } from './result.service';
import { pdfSignerProvider } from './signing/pdf-signer.config';

/** The dossier's electronic result: recorded, signed (PAdES), read, and verified. */
@Module({
  imports: [TypeOrmModule.forFeature([DossierResultEntity]), CatalogModule, DossierModule],
  controllers: [ResultController],
  providers: [pdfSignerProvider, ResultRepository, ResultService],
  exports: [ResultService],
})
export class ResultModule {}
