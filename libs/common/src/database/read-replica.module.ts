import { Module } from '@nestjs/common';
import { ReadReplicaService } from './read-replica.service';

/** The reports' reading connection (DATABASE_REPLICA_URL, or the primary): declared here only. */
@Module({
  providers: [ReadReplicaService],
  exports: [ReadReplicaService],
})
export class ReadReplicaModule {}
