import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiProduces,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { IfMatchVersion, Lang, ParseUuid, sendFile } from '@app/common';
import type { Language } from '@app/contracts';
import type { AuthUser } from '../../platform/access/auth-user';
import { CurrentUser, Public, Roles } from '../../platform/access/access.decorators';
import {
  AdoptDto,
  CreateResolutionDto,
  ExecutionQueryDto,
  ExecutionResponseDto,
  PointResponseDto,
  ResolutionResponseDto,
  UpdatePointDto,
  UpdateResolutionDto,
} from './dto/resolution.dto';
import { ResolutionAdoptionService } from './resolution-adoption.service';
import { ResolutionDocumentService } from './resolution-document.service';
import { ResolutionDraftingService } from './resolution-drafting.service';
import { ResolutionExecutionService } from './resolution-execution.service';
import { ResolutionsService } from './resolutions.service';

@ApiTags('resolutions')
@Controller('events/:id/resolutions')
export class EventResolutionsController {
  constructor(
    private readonly resolutions: ResolutionsService,
    private readonly drafting: ResolutionDraftingService,
  ) {}

  @Public()
  @Get()
  @ApiOkResponse({
    type: [ResolutionResponseDto],
    description: 'Adopted ones for everyone; drafts too for its secretaries and organizers',
  })
  list(
    @CurrentUser() user: AuthUser | undefined,
    @Param('id') id: string,
    @Lang() lang: Language,
  ): Promise<ResolutionResponseDto[]> {
    return this.resolutions.list(user, id, lang);
  }

  @Post()
  @Roles('secretary', 'organizer')
  @ApiBearerAuth()
  @ApiCreatedResponse({ type: ResolutionResponseDto })
  create(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUuid()) id: string,
    @Body() dto: CreateResolutionDto,
    @Lang() lang: Language,
  ): Promise<ResolutionResponseDto> {
    return this.drafting.create(user, id, dto, lang);
  }
}

@ApiTags('resolutions')
@Controller('resolutions/:id')
export class ResolutionsController {
  constructor(
    private readonly resolutions: ResolutionsService,
    private readonly drafting: ResolutionDraftingService,
    private readonly adoption: ResolutionAdoptionService,
    private readonly execution: ResolutionExecutionService,
  ) {}

  @Public()
  @Get()
  @ApiOkResponse({ type: ResolutionResponseDto, description: 'With its points, their execution, and its amendments' })
  get(
    @CurrentUser() user: AuthUser | undefined,
    @Param('id', ParseUuid()) id: string,
    @Lang() lang: Language,
  ): Promise<ResolutionResponseDto> {
    return this.resolutions.get(user, id, lang);
  }

  @Patch()
  @Roles('secretary', 'organizer')
  @ApiBearerAuth()
  @ApiHeader({ name: 'If-Match', required: false })
  @ApiOkResponse({
    type: ResolutionResponseDto,
    description: 'Drafts only: an adopted resolution is 409 RESOLUTION_ADOPTED',
  })
  update(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUuid()) id: string,
    @Body() dto: UpdateResolutionDto,
    @IfMatchVersion() version: number | undefined,
    @Lang() lang: Language,
  ): Promise<ResolutionResponseDto> {
    return this.drafting.update(user, id, dto, version, lang);
  }

  @Post('adopt')
  @HttpCode(200)
  @Roles('secretary', 'organizer')
  @ApiBearerAuth()
  @ApiOkResponse({
    type: ResolutionResponseDto,
    description: '422 NO_QUORUM, NOT_ADOPTED or VOTES_EXCEED_PRESENT when the vote does not carry',
  })
  adopt(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUuid()) id: string,
    @Body() dto: AdoptDto,
    @Lang() lang: Language,
  ): Promise<ResolutionResponseDto> {
    return this.adoption.adopt(user, id, dto, lang);
  }

  @Post('amendments')
  @Roles('secretary', 'organizer')
  @ApiBearerAuth()
  @ApiCreatedResponse({ type: ResolutionResponseDto, description: 'A new draft amending this adopted resolution' })
  amend(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUuid()) id: string,
    @Body() dto: CreateResolutionDto,
    @Lang() lang: Language,
  ): Promise<ResolutionResponseDto> {
    return this.drafting.amend(user, id, dto, lang);
  }

  @Patch('points/:pointId')
  @ApiBearerAuth()
  @ApiOkResponse({
    type: PointResponseDto,
    description: 'Execution progress, by the event organizers or the responsible organization',
  })
  updatePoint(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUuid()) id: string,
    @Param('pointId', ParseUuid('pointId')) pointId: string,
    @Body() dto: UpdatePointDto,
    @Lang() lang: Language,
  ): Promise<PointResponseDto> {
    return this.execution.updatePoint(user, id, pointId, dto, lang);
  }
}

@ApiTags('resolutions')
@Controller('resolutions')
export class ResolutionPdfController {
  constructor(private readonly documents: ResolutionDocumentService) {}

  @Public()
  @Get(':id.pdf')
  @ApiProduces('application/pdf')
  @ApiQuery({
    name: 'lang',
    required: false,
    enum: ['kk', 'ru', 'both'],
    description:
      "both: Kazakh and Russian side by side. Without it, the reader's language (the akim_lang cookie, the " +
      'signed-in person, Accept-Language): kk, ru, or both for English',
  })
  @ApiOkResponse({ description: 'The official document: number, date, place, points, the vote and the chair' })
  async pdf(
    @CurrentUser() user: AuthUser | undefined,
    @Param('id', ParseUuid()) id: string,
    @Query('lang') asked: string | undefined,
    @Lang() lang: Language,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    // The document exists in kk and ru: an English reader gets both side by side.
    const layout = asked === 'both' ? asked : lang === 'en' ? 'both' : lang;
    const pdf = await this.documents.pdf(user, id, layout);
    await sendFile(reply, { type: 'application/pdf', name: `resolution-${layout}.pdf`, body: pdf });
  }
}

@ApiTags('resolutions')
@ApiBearerAuth()
@Roles('admin', 'organizer', 'secretary')
@Controller('execution')
export class ExecutionController {
  constructor(private readonly resolutions: ResolutionExecutionService) {}

  @Get()
  @ApiOkResponse({ type: ExecutionResponseDto })
  execution(
    @CurrentUser() user: AuthUser,
    @Query() query: ExecutionQueryDto,
    @Lang() lang: Language,
  ): Promise<ExecutionResponseDto> {
    return this.resolutions.execution(user, query, lang);
  }
}
