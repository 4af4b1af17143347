import { Injectable } from '@nestjs/common';
import { AppError, pickText, toZonedIso } from '@app/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import type { Language } from '@app/contracts';
import { Inject } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { formatLocalDate, formatLocalTime } from '../agenda/agenda-labels';
import type { EventRow } from '../events/events.repository';
import { type MessageRow, NotificationsRepository } from './notifications.repository';
import { registrationMail, type RegistrationMailKind } from './templates';

export interface RegistrationNotice {
  registrationId: string;
  kind: RegistrationMailKind;
  email: string | null;
  language: Language;
  name: string;
  event: EventRow;
  badgeCode?: string;
  waitlistPosition?: number;
  invitationUrl?: string;
}

/** Writes messages into the outbox, in the transaction of the change that causes them. */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly outbox: NotificationsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async registrationChanged(manager: EntityManager, notice: RegistrationNotice, dedupeKey?: string): Promise<void> {
    if (!notice.email) {
      return;
    }
    const { event, language } = notice;
    const start = toZonedIso(new Date(event.startsAt), event.timeZone);
    const end = toZonedIso(new Date(event.endsAt), event.timeZone);
    const firstDay = formatLocalDate(start, event.timeZone, language);
    const lastDay = formatLocalDate(end, event.timeZone, language);
    const when =
      firstDay === lastDay
        ? `${firstDay}, ${formatLocalTime(start, event.timeZone)}–${formatLocalTime(end, event.timeZone)}`
        : `${firstDay} ${formatLocalTime(start, event.timeZone)} – ${lastDay} ${formatLocalTime(end, event.timeZone)}`;
    const mail = registrationMail({
      kind: notice.kind,
      language,
      name: notice.name,
      eventTitle: pickText(event.title, language) ?? '',
      when,
      venue: [pickText(event.venue.name, language), pickText(event.venue.address, language)].filter(Boolean).join(', '),
      eventUrl: `${this.config.publicUrl}/events/${event.slug}`,
      badgeCode: notice.badgeCode,
      waitlistPosition: notice.waitlistPosition,
      invitationUrl: notice.invitationUrl,
    });
    await this.outbox.enqueue(manager, {
      dedupeKey: dedupeKey ?? `registration:${notice.registrationId}:${notice.kind}`,
      purpose: `registration.${notice.kind}`,
      eventId: event.id,
      recipient: notice.email,
      language,
      ...mail,
      attachAgenda: notice.kind === 'registered' || notice.kind === 'promoted' || notice.kind === 'agenda_changed',
      badgeCode: notice.kind === 'registered' || notice.kind === 'promoted' ? (notice.badgeCode ?? null) : null,
    });
  }

  list(filter: { status?: string; eventId?: string; limit: number; offset: number }): Promise<MessageRow[]> {
    return this.outbox.list(filter);
  }

  async resend(id: string): Promise<void> {
    if (!(await this.outbox.resend(id))) {
      throw AppError.notFound();
    }
  }
}
