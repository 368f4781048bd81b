import { Module } from '@nestjs/common';
import { CatalogModule } from '@motcua/catalog';
import { SimulationRepository } from './simulation.repository';
import { SimulationService } from './simulation.service';

@Module({
  imports: [CatalogModule],
  providers: [SimulationRepository, SimulationService],
  exports: [SimulationService],
})
export class SimulationModule {}
