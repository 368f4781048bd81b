import { Body, Controller, Get, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type Catalog, CATALOG } from '@motcua/catalog';
import { Clock } from '@motcua/common';
import { type AuthUser, CurrentUser, improvementScope, Roles } from '@motcua/identity';
import { SimulationErrorCode, SimulationException } from './simulation.exception';
import { SimulationRequestDto } from './simulation-request.dto';
import { DraftFileView, SimulationResultView } from './simulation-result.view';
import { SimulationService } from './simulation.service';

@ApiTags('improvement')
@ApiBearerAuth()
@Controller('improvement/simulations')
export class SimulationController {
  constructor(
    private readonly service: SimulationService,
    @Inject(CATALOG) private readonly catalog: Catalog,
    private readonly clock: Clock,
  ) {}

  private units(user: AuthUser): string[] | null {
    const scope = improvementScope(user, this.catalog.org);
    if (!scope) throw new SimulationException(SimulationErrorCode.Forbidden);
    return scope.units;
  }

  /** The current revision's file of a procedure, to start a draft from; read as a simulation is. */
  @Get('drafts/:code')
  @Roles('supervisor', 'iso', 'leader', 'head', 'admin')
  @ApiOkResponse({ type: DraftFileView })
  draft(@CurrentUser() user: AuthUser, @Param('code') code: string): DraftFileView {
    return this.service.currentFile(code, this.units(user));
  }

  /**
   * Replays the period's dossiers through the current revision and the draft; the procedure's agency must be one
   * of the reader's units (improvementScope). Nothing is written.
   */
  @Post()
  @HttpCode(200)
  @Roles('supervisor', 'iso', 'leader', 'head', 'admin')
  @ApiOkResponse({ type: SimulationResultView })
  simulate(@CurrentUser() user: AuthUser, @Body() body: SimulationRequestDto): Promise<SimulationResultView> {
    const units = this.units(user);
    const pairs = <T>(list: T[] | undefined, key: (t: T) => [string, number]) =>
      list ? Object.fromEntries(list.map(key)) : undefined;
    return this.service.run(
      {
        draft: body.draft,
        from: body.from,
        to: body.to,
        seed: body.seed,
        staff: pairs(body.staff, (s) => [s.unit, s.officers]),
        assume: pairs(body.assume, (a) => [a.step, a.minutes]),
      },
      units,
      this.clock.now(),
    );
  }
}
