import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AppError } from '@app/common';
import type { AuthUser } from '../access/auth-user';
import { CurrentUser, Roles } from '../access/access.decorators';
import { mayAccessEvent } from '../access/event-access';
import { AuditEntryDto, AuditQueryDto } from './dto/audit.dto';
import { AuditService } from './audit.service';

/** Who changed what and when: for admins and the organizers of the event concerned. */
@ApiTags('audit')
@ApiBearerAuth()
@Roles('admin', 'organizer')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @ApiOkResponse({ type: [AuditEntryDto] })
  async list(@CurrentUser() user: AuthUser, @Query() query: AuditQueryDto): Promise<AuditEntryDto[]> {
    const eventId = query.entity === 'event' ? query.entityId : await this.audit.eventOf(query.entity, query.entityId);
    if (!user.roles.includes('admin')) {
      const event = eventId ? await this.audit.accessibleEvent(eventId) : undefined;
      if (!event || !mayAccessEvent(user, event, 'manage')) {
        throw AppError.forbidden();
      }
    }
    const rows = await this.audit.list({
      entity: query.entity,
      entityId: query.entityId,
      limit: query.limit ?? 100,
      offset: query.offset ?? 0,
    });
    return rows.map((row) => ({
      id: String(row.id),
      at: new Date(row.at).toISOString(),
      actorId: row.actorId,
      actorEmail: row.actorEmail,
      entity: row.entity,
      entityId: row.entityId,
      action: row.action,
      changes: row.changes,
    }));
  }
}
