import { Injectable } from '@nestjs/common';
import { AppError } from '@app/common';
import type { AuthUser } from '../../platform/access/auth-user';
import type { EventRow } from '../../forum/events/events.model';
import { EventsService } from '../../forum/events/events.service';
import { mayAccessEvent } from '../../platform/access/event-access';
import type { ResolutionRow } from './resolutions.model';
import { ResolutionsRepository } from './resolutions.repository';

/** Who may draft a resolution and who may read one, for the services of this module. */
/**
 * Who reads an act's execution: its forum's staff (drafting or watching it) see the progress notes, evidence and
 * people; everyone else, the public, only each point's status and percent.
 */
export function audienceOf(user: AuthUser | undefined, event: EventRow): 'staff' | 'public' {
  return mayAccessEvent(user, event, 'draft') || mayAccessEvent(user, event, 'watch') ? 'staff' : 'public';
}

@Injectable()
export class ResolutionAccess {
  constructor(
    private readonly resolutions: ResolutionsRepository,
    private readonly events: EventsService,
  ) {}

  /** The event of a resolution being drafted, if this user may draft there. */
  async draftingEvent(user: AuthUser, eventId: string): Promise<EventRow> {
    const event = await this.events.findRow(eventId);
    if (!event) {
      throw AppError.notFound();
    }
    if (!mayAccessEvent(user, event, 'draft')) {
      throw AppError.forbidden();
    }
    return event;
  }

  /** A resolution and its event, if this user may read it: adopted ones of public events are public. */
  async readable(user: AuthUser | undefined, id: string): Promise<{ row: ResolutionRow; event: EventRow }> {
    const row = await this.resolutions.findById(id);
    const event = row ? await this.events.findRow(row.eventId) : undefined;
    if (!row || !event) {
      throw AppError.notFound();
    }
    const isPublic = row.status === 'adopted' && event.visibility === 'public' && event.status !== 'draft';
    if (!isPublic && !mayAccessEvent(user, event, 'draft') && !mayAccessEvent(user, event, 'watch')) {
      throw AppError.notFound();
    }
    return { row, event };
  }
}
