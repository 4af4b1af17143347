import { Injectable } from '@nestjs/common';
import type { Tx } from '@app/database';
import type { EventRow } from '../../forum/events/events.model';
import { RegistrationNews } from './registration-news';
import { RegistrationsRepository } from './registrations.repository';

/** The capacity rule, under the event's lock: a free seat or the waitlist, and the waitlist moving up. */
@Injectable()
export class RegistrationSeats {
  constructor(
    private readonly registrations: RegistrationsRepository,
    private readonly news: RegistrationNews,
  ) {}

  async hasSeat(manager: Tx, event: EventRow): Promise<boolean> {
    return event.capacity === null || (await this.registrations.countRegistered(manager, event.id)) < event.capacity;
  }

  /** Fills freed seats from the waitlist, first come first served, in the caller's transaction. */
  async promote(manager: Tx, event: EventRow): Promise<void> {
    const free =
      event.capacity === null ? 0 : event.capacity - (await this.registrations.countRegistered(manager, event.id));
    if (free <= 0) {
      return;
    }
    for (const id of await this.registrations.firstWaitlisted(manager, event.id, free)) {
      await this.registrations.setStatus(manager, id, 'registered');
      await this.news.notify(manager, id, 'promoted', event);
      await this.news.announceStored(manager, id, event);
    }
  }
}
