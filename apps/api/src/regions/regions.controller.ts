import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Lang } from '@app/common';
import type { Language } from '@app/contracts';
import { Public, Roles } from '../auth/auth.decorators';
import { CreateRegionDto, ListRegionsQueryDto, RegionListResponseDto, RegionResponseDto } from './dto/region.dto';
import { RegionsService } from './regions.service';

@ApiTags('regions')
@Controller('regions')
export class RegionsController {
  constructor(private readonly regions: RegionsService) {}

  @Public()
  @Get()
  @ApiOkResponse({ type: RegionListResponseDto })
  list(@Query() query: ListRegionsQueryDto, @Lang() lang: Language): Promise<RegionListResponseDto> {
    return this.regions.list(query, lang);
  }

  @Public()
  @Get(':code')
  @ApiOkResponse({ type: RegionResponseDto })
  get(@Param('code') code: string, @Lang() lang: Language): Promise<RegionResponseDto> {
    return this.regions.get(code, lang);
  }

  @Post()
  @Roles('admin', 'organizer')
  @ApiBearerAuth()
  @ApiCreatedResponse({ type: RegionResponseDto })
  create(@Body() dto: CreateRegionDto, @Lang() lang: Language): Promise<RegionResponseDto> {
    return this.regions.create(dto, lang);
  }
}
