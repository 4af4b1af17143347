import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, Req } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import { AppError, Lang } from '@app/common';
import type { FastifyRequest } from 'fastify';
import type { Language } from '@app/contracts';
import { Public, Roles } from '../../platform/access/access.decorators';
import {
  CreateRegionDto,
  ListRegionsQueryDto,
  RegionImportResultDto,
  RegionListResponseDto,
  RegionQueryDto,
  RegionResponseDto,
  UpdateRegionDto,
} from './dto/region.dto';
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

  @Post('import')
  @HttpCode(200)
  @Roles('admin', 'organizer')
  @ApiBearerAuth()
  @ApiConsumes('text/csv')
  @ApiBody({ description: 'CSV (UTF-8, `,` or `;`): code, parentCode, level, nameKk, nameRu, nameEn' })
  @ApiQuery({ name: 'dryRun', required: false, type: Boolean })
  @ApiOkResponse({ type: RegionImportResultDto, description: 'With any row error nothing is imported' })
  import(
    @Req() request: FastifyRequest,
    @Query('dryRun') dryRun: string | undefined,
    @Lang() lang: Language,
  ): Promise<RegionImportResultDto> {
    if (!Buffer.isBuffer(request.body)) {
      throw new AppError('UNSUPPORTED_MEDIA_TYPE');
    }
    return this.regions.import(request.body, dryRun === 'true', lang);
  }

  @Public()
  @Get(':code')
  @ApiOkResponse({ type: RegionResponseDto })
  get(@Param('code') code: string, @Query() query: RegionQueryDto, @Lang() lang: Language): Promise<RegionResponseDto> {
    return this.regions.get(code, lang, query.on);
  }

  @Patch(':code')
  @Roles('admin')
  @ApiBearerAuth()
  @ApiOkResponse({ type: RegionResponseDto, description: 'A new name, and the former names with their dates' })
  update(
    @Param('code') code: string,
    @Body() dto: UpdateRegionDto,
    @Lang() lang: Language,
  ): Promise<RegionResponseDto> {
    return this.regions.update(code, dto, lang);
  }

  @Post()
  @Roles('admin', 'organizer')
  @ApiBearerAuth()
  @ApiCreatedResponse({ type: RegionResponseDto })
  create(@Body() dto: CreateRegionDto, @Lang() lang: Language): Promise<RegionResponseDto> {
    return this.regions.create(dto, lang);
  }
}
