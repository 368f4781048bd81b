import { Controller, Get, Inject, Param } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiParam,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { ErrorResponseView } from '@motcua/common';
import type { Catalog } from './catalog.types';
import { CatalogErrorCode, CatalogException } from './catalog.exception';
import { CATALOG } from './catalog.config';
import { CalendarView, CalendarYearDetailView, toCalendarView, toCalendarYearDetail } from './calendar.view';

@ApiTags('calendar')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ErrorResponseView, description: 'UNAUTHENTICATED' })
@Controller('calendar')
export class CalendarController {
  constructor(@Inject(CATALOG) private readonly catalog: Catalog) {}

  @Get()
  @ApiOkResponse({ type: CalendarView, description: 'the covered years, each official or provisional' })
  overview(): CalendarView {
    return toCalendarView(this.catalog.calendar);
  }

  @Get(':year')
  @ApiParam({ name: 'year', example: '2027' })
  @ApiOkResponse({ type: CalendarYearDetailView })
  @ApiNotFoundResponse({ type: ErrorResponseView, description: 'CALENDAR_YEAR_NOT_COVERED' })
  year(@Param('year') raw: string): CalendarYearDetailView {
    const { fromYear, toYear } = this.catalog.calendar.coverage;
    const year = Number(raw);
    if (!/^\d{4}$/.test(raw) || year < fromYear || year > toYear) {
      throw new CatalogException(
        CatalogErrorCode.CalendarYearNotCovered,
        `Lịch làm việc chỉ có các năm ${fromYear}–${toYear}; không có năm '${raw}'`,
        { fromYear, toYear },
      );
    }
    return toCalendarYearDetail(this.catalog.calendar, year);
  }
}
