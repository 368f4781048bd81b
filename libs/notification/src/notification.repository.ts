import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In, IsNull } from 'typeorm';
import { NotificationDeliveryEntity } from './notification-delivery.entity';
import { NotificationEntity } from './notification.entity';
import { INSERT_NEW_DELIVERIES_SQL, INSERT_NEW_NOTIFICATIONS_SQL } from './notification.sql';
import type { Channel } from './notification.types';

export type NotificationDraft = Omit<NotificationEntity, 'id' | 'readAt'>;

export interface NotificationPageQuery {
  userId: string;
  unreadOnly: boolean;
  limit: number;
  after?: { createdAt: Date; id: string };
}

@Injectable()
export class NotificationRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Inserts the drafts whose dedupe key is new (across every month: `notification_once` holds the keys); returns
   * those inserted.
   */
  async insertNew(manager: EntityManager, drafts: NotificationDraft[]): Promise<NotificationEntity[]> {
    if (drafts.length === 0) return [];
    const rows = drafts.map((d) => ({
      id: randomUUID(),
      user_id: d.userId,
      dossier_id: d.dossierId,
      dossier_code: d.dossierCode,
      kind: d.kind,
      flag: d.flag,
      level: d.level,
      title: d.title,
      body: d.body,
      created_at: d.createdAt,
      dedupe_key: d.dedupeKey,
    }));
    const inserted = (await manager.query(INSERT_NEW_NOTIFICATIONS_SQL, [JSON.stringify(rows)])) as Array<{
      id: string;
    }>;
    const ids = inserted.map((r) => r.id);
    return ids.length === 0 ? [] : manager.getRepository(NotificationEntity).findBy({ id: In(ids) });
  }

  /** A delivery per notification and channel, those not made before (`notification_delivery_once`). */
  async insertDeliveries(
    manager: EntityManager,
    notificationIds: string[],
    channels: Channel[],
    at: Date,
  ): Promise<void> {
    const pairs = notificationIds.flatMap((notificationId) =>
      channels.map((channel) => ({ notificationId, channel })),
    );
    if (pairs.length > 0)
      await manager.query(INSERT_NEW_DELIVERIES_SQL, [
        pairs.map((p) => p.notificationId),
        pairs.map((p) => p.channel),
        at,
      ]);
  }

  /** Locks a delivery row until `manager`'s transaction ends: one sender at a time. */
  lockDelivery(
    manager: EntityManager,
    notificationId: string,
    channel: Channel,
  ): Promise<NotificationDeliveryEntity | null> {
    return manager
      .getRepository(NotificationDeliveryEntity)
      .findOne({ where: { notificationId, channel }, lock: { mode: 'pessimistic_write' } });
  }

  async deliveryAttempted(manager: EntityManager, id: string, at: Date, error: string | null): Promise<void> {
    await manager.query(
      `UPDATE notification_delivery SET attempts = attempts + 1, last_error = $3,
              delivered_at = CASE WHEN $3::text IS NULL THEN $2::timestamptz ELSE delivered_at END
        WHERE id = $1`,
      [id, at, error],
    );
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<NotificationEntity | null> {
    return manager.getRepository(NotificationEntity).findOneBy({ id });
  }

  /** A user's notifications, newest first, after the cursor; one more than `limit` tells there is a next page. */
  page({ userId, unreadOnly, limit, after }: NotificationPageQuery): Promise<NotificationEntity[]> {
    const q = this.dataSource
      .getRepository(NotificationEntity)
      .createQueryBuilder('n')
      .where('n.user_id = :userId', { userId });
    if (unreadOnly) q.andWhere('n.read_at IS NULL');
    if (after) q.andWhere('(n.created_at, n.id) < (:at, :id)', { at: after.createdAt, id: after.id });
    return q.orderBy('n.created_at', 'DESC').addOrderBy('n.id', 'DESC').limit(limit).getMany();
  }

  /** Marks one of the user's notifications read (the first reading stays); null when it is not theirs. */
  async markRead(userId: string, id: string, at: Date): Promise<NotificationEntity | null> {
    const notifications = this.dataSource.getRepository(NotificationEntity);
    await notifications.update({ id, userId, readAt: IsNull() }, { readAt: at });
    return notifications.findOneBy({ id, userId });
  }

  /** Marks those of `ids` that are the user's and unread; another user's are left as they are. */
  async markManyRead(userId: string, ids: string[], at: Date): Promise<number> {
    const result = await this.dataSource
      .getRepository(NotificationEntity)
      .update({ id: In(ids), userId, readAt: IsNull() }, { readAt: at });
    return result.affected ?? 0;
  }

  async markAllRead(userId: string, at: Date): Promise<number> {
    const result = await this.dataSource
      .getRepository(NotificationEntity)
      .update({ userId, readAt: IsNull() }, { readAt: at });
    return result.affected ?? 0;
  }

  /** Deliveries not yet made, created before `before` (the sweep's view). */
  undelivered(before: Date, limit: number): Promise<Array<{ notificationId: string; channel: Channel }>> {
    return this.dataSource
      .getRepository(NotificationDeliveryEntity)
      .createQueryBuilder('d')
      .select(['d.notificationId', 'd.channel'])
      .where('d.delivered_at IS NULL AND d.created_at < :before', { before })
      .orderBy('d.created_at', 'ASC')
      .limit(limit)
      .getMany();
  }
}
