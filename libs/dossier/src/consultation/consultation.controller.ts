import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentUser, Roles } from '@motcua/identity';
import { ListConsultationsDto } from './consultation.dto';
import { ConsultationService } from './consultation.service';
import { ConsultationView } from './consultation.view';

@ApiTags('dossiers')
@ApiBearerAuth()
@Controller('consultations')
export class ConsultationController {
  constructor(private readonly consultations: ConsultationService) {}

  /** The opinions asked of the user's unit: the open ones by due instant (`all=true`: answered ones too). */
  @Get()
  @Roles('officer', 'head', 'leader')
  @ApiOkResponse({ type: [ConsultationView] })
  list(@CurrentUser() user: AuthUser, @Query() query: ListConsultationsDto): Promise<ConsultationView[]> {
    return this.consultations.forUnit(user, query.all === 'true');
  }
}
