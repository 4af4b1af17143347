import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Lang, ParseUuid } from '@app/common';
import type { Language } from '@app/contracts';
import type { AuthUser } from '../../platform/access/auth-user';
import { CurrentUser, Roles } from '../../platform/access/access.decorators';
import {
  ControlHistoryResponseDto,
  ControlListQueryDto,
  ControlPointsResponseDto,
  ControlQueryDto,
  ControlSummaryResponseDto,
} from './dto/control.dto';
import { ControlService } from './control.service';

@ApiTags('control')
@ApiBearerAuth()
@Roles('organizer', 'secretary')
@Controller('control')
export class ControlController {
  constructor(private readonly control: ControlService) {}

  @Get('points')
  @ApiOkResponse({
    type: ControlPointsResponseDto,
    description: 'With no filter: the user’s own organizations’ points overdue or due within 14 days',
  })
  points(
    @CurrentUser() user: AuthUser,
    @Query() query: ControlListQueryDto,
    @Lang() lang: Language,
  ): Promise<ControlPointsResponseDto> {
    return this.control.points(user, query, lang);
  }

  @Get('summary')
  @ApiOkResponse({ type: ControlSummaryResponseDto })
  summary(
    @CurrentUser() user: AuthUser,
    @Query() query: ControlQueryDto,
    @Lang() lang: Language,
  ): Promise<ControlSummaryResponseDto> {
    return this.control.summary(user, query, lang);
  }

  @Get('points/:id/history')
  @ApiOkResponse({ type: ControlHistoryResponseDto })
  history(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUuid()) id: string,
    @Lang() lang: Language,
  ): Promise<ControlHistoryResponseDto> {
    return this.control.history(user, id, lang);
  }
}
