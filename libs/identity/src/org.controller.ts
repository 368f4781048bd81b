import { Controller, Get, Inject, Param } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiUnprocessableEntityResponse,
  ApiOkResponse,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import { type Catalog, CATALOG } from '@motcua/catalog';
import { findUnit } from '@motcua/engine';
import { type AuthUser, canListUnitUsers } from './access.rules';
import { CurrentUser } from './current-user.decorator';
import { IdentityErrorCode, IdentityException } from './identity.exception';
import { OrgUnitView, OrgUserView } from './org.view';
import { UserRepository } from './user.repository';

/**
 * The organization as staff screens need it: unit names for everyone; who works in a unit only for those who
 * need it (its head, to reassign a step; its center's supervisor; an admin).
 */
@ApiTags('org')
@ApiBearerAuth()
@Controller('org')
export class OrgController {
  constructor(
    private readonly users: UserRepository,
    @Inject(CATALOG) private readonly catalog: Catalog,
  ) {}

  @Get('units')
  @ApiOkResponse({ type: [OrgUnitView] })
  units(): OrgUnitView[] {
    return this.catalog.org.units.map((u) => ({
      id: u.id,
      name: u.name,
      level: u.level,
      parent: u.parent ?? null,
      roles: [...u.roles],
    }));
  }

  @Get('units/:unit/users')
  @ApiParam({ name: 'unit', example: 'tu-phap-xa' })
  @ApiOkResponse({ type: [OrgUserView], description: 'active users of the unit' })
  @ApiUnprocessableEntityResponse({ description: 'UNKNOWN_UNIT' })
  @ApiForbiddenResponse({ description: 'FORBIDDEN_UNIT: only its head, its center supervisor, an admin' })
  async unitUsers(@CurrentUser() user: AuthUser, @Param('unit') unit: string): Promise<OrgUserView[]> {
    if (!findUnit(this.catalog.org, unit))
      throw new IdentityException(IdentityErrorCode.UnknownUnit, `no unit with id '${unit}'`);
    if (!canListUnitUsers(user, this.catalog.org, unit))
      throw new IdentityException(
        IdentityErrorCode.ForbiddenUnit,
        'Chỉ trưởng đơn vị, giám sát của trung tâm và quản trị xem được danh sách cán bộ của đơn vị',
      );
    return (await this.users.findActiveByUnit(unit))
      .filter((u) => !u.roles.includes('portal'))
      .map((u) => ({ username: u.username, fullName: u.fullName, title: u.title, roles: [...u.roles] }));
  }
}
