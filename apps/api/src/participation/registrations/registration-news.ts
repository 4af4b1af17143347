import { Injectable } from '@nestjs/common';
import type { Tx } from '@app/database';
import type { EventRow } from '../../forum/events/events.model';
import { personName } from '../../directory/people/people.service';
import { WebhooksService } from '../../platform/webhooks/webhooks.service';
import { NotificationsService } from '../notifications/notifications.service';
import type { RegistrationMailKind } from '../notifications/templates';
import { type RegistrationRow, RegistrationsRepository } from './registrations.repository';

/** Who hears of a registration's new state: its person by mail, the event's organizers by webhook. */
@Injectable()
export class RegistrationNews {
  constructor(
    private readonly registrations: RegistrationsRepository,
    private readonly notifications: NotificationsService,
    private readonly webhooks: WebhooksService,
  ) {}

  /** Queues the message about this registration's new state, in the same transaction (none without an e-mail). */
  async notify(
    manager: Tx,
    id: string,
    kind: RegistrationMailKind,
    event: EventRow,
    invitationUrl?: string,
  ): Promise<void> {
    const row = (await this.registrations.findById(id, manager))!;
    await this.notifications.registrationChanged(manager, {
      registrationId: row.id,
      kind,
      email: row.email,
      language: row.language,
      name: personName(row.fullName, row.language),
      event,
      badgeCode: kind === 'registered' || kind === 'promoted' ? row.badgeCode : undefined,
      waitlistPosition: row.waitlistPosition ?? undefined,
      invitationUrl,
    });
  }

  /** Webhook news for the event's organizers: the registration's new state, without the person's contacts or badge. */
  async announce(manager: Tx | undefined, row: RegistrationRow, event: EventRow): Promise<void> {
    await this.webhooks.announce(manager, {
      type: 'registration.changed',
      organizationIds: event.organizers.map((o) => o.id),
      data: {
        id: row.id,
        eventId: row.eventId,
        personId: row.personId,
        role: row.role,
        status: row.status,
        waitlistPosition: row.waitlistPosition,
      },
    });
  }

  /** The news of the registration as it now stands in the transaction. */
  async announceStored(manager: Tx, id: string, event: EventRow): Promise<void> {
    await this.announce(manager, (await this.registrations.findById(id, manager))!, event);
  }
}
