import { Body, Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Lang, ParseUuid, sendFile } from '@app/common';
import type { Language } from '@app/contracts';
import type { AuthUser } from '../../platform/access/auth-user';
import { CurrentUser, Public, Roles } from '../../platform/access/access.decorators';
import { AwardResponseDto, IssueAwardsDto, RevokeAwardDto } from './dto/award.dto';
import { AwardsService } from './awards.service';
import { AwardDocumentsService } from './award-documents.service';

/** Awards name people: no cache keeps them. */
const PRIVATE = 'private, no-store';

@ApiTags('awards')
@ApiBearerAuth()
@Controller('events/:id')
export class EventAwardsController {
  constructor(
    private readonly awards: AwardsService,
    private readonly documents: AwardDocumentsService,
  ) {}

  @Post('awards')
  @Roles('organizer')
  @ApiCreatedResponse({
    type: [AwardResponseDto],
    description:
      'Issues one award to each recipient, numbered per organizer and year. 422 AWARD_NOT_ATTENDED for a certificate ' +
      'to someone not checked in, 409 AWARD_EXISTS when one already holds such an award from this event',
  })
  issue(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUuid()) id: string,
    @Body() dto: IssueAwardsDto,
    @Lang() lang: Language,
  ): Promise<AwardResponseDto[]> {
    return this.awards.issue(user, id, dto, lang);
  }

  @Get('awards')
  @Roles('organizer', 'secretary', 'checker')
  @ApiOkResponse({ type: [AwardResponseDto], description: "The event's awards: its organizers and staff" })
  list(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUuid()) id: string,
    @Lang() lang: Language,
  ): Promise<AwardResponseDto[]> {
    return this.awards.list(user, id, lang);
  }

  @Get('awards.pdf')
  @Roles('organizer', 'secretary', 'checker')
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'Every award of the event in one PDF, a page each, each in its language' })
  async pdf(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUuid()) id: string,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await sendFile(reply, {
      type: 'application/pdf',
      name: 'awards.pdf',
      body: await this.documents.eventPdf(user, id),
      cacheControl: PRIVATE,
    });
  }

  @Get('awards.zip')
  @Roles('organizer', 'secretary', 'checker')
  @ApiProduces('application/zip')
  @ApiOkResponse({ description: 'Every award of the event, a PDF file each, in one ZIP' })
  async zip(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUuid()) id: string,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await sendFile(reply, {
      type: 'application/zip',
      name: 'awards.zip',
      body: await this.documents.eventZip(user, id),
      cacheControl: PRIVATE,
    });
  }
}

@ApiTags('awards')
@Controller('awards')
export class AwardsController {
  constructor(
    private readonly awards: AwardsService,
    private readonly documents: AwardDocumentsService,
  ) {}

  @Get('mine')
  @ApiBearerAuth()
  @ApiOkResponse({ type: [AwardResponseDto], description: "The signed-in person's awards, newest first" })
  mine(@CurrentUser() user: AuthUser, @Lang() lang: Language): Promise<AwardResponseDto[]> {
    return this.awards.mine(user, lang);
  }

  @Public()
  @Get(':id.pdf')
  @ApiProduces('application/pdf')
  @ApiQuery({ name: 'code', required: false, description: 'The printed verification code: opens it without sign-in' })
  @ApiQuery({ name: 'lang', required: false, enum: ['kk', 'ru'], description: "Default: the recipient's language" })
  @ApiOkResponse({
    description:
      'The award as an A4 PDF: for its recipient, the event staff, or with its code (30 a minute per address without sign-in)',
  })
  async pdf(
    @CurrentUser() user: AuthUser | undefined,
    @Param('id', ParseUuid()) id: string,
    @Query('code') code: string | undefined,
    @Query('lang') asked: string | undefined,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const lang = asked === 'kk' || asked === 'ru' ? asked : undefined;
    const body = await this.documents.pdf(user, id, code, lang, request.ip);
    await sendFile(reply, { type: 'application/pdf', name: 'award.pdf', body, cacheControl: PRIVATE });
  }

  @Post(':id/revoke')
  @HttpCode(200)
  @Roles('organizer')
  @ApiBearerAuth()
  @ApiOkResponse({ type: AwardResponseDto, description: 'Once: 409 AWARD_REVOKED the second time' })
  revoke(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUuid()) id: string,
    @Body() dto: RevokeAwardDto,
    @Lang() lang: Language,
  ): Promise<AwardResponseDto> {
    return this.awards.revoke(user, id, dto.reason, lang);
  }
}
