import { Injectable } from '@nestjs/common';
import { AppError, isValidTimeZone, toZonedIso } from '@app/common';
import type { EventStatus, Language } from '@app/contracts';
import { AuditService, diff } from '../../platform/audit/audit.service';
import { type AuthUser, canActAs } from '../../platform/access/auth-user';
import { OrganizationsService } from '../../directory/organizations/organizations.service';
import { RegionsService } from '../../directory/regions/regions.service';
import { WebhooksService } from '../../platform/webhooks/webhooks.service';
import type { Tx } from '@app/database';
import type { CreateEventDto, UpdateEventDto } from './dto/event.dto';
import type { EventResponseDto } from './dto/event-response.dto';
import { eventNews } from './event-news';
import { auditable, valuesOf, valuesOfNew, valuesPatched } from './event-values';
import type { EventValues } from './events.model';
import { EventsRepository } from './events.repository';
import { EventsService } from './events.service';
import { slugify } from './slug';

/** Path words under /events that a slug would shadow. */
const RESERVED_SLUGS = new Set(['compliance', 'new', 'mine', 'import', 'export']);

const STATUS_CHANGES: Record<'publish' | 'close' | 'cancel', { from: EventStatus[]; to: EventStatus }> = {
  publish: { from: ['draft'], to: 'published' },
  close: { from: ['published'], to: 'closed' },
  cancel: { from: ['draft', 'published'], to: 'cancelled' },
};

/** An organizer's edits of an event: creating it, changing it, publishing, closing and cancelling it. */
@Injectable()
export class EventEditingService {
  constructor(
    private readonly events: EventsService,
    private readonly repository: EventsRepository,
    private readonly organizations: OrganizationsService,
    private readonly regions: RegionsService,
    private readonly audit: AuditService,
    private readonly webhooks: WebhooksService,
  ) {}

  async create(user: AuthUser, dto: CreateEventDto, lang: Language): Promise<EventResponseDto> {
    // An event speaks in the name of each of its organizers: each must be one the user organizes for.
    if (!dto.organizerIds.every((id) => canActAs(user, 'organizer', { organizationIds: [id] }))) {
      throw AppError.forbidden();
    }
    if (dto.slug && RESERVED_SLUGS.has(dto.slug)) {
      throw AppError.validation([{ field: 'slug', code: 'alreadyExists' }]);
    }
    const slug = dto.slug ?? (await this.freeSlug(slugify(dto.title.en || dto.title.kk)));
    const values = valuesOfNew(dto, slug);
    await this.validate(values, dto.organizerIds);
    const id = await this.repository.transaction(async (manager) => {
      const eventId = await this.repository.insert(manager, values, dto.organizerIds, user.id);
      await this.audit.record(manager, {
        actorId: user.id,
        entity: 'event',
        entityId: eventId,
        action: 'create',
        eventId,
        changes: diff({}, auditable(values, dto.organizerIds)),
      });
      return eventId;
    });
    return this.events.get(user, id, lang);
  }

  async update(
    user: AuthUser,
    id: string,
    dto: UpdateEventDto,
    version: number | undefined,
    lang: Language,
  ): Promise<EventResponseDto> {
    await this.repository.transaction(async (manager) => {
      const current = await this.events.lockManageable(manager, user, id, version);
      const before = valuesOf(current);
      const after = valuesPatched(before, dto);
      const currentIds = current.organizers.map((o) => o.id);
      const organizerIds = dto.organizerIds ?? currentIds;
      // Adding or removing an organizer is for those who organize for that organization (or admins).
      const changedIds = [
        ...organizerIds.filter((o) => !currentIds.includes(o)),
        ...currentIds.filter((o) => !organizerIds.includes(o)),
      ];
      if (!changedIds.every((o) => canActAs(user, 'organizer', { organizationIds: [o] }))) {
        throw AppError.forbidden();
      }
      // The announcement date is evidence for the lead-time rule: once published, only admins correct it.
      if (dto.announcedAt !== undefined && current.status !== 'draft' && !user.roles.includes('admin')) {
        throw new AppError('INVALID_STATUS_CHANGE', { from: current.status, to: 'announcedAt' }, [
          { field: 'announcedAt', code: 'INVALID_STATUS_CHANGE' },
        ]);
      }
      if (dto.slug && dto.slug !== current.slug && RESERVED_SLUGS.has(dto.slug)) {
        throw AppError.validation([{ field: 'slug', code: 'alreadyExists' }]);
      }
      await this.validate(after, organizerIds);
      const span = await this.repository.sessionSpan(manager, id);
      if ((span.first && span.first < after.startsAt) || (span.last && span.last > after.endsAt)) {
        throw new AppError('OUTSIDE_EVENT', {
          from: toZonedIso(after.startsAt, after.timeZone),
          to: toZonedIso(after.endsAt, after.timeZone),
        });
      }
      await this.repository.update(manager, id, after, dto.organizerIds);
      await this.audit.record(manager, {
        actorId: user.id,
        entity: 'event',
        entityId: id,
        action: 'update',
        eventId: id,
        changes: diff(
          auditable(
            before,
            current.organizers.map((o) => o.id),
          ),
          auditable(after, organizerIds),
        ),
      });
      await this.announce(manager, eventNews('event.changed', id, after, current.status, organizerIds, 'details'));
    });
    return this.events.get(user, id, lang);
  }

  /** publish (draft → published, stamps announcedAt when missing), close, cancel. */
  async changeStatus(
    user: AuthUser,
    id: string,
    change: 'publish' | 'close' | 'cancel',
    lang: Language,
  ): Promise<EventResponseDto> {
    await this.repository.transaction(async (manager) => {
      const current = await this.events.lockManageable(manager, user, id, undefined, true);
      const rule = STATUS_CHANGES[change];
      if (!rule.from.includes(current.status)) {
        throw new AppError('INVALID_STATUS_CHANGE', { from: current.status, to: rule.to });
      }
      await this.repository.setStatus(manager, id, rule.to, change === 'publish' ? new Date() : undefined);
      await this.audit.record(manager, {
        actorId: user.id,
        entity: 'event',
        entityId: id,
        action: change,
        eventId: id,
        changes: { status: { from: current.status, to: rule.to } },
      });
      const organizerIds = current.organizers.map((o) => o.id);
      const type = change === 'publish' ? 'event.published' : change === 'cancel' ? 'event.cancelled' : 'event.changed';
      // A draft called off was never news.
      const news =
        current.status === 'draft' && change === 'cancel' ? null : eventNews(type, id, current, rule.to, organizerIds);
      await this.announce(manager, news);
    });
    return this.events.get(user, id, lang);
  }

  /**
   * A published forum's agenda changed and the edits have settled (see the mail worker's agenda digests, which
   * take each settled change once across instances): the `event.changed` news, in the same transaction.
   */
  async announceAgendaChanged(manager: Tx, eventId: string): Promise<void> {
    const row = await this.events.findRow(eventId);
    if (row) {
      const organizerIds = row.organizers.map((o) => o.id);
      await this.announce(manager, eventNews('event.changed', row.id, row, row.status, organizerIds, 'agenda'));
    }
  }

  private async announce(manager: Tx, news: ReturnType<typeof eventNews>): Promise<void> {
    if (news) {
      await this.webhooks.announce(manager, news);
    }
  }

  private async validate(values: EventValues, organizerIds: string[]): Promise<void> {
    const issues = [];
    if (!isValidTimeZone(values.timeZone)) {
      issues.push({ field: 'timeZone', code: 'timeZone' });
    }
    if (values.endsAt <= values.startsAt) {
      issues.push({ field: 'endsAt', code: 'endsAfterStart' });
    }
    if (
      values.registrationOpensAt &&
      values.registrationClosesAt &&
      values.registrationClosesAt <= values.registrationOpensAt
    ) {
      issues.push({ field: 'registrationClosesAt', code: 'endsAfterStart' });
    }
    if (issues.length) {
      throw AppError.validation(issues);
    }
    const found = await this.organizations.findByIds(organizerIds);
    if (found.length !== organizerIds.length) {
      throw new AppError('REFERENCE_NOT_FOUND', {}, [{ field: 'organizerIds', code: 'exists' }]);
    }
    if (values.regionCode && !(await this.regions.existingCodes([values.regionCode])).has(values.regionCode)) {
      throw new AppError('REFERENCE_NOT_FOUND', {}, [{ field: 'regionCode', code: 'exists' }]);
    }
  }

  private async freeSlug(base: string): Promise<string> {
    const taken = new Set(await this.repository.slugsLike(base));
    if (!taken.has(base)) {
      return base;
    }
    let n = 2;
    while (taken.has(`${base}-${n}`)) {
      n += 1;
    }
    return `${base}-${n}`;
  }
}
