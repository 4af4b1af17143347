import { Injectable } from '@nestjs/common';
import { AppError } from '@app/common';
import type { Language } from '@app/contracts';
import type { AuthUser } from '../../platform/access/auth-user';
import { mayAccessEvent } from '../../platform/access/event-access';
import type { Tx } from '@app/database';
import type { ComplianceQueryDto, ComplianceResponseDto } from './dto/compliance.dto';
import type { ListEventsQueryDto } from './dto/event-query.dto';
import type { EventListResponseDto, EventResponseDto } from './dto/event-response.dto';
import { complianceReport } from './event-compliance';
import { toEventResponse } from './event-response';
import type { EventRow, Viewer } from './events.model';
import { EventsRepository } from './events.repository';

export { regionNameOf } from './event-response';

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
  constructor(private readonly events: EventsRepository) {}

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
    return complianceReport(rows, lang);
  }
}
