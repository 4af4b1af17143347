import { Injectable } from '@nestjs/common';
import { AppError } from '@app/common';
import type { AuthUser } from '../../platform/access/auth-user';
import { mayAccessEvent } from '../../platform/access/event-access';
import type { EventRow } from '../../forum/events/events.model';
import { EventsService } from '../../forum/events/events.service';
import { type RegistrationRow, RegistrationsRepository } from './registrations.repository';

/** Who may read one registration (and its badge): the person themself and the event's staff. */
@Injectable()
export class RegistrationAccess {
  constructor(
    private readonly registrations: RegistrationsRepository,
    private readonly events: EventsService,
  ) {}

  async readable(user: AuthUser, id: string): Promise<{ row: RegistrationRow; event: EventRow }> {
    const row = await this.registrations.findById(id);
    if (!row) {
      throw AppError.notFound();
    }
    const event = await this.events.getVisibleRow(user, row.eventId).catch(() => undefined);
    const isSelf = user.personId !== null && user.personId === row.personId;
    if (!event && !isSelf) {
      throw AppError.notFound();
    }
    if (!isSelf && !(event && mayAccessEvent(user, event, 'seeRegistrations'))) {
      throw AppError.forbidden();
    }
    return { row, event: event ?? (await this.events.findRow(row.eventId))! };
  }
}
