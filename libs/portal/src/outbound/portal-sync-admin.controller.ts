import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ErrorResponseView } from '@motcua/common';
import { Roles } from '@motcua/identity';
import { PortalSyncAdminService } from './portal-sync-admin.service';
import { ParkedMessageView } from './parked-message.view';

@ApiTags('portal-sync')
@ApiBearerAuth()
@Roles('admin')
@Controller('admin/portal-sync')
export class PortalSyncAdminController {
  constructor(private readonly admin: PortalSyncAdminService) {}

  @Get('parked')
  @ApiOkResponse({
    type: [ParkedMessageView],
    description: 'messages the portal refused too often, oldest first',
  })
  parked(): Promise<ParkedMessageView[]> {
    return this.admin.parked();
  }

  @Post('parked/:id/replay')
  @HttpCode(200)
  @ApiOkResponse({
    description: 'the message is pending again, with its attempts reset; its dossier is re-sent',
  })
  @ApiNotFoundResponse({ type: ErrorResponseView, description: 'SYNC_MESSAGE_NOT_PARKED' })
  replay(@Param('id', ParseUUIDPipe) id: string): Promise<{ id: string; status: 'pending' }> {
    return this.admin.replay(id);
  }
}
