import { Injectable } from '@nestjs/common';
import { Clock } from '@motcua/common';
import type { AuthUser } from '@motcua/identity';
import type { ListNotificationsDto } from './list-notifications.dto';
import type { NotificationEntity } from './notification.entity';
import { NotificationErrorCode, NotificationException } from './notification.exception';
import { NotificationRepository } from './notification.repository';
import { type NotificationPage, type NotificationView, toNotificationView } from './notification.view';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const encodeCursor = (n: NotificationEntity): string =>
  Buffer.from(`${n.createdAt.toISOString()}|${n.id}`).toString('base64url');

function decodeCursor(cursor: string): { createdAt: Date; id: string } {
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const createdAt = new Date(at);
  if (!id || Number.isNaN(createdAt.getTime()) || !UUID.test(id)) {
    throw new NotificationException(
      NotificationErrorCode.InvalidCursor,
      'cursor: not a cursor this API gave out',
    );
  }
  return { createdAt, id };
}

/** The caller's own notifications: nobody reads or marks another user's. */
@Injectable()
export class NotificationQueryService {
  constructor(
    private readonly notifications: NotificationRepository,
    private readonly clock: Clock,
  ) {}

  async list(user: AuthUser, filter: ListNotificationsDto): Promise<NotificationPage> {
    const limit = filter.limit ?? 20;
    const rows = await this.notifications.page({
      userId: user.id,
      unreadOnly: filter.unread === true,
      limit: limit + 1,
      ...(filter.cursor ? { after: decodeCursor(filter.cursor) } : {}),
    });
    const page = rows.slice(0, limit);
    return {
      items: page.map(toNotificationView),
      nextCursor: rows.length > limit ? encodeCursor(page[page.length - 1]) : null,
    };
  }

  async markRead(user: AuthUser, id: string): Promise<NotificationView> {
    const found = UUID.test(id) ? await this.notifications.markRead(user.id, id, this.clock.now()) : null;
    if (!found)
      throw new NotificationException(NotificationErrorCode.NotFound, `no notification '${id}' of yours`);
    return toNotificationView(found);
  }

  async markManyRead(user: AuthUser, ids: string[]): Promise<{ updated: number }> {
    return { updated: await this.notifications.markManyRead(user.id, [...new Set(ids)], this.clock.now()) };
  }

  async markAllRead(user: AuthUser): Promise<{ updated: number }> {
    return { updated: await this.notifications.markAllRead(user.id, this.clock.now()) };
  }
}
