import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationController } from './notification.controller';
import { NotificationEntity } from './notification.entity';
import { NotificationQueryService } from './notification-query.service';
import { NotificationRepository } from './notification.repository';

/** The api's part: the caller's in-app notifications (`/notifications`). */
@Module({
  imports: [TypeOrmModule.forFeature([NotificationEntity])],
  controllers: [NotificationController],
  providers: [NotificationRepository, NotificationQueryService],
})
export class NotificationModule {}
