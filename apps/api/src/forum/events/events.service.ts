import { Injectable } from '@nestjs/common';
import { AppError, isValidTimeZone, patched, patchedDate, pickText, toZonedIso } from '@app/common';
import type { EventStatus, Language } from '@app/contracts';
import { diff } from '../../platform/audit/audit.service';
import { AuditService } from '../../platform/audit/audit.service';
import { type AuthUser, canActAs } from '../../platform/access/auth-user';
import { OrganizationsService } from '../../directory/organizations/organizations.service';
import { RegionsService } from '../../directory/regions/regions.service';
import type {
  ComplianceGroupDto,
  ComplianceQueryDto,
  ComplianceResponseDto,
  CreateEventDto,
  EventListResponseDto,
  EventResponseDto,
  ListEventsQueryDto,
  UpdateEventDto,
} from './dto/event.dto';
import type { EventRow, EventValues, Viewer } from './events.model';
import { EventsRepository } from './events.repository';
import { slugify } from './slug';
import { mayAccessEvent } from '../../platform/access/event-access';
import { WebhooksService } from '../../platform/webhooks/webhooks.service';
import { eventNews } from './event-news';
import type { Tx } from '@app/database';

/** Path words under /events that a slug would shadow. */
const RESERVED_SLUGS = new Set(['compliance', 'new', 'mine', 'import', 'export']);

const STATUS_CHANGES: Record<'publish' | 'close' | 'cancel', { from: EventStatus[]; to: EventStatus }> = {
  publish: { from: ['draft'], to: 'published' },
  close: { from: ['published'], to: 'closed' },
  cancel: { from: ['draft', 'published'], to: 'cancelled' },
};

function zoned(date: Date | null, timeZone: string): string | null {
  return date ? toZonedIso(new Date(date), timeZone) : null;
}

export function meetsLeadTime(row: Pick<EventRow, 'leadTimeDays' | 'requiredLeadDays'>): boolean {
  return row.leadTimeDays !== null && row.leadTimeDays >= row.requiredLeadDays;
}

export function toEventResponse(row: EventRow, lang: Language): EventResponseDto {
  const tz = row.timeZone;
  return {
    id: row.id,
    slug: row.slug,
    kind: row.kind,
    status: row.status,
    title: pickText(row.title, lang) ?? '',
    titles: row.title,
    description: pickText(row.description, lang),
    descriptions: row.description,
    organizers: row.organizers.map((o) => ({
      id: o.id,
      name: pickText(o.name, lang) ?? '',
      announcementLeadDays: o.announcementLeadDays,
    })),
    organizerIds: row.organizers.map((o) => o.id),
    regionCode: row.regionCode,
    regionName: pickText(row.regionName, lang),
    venue: {
      name: pickText(row.venue.name, lang) ?? '',
      address: pickText(row.venue.address, lang),
      rooms: (row.venue.rooms ?? []).map((room) => pickText(room, lang) ?? room.kk),
      roomNames: row.venue.rooms ?? [],
      names: row.venue.name,
      addresses: row.venue.address ?? null,
    },
    startsAt: zoned(row.startsAt, tz)!,
    endsAt: zoned(row.endsAt, tz)!,
    timeZone: tz,
    visibility: row.visibility,
    capacity: row.capacity,
    announcedAt: zoned(row.announcedAt, tz),
    registrationOpensAt: zoned(row.registrationOpensAt, tz),
    registrationClosesAt: zoned(row.registrationClosesAt, tz),
    requiresApproval: row.requiresApproval,
    reportsByRegion: row.reportsByRegion,
    quorum: row.quorum,
    leadTimeDays: row.leadTimeDays,
    requiredLeadDays: row.requiredLeadDays,
    meetsLeadTimeRule: meetsLeadTime(row),
    version: row.version,
    createdAt: new Date(row.createdAt).toISOString(),
    updatedAt: new Date(row.updatedAt).toISOString(),
  };
}

/** A snapshot of what an organizer edits, for the audit log. */
function auditable(values: EventValues, organizerIds: string[]): Record<string, unknown> {
  return {
    ...values,
    startsAt: values.startsAt.toISOString(),
    endsAt: values.endsAt.toISOString(),
    announcedAt: values.announcedAt?.toISOString() ?? null,
    registrationOpensAt: values.registrationOpensAt?.toISOString() ?? null,
    registrationClosesAt: values.registrationClosesAt?.toISOString() ?? null,
    organizerIds,
  };
}

function valuesOf(row: EventRow): EventValues {
  return {
    slug: row.slug,
    kind: row.kind,
    title: row.title,
    description: row.description,
    regionCode: row.regionCode,
    venue: row.venue,
    startsAt: new Date(row.startsAt),
    endsAt: new Date(row.endsAt),
    timeZone: row.timeZone,
    visibility: row.visibility,
    capacity: row.capacity,
    announcedAt: row.announcedAt ? new Date(row.announcedAt) : null,
    registrationOpensAt: row.registrationOpensAt ? new Date(row.registrationOpensAt) : null,
    registrationClosesAt: row.registrationClosesAt ? new Date(row.registrationClosesAt) : null,
    requiresApproval: row.requiresApproval,
    reportsByRegion: row.reportsByRegion,
    quorum: row.quorum,
  };
}

export function viewerOf(user: AuthUser | undefined): Viewer {
  if (!user) {
    return { isAdmin: false, eventIds: [], organizationIds: [] };
  }
  return {
    isAdmin: user.roles.includes('admin'),
    eventIds: user.scopes.filter((s) => s.kind === 'event').map((s) => s.id),
    organizationIds: user.scopes.filter((s) => s.kind === 'organization').map((s) => s.id),
  };
}

@Injectable()
export class EventsService {
  constructor(
    private readonly events: EventsRepository,
    private readonly organizations: OrganizationsService,
    private readonly regions: RegionsService,
    private readonly audit: AuditService,
    private readonly webhooks: WebhooksService,
  ) {}

  /** The event if this user may read it; 404 otherwise (a draft's existence is not revealed). */
  async getVisibleRow(user: AuthUser | undefined, idOrSlug: string): Promise<EventRow> {
    const row = await this.events.findByIdOrSlug(idOrSlug);
    const isPublic = row && row.visibility === 'public' && row.status !== 'draft';
    if (!row || (!isPublic && !mayAccessEvent(user, row, 'watch'))) {
      throw AppError.notFound();
    }
    return row;
  }

  async get(user: AuthUser | undefined, idOrSlug: string, lang: Language): Promise<EventResponseDto> {
    return toEventResponse(await this.getVisibleRow(user, idOrSlug), lang);
  }

  async list(user: AuthUser | undefined, query: ListEventsQueryDto, lang: Language): Promise<EventListResponseDto> {
    const limit = query.limit ?? 50;
    const offset = query.offset ?? 0;
    const { rows, total } = await this.events.list(
      {
        from: query.from ? new Date(query.from) : undefined,
        to: query.to ? new Date(query.to) : undefined,
        region: query.region,
        kind: query.kind,
        status: query.status,
        organizationId: query.organization,
        q: query.q?.normalize('NFC').trim() || undefined,
        limit,
        offset,
      },
      viewerOf(user),
    );
    return { items: rows.map((row) => toEventResponse(row, lang)), total, limit, offset };
  }

  /** Many events by id, in time order, whoever may read them (the caller decides). */
  rowsByIds(ids: string[]): Promise<EventRow[]> {
    return this.events.findByIds(ids);
  }

  /** What anyone may read (public, not a draft), for feeds and the sitemap: soonest first, at most `limit`. */
  async publicRows(
    filter: { region?: string; organizationId?: string; from?: Date },
    limit: number,
  ): Promise<EventRow[]> {
    const { rows } = await this.events.list({ ...filter, limit, offset: 0 }, viewerOf(undefined));
    return rows;
  }

  async create(user: AuthUser, dto: CreateEventDto, lang: Language): Promise<EventResponseDto> {
    // An event speaks in the name of each of its organizers: each must be one the user organizes for.
    if (!dto.organizerIds.every((id) => canActAs(user, 'organizer', { organizationIds: [id] }))) {
      throw AppError.forbidden();
    }
    if (dto.slug && RESERVED_SLUGS.has(dto.slug)) {
      throw AppError.validation([{ field: 'slug', code: 'alreadyExists' }]);
    }
    const values: EventValues = {
      slug: dto.slug ?? (await this.freeSlug(slugify(dto.title.en || dto.title.kk))),
      kind: dto.kind,
      title: dto.title,
      description: dto.description ?? null,
      regionCode: dto.regionCode ?? null,
      venue: { name: dto.venue.name, address: dto.venue.address ?? null, rooms: dto.venue.rooms ?? [] },
      startsAt: new Date(dto.startsAt),
      endsAt: new Date(dto.endsAt),
      timeZone: dto.timeZone ?? 'Asia/Almaty',
      visibility: dto.visibility ?? 'public',
      capacity: dto.capacity ?? null,
      announcedAt: dto.announcedAt ? new Date(dto.announcedAt) : null,
      registrationOpensAt: dto.registrationOpensAt ? new Date(dto.registrationOpensAt) : null,
      registrationClosesAt: dto.registrationClosesAt ? new Date(dto.registrationClosesAt) : null,
      requiresApproval: dto.requiresApproval ?? false,
      reportsByRegion: dto.reportsByRegion ?? false,
      quorum: dto.quorum ?? null,
    };
    await this.validate(values, dto.organizerIds);
    const id = await this.events.transaction(async (manager) => {
      const eventId = await this.events.insert(manager, values, dto.organizerIds, user.id);
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
    return this.get(user, id, lang);
  }

  async update(
    user: AuthUser,
    id: string,
    dto: UpdateEventDto,
    version: number | undefined,
    lang: Language,
  ): Promise<EventResponseDto> {
    await this.events.transaction(async (manager) => {
      const current = await this.lockManageable(manager, user, id, version);
      const before = valuesOf(current);
      const after: EventValues = {
        ...before,
        slug: dto.slug ?? before.slug,
        kind: dto.kind ?? before.kind,
        title: dto.title ?? before.title,
        description: patched(dto.description, before.description),
        regionCode: patched(dto.regionCode, before.regionCode),
        venue: dto.venue
          ? { name: dto.venue.name, address: dto.venue.address ?? null, rooms: dto.venue.rooms ?? [] }
          : before.venue,
        startsAt: dto.startsAt ? new Date(dto.startsAt) : before.startsAt,
        endsAt: dto.endsAt ? new Date(dto.endsAt) : before.endsAt,
        timeZone: dto.timeZone ?? before.timeZone,
        visibility: dto.visibility ?? before.visibility,
        capacity: patched(dto.capacity, before.capacity),
        announcedAt: patchedDate(dto.announcedAt, before.announcedAt),
        registrationOpensAt: patchedDate(dto.registrationOpensAt, before.registrationOpensAt),
        registrationClosesAt: patchedDate(dto.registrationClosesAt, before.registrationClosesAt),
        requiresApproval: dto.requiresApproval ?? before.requiresApproval,
        reportsByRegion: dto.reportsByRegion ?? before.reportsByRegion,
        quorum: patched(dto.quorum, before.quorum),
      };
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
      const span = await this.events.sessionSpan(manager, id);
      if ((span.first && span.first < after.startsAt) || (span.last && span.last > after.endsAt)) {
        throw new AppError('OUTSIDE_EVENT', {
          from: toZonedIso(after.startsAt, after.timeZone),
          to: toZonedIso(after.endsAt, after.timeZone),
        });
      }
      await this.events.update(manager, id, after, dto.organizerIds);
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
      await this.announce(manager, eventNews('event.changed', id, after, current.status, organizerIds));
    });
    return this.get(user, id, lang);
  }

  /** publish (draft → published, stamps announcedAt when missing), close, cancel. */
  async changeStatus(
    user: AuthUser,
    id: string,
    change: 'publish' | 'close' | 'cancel',
    lang: Language,
  ): Promise<EventResponseDto> {
    await this.events.transaction(async (manager) => {
      const current = await this.lockManageable(manager, user, id, undefined, true);
      const rule = STATUS_CHANGES[change];
      if (!rule.from.includes(current.status)) {
        throw new AppError('INVALID_STATUS_CHANGE', { from: current.status, to: rule.to });
      }
      await this.events.setStatus(manager, id, rule.to, change === 'publish' ? new Date() : undefined);
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
    return this.get(user, id, lang);
  }

  private async announce(manager: Tx, news: ReturnType<typeof eventNews>): Promise<void> {
    if (news) {
      await this.webhooks.announce(manager, news);
    }
  }

  /**
   * For the sessions module: locks the event for the transaction and checks that the
   * user manages it and that it can still change.
   */
  async lockManageable(
    manager: Tx,
    user: AuthUser,
    id: string,
    version?: number,
    allowCancelled = false,
  ): Promise<EventRow> {
    if (!(await this.events.lock(manager, id))) {
      throw AppError.notFound();
    }
    const row = (await this.events.findByIdOrSlug(id, manager))!;
    if (!mayAccessEvent(user, row, 'manage')) {
      throw mayAccessEvent(user, row, 'watch') || row.visibility === 'public'
        ? AppError.forbidden()
        : AppError.notFound();
    }
    if (row.status === 'cancelled' && !allowCancelled) {
      throw new AppError('EVENT_CANCELLED');
    }
    if (version !== undefined && row.version !== version) {
      throw AppError.versionMismatch();
    }
    return row;
  }

  /** The event whatever its visibility: for modules that have checked access another way. */
  findRow(idOrSlug: string): Promise<EventRow | undefined> {
    return this.events.findByIdOrSlug(idOrSlug);
  }

  /** Locks the event row for the transaction (registrations serialise on it) and returns it. */
  async lockRow(manager: Tx, id: string): Promise<EventRow> {
    if (!(await this.events.lock(manager, id))) {
      throw AppError.notFound();
    }
    return (await this.events.findByIdOrSlug(id, manager))!;
  }

  touch(manager: Tx, id: string): Promise<void> {
    return this.events.touch(manager, id);
  }

  transaction<T>(work: (manager: Tx) => Promise<T>): Promise<T> {
    return this.events.transaction(work);
  }

  async compliance(query: ComplianceQueryDto, lang: Language): Promise<ComplianceResponseDto> {
    const rows = await this.events.complianceRows({
      from: query.from ? new Date(query.from) : undefined,
      to: query.to ? new Date(query.to) : undefined,
      region: query.region,
    });
    const group = (key: string, label: string): ComplianceGroupDto => ({
      key,
      label,
      events: 0,
      inTime: 0,
      late: 0,
      notAnnounced: 0,
      percent: 0,
    });
    const count = (g: ComplianceGroupDto, row: EventRow): void => {
      g.events += 1;
      if (row.leadTimeDays === null) {
        g.notAnnounced += 1;
      } else if (meetsLeadTime(row)) {
        g.inTime += 1;
      } else {
        g.late += 1;
      }
      g.percent = Math.round((g.inTime / g.events) * 1000) / 10;
    };
    const totals = group('all', '');
    const byOrganizer = new Map<string, ComplianceGroupDto>();
    const byRegion = new Map<string, ComplianceGroupDto>();
    for (const row of rows) {
      count(totals, row);
      for (const o of row.organizers) {
        const g = byOrganizer.get(o.id) ?? group(o.id, pickText(o.name, lang) ?? '');
        byOrganizer.set(o.id, g);
        count(g, row);
      }
      const regionKey = row.regionCode ?? 'none';
      const r = byRegion.get(regionKey) ?? group(regionKey, pickText(row.regionName, lang) ?? '');
      byRegion.set(regionKey, r);
      count(r, row);
    }
    const worstFirst = (a: ComplianceGroupDto, b: ComplianceGroupDto): number =>
      a.percent - b.percent || a.label.localeCompare(b.label);
    return {
      totals,
      byOrganizer: [...byOrganizer.values()].sort(worstFirst),
      byRegion: [...byRegion.values()].sort(worstFirst),
      violations: rows
        .filter((row) => !meetsLeadTime(row))
        .map((row) => ({
          id: row.id,
          slug: row.slug,
          title: pickText(row.title, lang) ?? '',
          startsAt: toZonedIso(new Date(row.startsAt), row.timeZone),
          announcedAt: zoned(row.announcedAt, row.timeZone),
          leadTimeDays: row.leadTimeDays,
          requiredLeadDays: row.requiredLeadDays,
          regionCode: row.regionCode,
          organizers: row.organizers.map((o) => pickText(o.name, lang) ?? ''),
        })),
    };
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
    const taken = new Set(await this.events.slugsLike(base));
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
