import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { IfMatchVersion, Lang, ParseUuid } from '@app/common';
import type { Language } from '@app/contracts';
import type { AuthUser } from '../../platform/access/auth-user';
import { CurrentUser, Public, Roles } from '../../platform/access/access.decorators';
import { VersionedPatch } from '../../platform/access/versioned-patch.decorator';
import { CreateSessionDto, SessionResponseDto, UpdateSessionDto } from './dto/session.dto';
import { SessionsService } from './sessions.service';

@ApiTags('sessions')
@Controller('events/:id/sessions')
export class EventSessionsController {
  constructor(private readonly sessions: SessionsService) {}

  @Public()
  @Get()
  @ApiOkResponse({
    type: [SessionResponseDto],
    description: 'Every session of the event, in time order (flat; see the agenda for the tree)',
  })
  list(
    @CurrentUser() user: AuthUser | undefined,
    @Param('id') eventId: string,
    @Lang() lang: Language,
  ): Promise<SessionResponseDto[]> {
    return this.sessions.listForEvent(user, eventId, lang);
  }

  @Post()
  @Roles('organizer')
  @ApiBearerAuth()
  @ApiCreatedResponse({
    type: SessionResponseDto,
    description: '409 ROOM_CONFLICT, SPEAKER_CONFLICT or OUTSIDE_EVENT when it does not fit',
  })
  create(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUuid('id')) eventId: string,
    @Body() dto: CreateSessionDto,
    @Lang() lang: Language,
  ): Promise<SessionResponseDto> {
    return this.sessions.create(user, eventId, dto, lang);
  }
}

@ApiTags('sessions')
@Controller('sessions')
export class SessionsController {
  constructor(private readonly sessions: SessionsService) {}

  @Public()
  @Get(':id')
  @ApiOkResponse({ type: SessionResponseDto })
  get(
    @CurrentUser() user: AuthUser | undefined,
    @Param('id', ParseUuid()) id: string,
    @Lang() lang: Language,
  ): Promise<SessionResponseDto> {
    return this.sessions.get(user, id, lang);
  }

  @VersionedPatch({ roles: ['organizer'], type: SessionResponseDto })
  update(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUuid()) id: string,
    @Body() dto: UpdateSessionDto,
    @IfMatchVersion() version: number | undefined,
    @Lang() lang: Language,
  ): Promise<SessionResponseDto> {
    return this.sessions.update(user, id, dto, version, lang);
  }

  @Delete(':id')
  @HttpCode(204)
  @Roles('organizer')
  @ApiBearerAuth()
  @ApiNoContentResponse({ description: 'Deleted, with its sub-sessions' })
  delete(@CurrentUser() user: AuthUser, @Param('id', ParseUuid()) id: string): Promise<void> {
    return this.sessions.delete(user, id);
  }
}
