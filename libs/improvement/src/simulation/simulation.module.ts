import { Module } from '@nestjs/common';
import { CatalogModule } from '@motcua/catalog';
import { SimulationController } from './simulation.controller';
import { SimulationRepository } from './simulation.repository';
import { SimulationService } from './simulation.service';

@Module({
  imports: [CatalogModule],
  controllers: [SimulationController],
  providers: [SimulationRepository, SimulationService],
  exports: [SimulationService],
})
export class SimulationModule {}
