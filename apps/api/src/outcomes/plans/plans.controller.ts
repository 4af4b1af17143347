import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError, IfMatchVersion, Lang, ParseUuid, sendFile, XLSX_MIME } from '@app/common';
import type { Language } from '@app/contracts';
import type { AuthUser } from '../../platform/access/auth-user';
import { CurrentUser, Roles } from '../../platform/access/access.decorators';
import { VersionedPatch } from '../../platform/access/versioned-patch.decorator';
import {
  CreatePlanDto,
  LinkPointDto,
  ListPlansQueryDto,
  PlanImportQueryDto,
  PlanImportResultDto,
  PlanListResponseDto,
  PlanPointDto,
  PlanPointResponseDto,
  PlanResponseDto,
  UpdatePlanDto,
  UpdatePlanPointDto,
} from './dto/plan.dto';
import { PlanImportService } from './plan-import.service';
import { PlanPointsService } from './plan-points.service';
import { PlansService } from './plans.service';

/** Road maps are internal documents of the bodies that carry them out: staff roles only, never the public. */
@ApiTags('plans')
@ApiBearerAuth()
@Roles('organizer', 'secretary')
@Controller('plans')
export class PlansController {
  constructor(
    private readonly plans: PlansService,
    private readonly points: PlanPointsService,
    private readonly files: PlanImportService,
  ) {}

  @Get()
  @ApiOkResponse({ type: PlanListResponseDto, description: 'Plans of the user’s organizations, or with their points' })
  list(
    @CurrentUser() user: AuthUser,
    @Query() query: ListPlansQueryDto,
    @Lang() lang: Language,
  ): Promise<PlanListResponseDto> {
    return this.plans.list(user, query, lang);
  }

  @Post()
  @ApiCreatedResponse({ type: PlanResponseDto })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreatePlanDto, @Lang() lang: Language): Promise<PlanResponseDto> {
    return this.plans.create(user, dto, lang);
  }

  @Post('import')
  @HttpCode(200)
  @ApiConsumes('text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiBody({ description: 'The file itself as the request body (CSV in UTF-8, or XLSX), with the export’s columns' })
  @ApiOkResponse({ type: PlanImportResultDto, description: 'With any row error nothing is imported' })
  async import(
    @CurrentUser() user: AuthUser,
    @Req() request: FastifyRequest,
    @Query() query: PlanImportQueryDto,
    @Lang() lang: Language,
  ): Promise<PlanImportResultDto> {
    if (!Buffer.isBuffer(request.body)) {
      throw new AppError('UNSUPPORTED_MEDIA_TYPE');
    }
    const { body, headers } = request;
    return this.files.import(
      user,
      query.plan,
      body,
      query.fileName ?? '',
      headers['content-type'],
      query.dryRun === 'true',
      lang,
    );
  }

  @Get(':id')
  @ApiOkResponse({ type: PlanResponseDto })
  get(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUuid()) id: string,
    @Lang() lang: Language,
  ): Promise<PlanResponseDto> {
    return this.plans.get(user, id, lang);
  }

  @Get(':id/points.xlsx')
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOkResponse({ description: 'The points with the columns `POST /plans/import` reads' })
  async xlsx(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUuid()) id: string,
    @Lang() lang: Language,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { file } = await this.files.exportXlsx(user, id, lang);
    await sendFile(reply, { type: XLSX_MIME, name: 'road-map.xlsx', body: file, disposition: 'attachment' });
  }

  @VersionedPatch({ type: PlanResponseDto })
  update(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUuid()) id: string,
    @Body() dto: UpdatePlanDto,
    @IfMatchVersion() version: number | undefined,
    @Lang() lang: Language,
  ): Promise<PlanResponseDto> {
    return this.plans.update(user, id, dto, version, lang);
  }

  @Post(':id/points')
  @ApiCreatedResponse({ type: PlanPointResponseDto })
  addPoint(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUuid()) id: string,
    @Body() dto: PlanPointDto,
    @Lang() lang: Language,
  ): Promise<PlanPointResponseDto> {
    return this.points.addPoint(user, id, dto, lang);
  }

  @VersionedPatch({
    path: ':id/points/:pointId',
    type: PlanPointResponseDto,
    description:
      'Wording, responsible body, deadline, weight (the plan’s owners); progress (also the responsible body)',
  })
  updatePoint(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUuid()) id: string,
    @Param('pointId', ParseUuid('pointId')) pointId: string,
    @Body() dto: UpdatePlanPointDto,
    @IfMatchVersion() version: number | undefined,
    @Lang() lang: Language,
  ): Promise<PlanPointResponseDto> {
    return this.points.updatePoint(user, id, pointId, dto, version, lang);
  }

  @Post(':id/points/:pointId/links')
  @ApiCreatedResponse({ type: PlanPointResponseDto, description: 'A resolution’s point or instruction carries it out' })
  link(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUuid()) id: string,
    @Param('pointId', ParseUuid('pointId')) pointId: string,
    @Body() dto: LinkPointDto,
    @Lang() lang: Language,
  ): Promise<PlanPointResponseDto> {
    return this.points.link(user, id, pointId, dto, lang);
  }

  @Delete(':id/points/:pointId/links/:linkedId')
  @HttpCode(204)
  @ApiNoContentResponse()
  unlink(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUuid()) id: string,
    @Param('pointId', ParseUuid('pointId')) pointId: string,
    @Param('linkedId', ParseUuid('linkedId')) linkedId: string,
  ): Promise<void> {
    return this.points.unlink(user, id, pointId, linkedId);
  }
}
