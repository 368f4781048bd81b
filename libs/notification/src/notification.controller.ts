import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ErrorResponseView } from '@motcua/common';
import { type AuthUser, CurrentUser } from '@motcua/identity';
import { ListNotificationsDto, ReadNotificationsDto } from './list-notifications.dto';
import { NotificationQueryService } from './notification-query.service';
import { NotificationPage, NotificationView, ReadAllView } from './notification.view';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationController {
  constructor(private readonly notifications: NotificationQueryService) {}

  @Get()
  @ApiOkResponse({ type: NotificationPage, description: "the caller's notifications, newest first" })
  list(@CurrentUser() user: AuthUser, @Query() filter: ListNotificationsDto): Promise<NotificationPage> {
    return this.notifications.list(user, filter);
  }

  @Post('read-all')
  @HttpCode(200)
  @ApiOkResponse({ type: ReadAllView })
  readAll(@CurrentUser() user: AuthUser): Promise<ReadAllView> {
    return this.notifications.markAllRead(user);
  }

  @Post('read')
  @HttpCode(200)
  @ApiOkResponse({ type: ReadAllView, description: "those of `ids` that are the caller's, marked read now" })
  readMany(@CurrentUser() user: AuthUser, @Body() body: ReadNotificationsDto): Promise<ReadAllView> {
    return this.notifications.markManyRead(user, body.ids);
  }

  @Post(':id/read')
  @HttpCode(200)
  @ApiOkResponse({ type: NotificationView })
  @ApiNotFoundResponse({
    type: ErrorResponseView,
    description: "NOTIFICATION_NOT_FOUND: none, or another user's",
  })
  read(@CurrentUser() user: AuthUser, @Param('id') id: string): Promise<NotificationView> {
    return this.notifications.markRead(user, id);
  }
}
