import { Body, Controller, Delete, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Lang, ParseUuid } from '@app/common';
import type { Language } from '@app/contracts';
import type { AuthUser } from '../../../platform/access/auth-user';
import { CurrentUser } from '../../../platform/access/access.decorators';
import { PointResponseDto } from '../dto/resolution.dto';
import { CreateIndicatorDto, UpdateIndicatorDto } from './point-indicators.dto';
import { PointIndicatorsService } from './point-indicators.service';

/** Target indicators of a resolution's point; each answer is the point with its indicators. */
@ApiTags('resolutions')
@ApiBearerAuth()
@Controller('resolutions/:id/points/:pointId/indicators')
export class PointIndicatorsController {
  constructor(private readonly indicators: PointIndicatorsService) {}

  @Post()
  @ApiCreatedResponse({
    type: PointResponseDto,
    description: "By the event's secretaries and organizers, on a draft: an adopted act is 409 INDICATOR_TARGET_FIXED",
  })
  add(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUuid()) id: string,
    @Param('pointId', ParseUuid('pointId')) pointId: string,
    @Body() dto: CreateIndicatorDto,
    @Lang() lang: Language,
  ): Promise<PointResponseDto> {
    return this.indicators.add(user, id, pointId, dto, lang);
  }

  @Patch(':indicatorId')
  @ApiOkResponse({
    type: PointResponseDto,
    description:
      'The actual value: by the event organizers or the responsible organization, at any time. The name, unit and ' +
      "target: by the event's drafters, while the act is a draft (then 409 INDICATOR_TARGET_FIXED)",
  })
  update(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUuid()) id: string,
    @Param('pointId', ParseUuid('pointId')) pointId: string,
    @Param('indicatorId', ParseUuid('indicatorId')) indicatorId: string,
    @Body() dto: UpdateIndicatorDto,
    @Lang() lang: Language,
  ): Promise<PointResponseDto> {
    return this.indicators.update(user, id, pointId, indicatorId, dto, lang);
  }

  @Delete(':indicatorId')
  @ApiOkResponse({ type: PointResponseDto, description: 'On a draft only' })
  remove(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUuid()) id: string,
    @Param('pointId', ParseUuid('pointId')) pointId: string,
    @Param('indicatorId', ParseUuid('indicatorId')) indicatorId: string,
    @Lang() lang: Language,
  ): Promise<PointResponseDto> {
    return this.indicators.remove(user, id, pointId, indicatorId, lang);
  }
}
