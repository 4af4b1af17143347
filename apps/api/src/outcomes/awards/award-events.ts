import { AppError } from '@app/common';
import type { AuthUser } from '../../platform/access/auth-user';
import { mayAccessEvent } from '../../platform/access/event-access';
import type { EventRow } from '../../forum/events/events.model';
import type { EventsService } from '../../forum/events/events.service';

/** The event whose awards the user may see (its managers and watchers): 404 unknown, 403 someone else's. */
export async function watchedEvent(events: EventsService, user: AuthUser, eventId: string): Promise<EventRow> {
  const event = await events.findRow(eventId);
  if (!event) {
    throw AppError.notFound();
  }
  if (!mayAccessEvent(user, event, 'manage') && !mayAccessEvent(user, event, 'watch')) {
    throw AppError.forbidden();
  }
  return event;
}
