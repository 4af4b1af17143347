import { Body, Controller, Get, Headers, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { AppError, Lang, ParseUuid, sendFile } from '@app/common';
import type { Language } from '@app/contracts';
import type { FastifyReply } from 'fastify';
import type { AuthUser } from '../../platform/access/auth-user';
import { CurrentUser, Public, Roles } from '../../platform/access/access.decorators';
import {
  CreateInvitationsDto,
  CreateRegistrationDto,
  InvitationsResultDto,
  InvitationViewDto,
  ListRegistrationsQueryDto,
  RegistrationListResponseDto,
  RegistrationResponseDto,
  UpdateRegistrationDto,
} from './dto/registration.dto';
import { BadgesService } from './badges.service';
import { InvitationsService } from './invitations.service';
import { RegistrationsService } from './registrations.service';

@ApiTags('registrations')
@ApiBearerAuth()
@Controller('events/:id/registrations')
export class EventRegistrationsController {
  constructor(private readonly registrations: RegistrationsService) {}

  @Post()
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: 'A retry with the same key returns the first result',
  })
  @ApiCreatedResponse({ type: RegistrationResponseDto, description: 'registered, waitlisted or pending (approval)' })
  @ApiOkResponse({
    type: RegistrationResponseDto,
    description: 'A replay of an earlier request with the same Idempotency-Key',
  })
  async register(
    @CurrentUser() user: AuthUser,
    @Param('id') eventId: string,
    @Body() dto: CreateRegistrationDto,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Lang() lang: Language,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<RegistrationResponseDto> {
    if (idempotencyKey !== undefined && (idempotencyKey.length === 0 || idempotencyKey.length > 200)) {
      throw AppError.validation([{ field: 'Idempotency-Key', code: 'maxLength', params: { constraint1: '200' } }]);
    }
    const result = await this.registrations.register(user, eventId, dto, idempotencyKey, lang);
    void reply.status(result.created ? 201 : 200);
    return result.registration;
  }

  @Get()
  @ApiOkResponse({ type: RegistrationListResponseDto, description: "The event's organizers and checkers" })
  list(
    @CurrentUser() user: AuthUser,
    @Param('id') eventId: string,
    @Query() query: ListRegistrationsQueryDto,
    @Lang() lang: Language,
  ): Promise<RegistrationListResponseDto> {
    return this.registrations.list(user, eventId, query, lang);
  }
}

@ApiTags('registrations')
@ApiBearerAuth()
@Controller('registrations')
export class RegistrationsController {
  constructor(
    private readonly registrations: RegistrationsService,
    private readonly badgeService: BadgesService,
  ) {}

  @Get('mine')
  @ApiOkResponse({ type: [RegistrationResponseDto], description: "The signed-in person's registrations" })
  mine(@CurrentUser() user: AuthUser, @Lang() lang: Language): Promise<RegistrationResponseDto[]> {
    return this.registrations.mine(user, lang);
  }

  @Get(':id')
  @ApiOkResponse({ type: RegistrationResponseDto })
  get(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUuid()) id: string,
    @Lang() lang: Language,
  ): Promise<RegistrationResponseDto> {
    return this.registrations.get(user, id, lang);
  }

  @Patch(':id')
  @ApiOkResponse({
    type: RegistrationResponseDto,
    description: 'approve / decline (organizers), cancel (also the person)',
  })
  update(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUuid()) id: string,
    @Body() dto: UpdateRegistrationDto,
    @Lang() lang: Language,
  ): Promise<RegistrationResponseDto> {
    return this.registrations.update(user, id, dto, lang);
  }

  @Get(':id/badge.pdf')
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'A printable A6 badge' })
  async badgePdf(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUuid()) id: string,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const pdf = await this.badgeService.badgePdf(user, id);
    await reply.type('application/pdf').header('cache-control', 'private, no-store').send(pdf);
  }

  @Get(':id/badge')
  @ApiProduces('image/png')
  @ApiOkResponse({ description: 'The QR code of the badge (PNG)' })
  async badge(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUuid()) id: string,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const png = await this.badgeService.badgePng(user, id);
    await reply.type('image/png').header('cache-control', 'private, no-store').send(png);
  }
}

@ApiTags('registrations')
@ApiBearerAuth()
@Controller('events/:id/badges.pdf')
export class EventBadgesController {
  constructor(private readonly badgeService: BadgesService) {}

  @Get()
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: "Every registered participant's A6 badge, one per page" })
  async badges(@CurrentUser() user: AuthUser, @Param('id') eventId: string, @Res() reply: FastifyReply): Promise<void> {
    const pdf = await this.badgeService.eventBadgesPdf(user, eventId);
    await sendFile(reply, { type: 'application/pdf', name: 'badges.pdf', body: pdf });
  }
}

@ApiTags('registrations')
@ApiBearerAuth()
@Controller('events/:id/invitations')
export class EventInvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @Post()
  @HttpCode(200)
  @Roles('organizer')
  @ApiOkResponse({
    type: InvitationsResultDto,
    description: 'Invites by list, organization or region; each invitee gets a link',
  })
  invite(
    @CurrentUser() user: AuthUser,
    @Param('id') eventId: string,
    @Body() dto: CreateInvitationsDto,
    @Lang() lang: Language,
  ): Promise<InvitationsResultDto> {
    return this.invitations.invite(user, eventId, dto, lang);
  }
}

/** The invitee's side: no password, the token in the link is the key (it does nothing else). */
@ApiTags('registrations')
@Public()
@Controller('invitations/:token')
export class InvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @Get()
  @ApiOkResponse({ type: InvitationViewDto })
  view(@Param('token') token: string, @Lang() lang: Language): Promise<InvitationViewDto> {
    return this.invitations.viewInvitation(token, lang);
  }

  @Post('confirm')
  @HttpCode(200)
  @ApiOkResponse({ type: InvitationViewDto, description: 'registered, or waitlisted when the event is full' })
  confirm(@Param('token') token: string, @Lang() lang: Language): Promise<InvitationViewDto> {
    return this.invitations.respond(token, 'confirm', lang);
  }

  @Post('decline')
  @HttpCode(200)
  @ApiOkResponse({ type: InvitationViewDto })
  decline(@Param('token') token: string, @Lang() lang: Language): Promise<InvitationViewDto> {
    return this.invitations.respond(token, 'decline', lang);
  }
}
