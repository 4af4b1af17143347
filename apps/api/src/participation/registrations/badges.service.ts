import { Injectable } from '@nestjs/common';
import { AppError, formatLocalDate, pickText, qrCodePng, toZonedIso } from '@app/common';
import type { AuthUser } from '../../platform/access/auth-user';
import { mayAccessEvent } from '../../platform/access/event-access';
import type { EventRow } from '../../forum/events/events.model';
import { EventsService } from '../../forum/events/events.service';
import { type BadgeInfo, renderBadgesPdf } from './badge-pdf';
import { RegistrationAccess } from './registration-access';
import { type RegistrationRow, RegistrationsRepository } from './registrations.repository';

/** A registered participant's badge: its QR code, one printable badge, every badge of an event. */
@Injectable()
export class BadgesService {
  constructor(
    private readonly registrations: RegistrationsRepository,
    private readonly events: EventsService,
    private readonly access: RegistrationAccess,
  ) {}

  /** The badge as a QR code PNG (the person themself and the event's staff only). */
  async badgePng(user: AuthUser, id: string): Promise<Buffer> {
    const { row } = await this.access.readable(user, id);
    if (row.status !== 'registered') {
      throw new AppError('NOT_ADMITTED', { status: row.status });
    }
    return qrCodePng(row.badgeCode);
  }

  /** A printable A6 badge with the QR code, name, position and organization in Kazakh. */
  async badgePdf(user: AuthUser, id: string): Promise<Buffer> {
    const { row, event } = await this.access.readable(user, id);
    if (row.status !== 'registered') {
      throw new AppError('NOT_ADMITTED', { status: row.status });
    }
    return renderBadgesPdf([this.badgeInfo(row, event)]);
  }

  /** Every registered participant's badge in one PDF, for printing at the venue (the event's organizers and checkers). */
  async eventBadgesPdf(user: AuthUser, eventIdOrSlug: string): Promise<Buffer> {
    const event = await this.events.getVisibleRow(user, eventIdOrSlug);
    if (!mayAccessEvent(user, event, 'seeRegistrations')) {
      throw AppError.forbidden();
    }
    const { rows } = await this.registrations.list(event.id, { status: 'registered', limit: 10000, offset: 0 });
    return renderBadgesPdf(
      rows.map((row) => this.badgeInfo(row, event)),
      { title: pickText(event.title, 'kk') ?? undefined },
    );
  }

  private badgeInfo(row: RegistrationRow, event: EventRow): BadgeInfo {
    const start = toZonedIso(new Date(event.startsAt), event.timeZone);
    const end = toZonedIso(new Date(event.endsAt), event.timeZone);
    const first = formatLocalDate(start, event.timeZone, 'kk');
    const last = formatLocalDate(end, event.timeZone, 'kk');
    return {
      badgeCode: row.badgeCode,
      name: row.fullName.kk,
      position: pickText(row.position, 'kk'),
      organization: pickText(row.organizationName, 'kk'),
      role: row.role,
      eventTitle: pickText(event.title, 'kk') ?? '',
      eventDates: first === last ? first : `${first} – ${last}`,
      venue: pickText(event.venue.name, 'kk'),
    };
  }
}
