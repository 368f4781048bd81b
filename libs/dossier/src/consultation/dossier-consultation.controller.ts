import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentUser, Roles } from '@motcua/identity';
import { AnswerConsultationDto, AskConsultationDto } from './consultation.dto';
import { ConsultationService } from './consultation.service';
import { ConsultationView } from './consultation.view';

@ApiTags('dossiers')
@ApiBearerAuth()
@Controller('dossiers/:code/consultations')
export class DossierConsultationController {
  constructor(private readonly consultations: ConsultationService) {}

  @Post()
  @ApiCreatedResponse({ type: ConsultationView })
  ask(
    @CurrentUser() user: AuthUser,
    @Param('code') code: string,
    @Body() dto: AskConsultationDto,
  ): Promise<ConsultationView> {
    return this.consultations.ask(user, code, dto);
  }

  @Get()
  @ApiOkResponse({ type: [ConsultationView] })
  list(@CurrentUser() user: AuthUser, @Param('code') code: string): Promise<ConsultationView[]> {
    return this.consultations.forDossier(user, code);
  }

  @Post(':id/answer')
  @HttpCode(200)
  @Roles('officer', 'head', 'leader')
  @ApiOkResponse({ type: ConsultationView })
  answer(
    @CurrentUser() user: AuthUser,
    @Param('code') code: string,
    @Param('id') id: string,
    @Body() dto: AnswerConsultationDto,
  ): Promise<ConsultationView> {
    return this.consultations.answer(user, code, id, dto);
  }
}
