import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import { IfMatchVersion, Lang, ParseUuid } from '@app/common';
import type { Language } from '@app/contracts';
import type { AuthUser } from '../../platform/access/auth-user';
import { LagTolerant } from '../../platform/access/lag-tolerant.interceptor';
import { CurrentUser, Public, Roles } from '../../platform/access/access.decorators';
import { VersionedPatch } from '../../platform/access/versioned-patch.decorator';
import { ComplianceQueryDto, ComplianceResponseDto } from './dto/compliance.dto';
import { CreateEventDto, UpdateEventDto } from './dto/event.dto';
import { ListEventsQueryDto } from './dto/event-query.dto';
import { EventListResponseDto, EventResponseDto } from './dto/event-response.dto';
import { EventEditingService } from './event-editing.service';
import { EventsService } from './events.service';

@ApiTags('events')
@Controller('events')
export class EventsController {
  constructor(
    private readonly events: EventsService,
    private readonly editing: EventEditingService,
  ) {}

  @Public()
  @LagTolerant()
  @Get()
  @ApiOkResponse({ type: EventListResponseDto, description: 'Published public events, plus drafts the caller manages' })
  list(
    @CurrentUser() user: AuthUser | undefined,
    @Query() query: ListEventsQueryDto,
    @Lang() lang: Language,
  ): Promise<EventListResponseDto> {
    return this.events.list(user, query, lang);
  }

  @Get('compliance')
  @Roles('admin', 'organizer', 'secretary')
  @ApiBearerAuth()
  @ApiOkResponse({
    type: ComplianceResponseDto,
    description: 'Announcement lead time of public events, by organizer and region',
  })
  compliance(@Query() query: ComplianceQueryDto, @Lang() lang: Language): Promise<ComplianceResponseDto> {
    return this.events.compliance(query, lang);
  }

  @Post()
  @Roles('organizer')
  @ApiBearerAuth()
  @ApiCreatedResponse({ type: EventResponseDto })
  create(
    @CurrentUser() user: AuthUser,
    @Body() dto: CreateEventDto,
    @Lang() lang: Language,
  ): Promise<EventResponseDto> {
    return this.editing.create(user, dto, lang);
  }

  @Public()
  @LagTolerant()
  @Get(':id')
  @ApiParam({ name: 'id', description: 'The id or the slug' })
  @ApiOkResponse({ type: EventResponseDto })
  get(
    @CurrentUser() user: AuthUser | undefined,
    @Param('id') idOrSlug: string,
    @Lang() lang: Language,
  ): Promise<EventResponseDto> {
    return this.events.get(user, idOrSlug, lang);
  }

  @VersionedPatch({ roles: ['organizer'], type: EventResponseDto })
  update(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUuid()) id: string,
    @Body() dto: UpdateEventDto,
    @IfMatchVersion() version: number | undefined,
    @Lang() lang: Language,
  ): Promise<EventResponseDto> {
    return this.editing.update(user, id, dto, version, lang);
  }

  @Post(':id/publish')
  @HttpCode(200)
  @Roles('organizer')
  @ApiBearerAuth()
  @ApiOkResponse({ type: EventResponseDto })
  publish(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUuid()) id: string,
    @Lang() lang: Language,
  ): Promise<EventResponseDto> {
    return this.editing.changeStatus(user, id, 'publish', lang);
  }

  @Post(':id/close')
  @HttpCode(200)
  @Roles('organizer')
  @ApiBearerAuth()
  @ApiOkResponse({ type: EventResponseDto })
  close(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUuid()) id: string,
    @Lang() lang: Language,
  ): Promise<EventResponseDto> {
    return this.editing.changeStatus(user, id, 'close', lang);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @Roles('organizer')
  @ApiBearerAuth()
  @ApiOkResponse({ type: EventResponseDto })
  cancel(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUuid()) id: string,
    @Lang() lang: Language,
  ): Promise<EventResponseDto> {
    return this.editing.changeStatus(user, id, 'cancel', lang);
  }
}
