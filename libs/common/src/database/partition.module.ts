import { Module } from '@nestjs/common';
import { PartitionRepository } from './partition.repository';
import { PartitionService } from './partition.service';

/** The monthly partitions of the tables that grow with every dossier (the worker keeps them ahead). */
@Module({ providers: [PartitionRepository, PartitionService], exports: [PartitionService] })
export class PartitionModule {}
