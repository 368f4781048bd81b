import { Module } from '@nestjs/common';
import { CatalogModule } from '@motcua/catalog';
import { ReadReplicaModule } from '@motcua/common';
import { DossierModule } from '@motcua/dossier';
import { FormsController } from './forms.controller';
import { FormsService } from './forms.service';
import { TrackingBookController } from './tracking-book.controller';
import { TrackingBookRepository } from './tracking-book.repository';
import { TrackingBookService } from './tracking-book.service';

/** Statutory forms 01–06 of a dossier and the tracking book (07) of a unit, as printable HTML and PDF. */
@Module({
  imports: [CatalogModule, DossierModule, ReadReplicaModule],
  controllers: [FormsController, TrackingBookController],
  providers: [FormsService, TrackingBookService, TrackingBookRepository],
})
export class FormsModule {}
