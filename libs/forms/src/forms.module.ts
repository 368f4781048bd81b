import { Module } from '@nestjs/common';
import { CatalogModule } from '@motcua/catalog';
import { DossierModule } from '@motcua/dossier';
import { FormsController } from './forms.controller';
import { FormsService } from './forms.service';

/** Statutory forms 01–06 of a dossier as printable HTML and PDF. */
@Module({
  imports: [CatalogModule, DossierModule],
  controllers: [FormsController],
  providers: [FormsService],
})
export class FormsModule {}
