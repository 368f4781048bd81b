import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OutboxEntity } from './outbox.entity';
import { OutboxRepository } from './outbox.repository';

/**
 * The outbox, for any process that commits state changes (the api writes jobs as outbox rows and never talks
 * to the queues).
 */
@Module({
  imports: [TypeOrmModule.forFeature([OutboxEntity])],
  providers: [OutboxRepository],
  exports: [OutboxRepository],
})
export class OutboxModule {}
