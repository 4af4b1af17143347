import { Injectable } from '@nestjs/common';
import { AppError } from '@app/common';
import type { AuthUser } from '../../platform/access/auth-user';
import type { EventRow } from '../../forum/events/events.model';
import { EventsService } from '../../forum/events/events.service';
import { mayAccessEvent } from '../../platform/access/event-access';
import type { ProtocolRow } from './protocols.model';
import { ProtocolsRepository } from './protocols.repository';

/** Who may keep a protocol and who may read one. */
@Injectable()
export class ProtocolAccess {
  constructor(
    private readonly protocols: ProtocolsRepository,
    private readonly events: EventsService,
  ) {}

  /** The event, if this user keeps the record there (its secretaries and organizers): 404, else 403. */
  async keepingEvent(user: AuthUser, eventId: string): Promise<EventRow> {
    const event = await this.events.findRow(eventId);
    if (!event) {
      throw AppError.notFound();
    }
    if (!mayAccessEvent(user, event, 'draft')) {
      throw AppError.forbidden();
    }
    return event;
  }

  /** A protocol and its event for its keepers. */
  async kept(user: AuthUser, id: string): Promise<{ row: ProtocolRow; event: EventRow }> {
    const row = await this.protocols.findById(id);
    if (!row) {
      throw AppError.notFound();
    }
    return { row, event: await this.keepingEvent(user, row.eventId) };
  }

  /** A published protocol of a public event is public; drafts and approved ones are its staff's only. */
  async readable(user: AuthUser | undefined, id: string): Promise<{ row: ProtocolRow; event: EventRow }> {
    const row = await this.protocols.findById(id);
    const event = row ? await this.events.findRow(row.eventId) : undefined;
    if (!row || !event || !this.mayRead(user, row, event)) {
      throw AppError.notFound();
    }
    return { row, event };
  }

  eventOf(row: Pick<ProtocolRow, 'eventId'>): Promise<EventRow | undefined> {
    return this.events.findRow(row.eventId);
  }

  mayRead(user: AuthUser | undefined, row: Pick<ProtocolRow, 'status'>, event: EventRow): boolean {
    const isPublic = row.status === 'published' && event.visibility === 'public' && event.status !== 'draft';
    return isPublic || mayAccessEvent(user, event, 'draft') || mayAccessEvent(user, event, 'watch');
  }
}
