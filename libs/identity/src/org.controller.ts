import { Controller, Get, Inject, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import { type Catalog, CATALOG } from '@motcua/catalog';
import { findUnit } from '@motcua/engine';
import { IdentityErrorCode, IdentityException } from './identity.exception';
import { OrgUnitView, OrgUserView } from './org.view';
import { UserRepository } from './user.repository';

/** The organization as staff screens need it: unit names, and who works in a unit (to reassign a step). */
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
  @ApiNotFoundResponse({ description: 'UNIT_NOT_FOUND' })
  async unitUsers(@Param('unit') unit: string): Promise<OrgUserView[]> {
    if (!findUnit(this.catalog.org, unit))
      throw new IdentityException(IdentityErrorCode.UnitNotFound, `no unit with id '${unit}'`);
    return (await this.users.findActiveByUnit(unit))
      .filter((u) => !u.roles.includes('portal'))
      .map((u) => ({ username: u.username, fullName: u.fullName, title: u.title, roles: [...u.roles] }));
  }
}
