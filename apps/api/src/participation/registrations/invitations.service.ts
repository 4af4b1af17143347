import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { AppError, pickText, secretHash, toZonedIso } from '@app/common';
import type { Language } from '@app/contracts';
import { randomBytes } from 'node:crypto';
import type { AuthUser } from '../../platform/access/auth-user';
import { mayAccessEvent } from '../../platform/access/event-access';
import { EventsService } from '../../forum/events/events.service';
import { personName } from '../../directory/people/people.service';
import { newBadgeCode } from './badge-code';
import type { CreateInvitationsDto, InvitationsResultDto, InvitationViewDto } from './dto/registration.dto';
import { RegistrationNews } from './registration-news';
import { RegistrationSeats } from './registration-seats';
import { type RegistrationRow, RegistrationsRepository } from './registrations.repository';

/** Invitations: organizers invite people, each answers through a personal link without a password. */
@Injectable()
export class InvitationsService {
  constructor(
    private readonly registrations: RegistrationsRepository,
    private readonly events: EventsService,
    private readonly news: RegistrationNews,
    private readonly seats: RegistrationSeats,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Invites people (a list, an organization, a region, optionally one category) as
   * `invited` registrations; each gets a personal link to confirm or decline without a password.
   */
  async invite(
    user: AuthUser,
    eventIdOrSlug: string,
    dto: CreateInvitationsDto,
    lang: Language,
  ): Promise<InvitationsResultDto> {
    const event = await this.events.getVisibleRow(user, eventIdOrSlug);
    if (!mayAccessEvent(user, event, 'manage')) {
      throw AppError.forbidden();
    }
    if (!dto.personIds?.length && !dto.organizationId && !dto.regionCode) {
      throw AppError.validation([{ field: 'personIds', code: 'isDefined' }]);
    }
    const candidates = await this.registrations.invitees(event.id, dto);
    const fresh = candidates.filter((c) => !c.active);
    const tokens = new Map(fresh.map((c) => [c.personId, randomBytes(32).toString('base64url')]));
    const created = await this.registrations.transaction(async (manager) => {
      const locked = await this.events.lockRow(manager, event.id);
      if (locked.status === 'cancelled' || locked.status === 'closed') {
        throw new AppError('REGISTRATION_CLOSED');
      }
      const inserted = await this.registrations.insertInvitations(
        manager,
        event.id,
        fresh.map((c) => ({
          personId: c.personId,
          role: dto.role ?? 'delegate',
          badgeCode: newBadgeCode(),
          tokenHash: secretHash(tokens.get(c.personId)!),
        })),
        user.id,
      );
      for (const invitation of inserted) {
        await this.news.announceStored(manager, invitation.id, locked);
        await this.news.notify(
          manager,
          invitation.id,
          'invited',
          locked,
          this.invitationLink(tokens.get(invitation.personId)!),
        );
      }
      return inserted;
    });
    const names = new Map(candidates.map((c) => [c.personId, c.fullName]));
    return {
      invited: created.length,
      skipped: candidates.length - created.length,
      invitations: created.map((r) => ({
        registrationId: r.id,
        personId: r.personId,
        name: personName(names.get(r.personId)!, lang),
        link: this.invitationLink(tokens.get(r.personId)!),
      })),
    };
  }

  /** What the invitation link shows: the event, the person, where the invitation stands. */
  async viewInvitation(token: string, lang: Language): Promise<InvitationViewDto> {
    const row = await this.registrations.findByInvitationHash(this.registrations.manager(), secretHash(token));
    if (!row) {
      throw AppError.notFound();
    }
    return this.invitationView(row, lang);
  }

  /** Confirm or decline through the link. Confirming takes a seat if one is free, else the waitlist. Answering again with the same answer is harmless. */
  async respond(token: string, answer: 'confirm' | 'decline', lang: Language): Promise<InvitationViewDto> {
    const id = await this.registrations.transaction(async (manager) => {
      const found = await this.registrations.findByInvitationHash(manager, secretHash(token));
      if (!found) {
        throw AppError.notFound();
      }
      const event = await this.events.lockRow(manager, found.eventId);
      const row = (await this.registrations.findById(found.id, manager))!;
      const already = answer === 'confirm' ? ['registered', 'waitlisted', 'pending'] : ['declined'];
      if (already.includes(row.status)) {
        return row.id;
      }
      if (row.status !== 'invited') {
        throw new AppError('INVALID_STATUS_CHANGE', { from: row.status, to: answer });
      }
      if (answer === 'decline') {
        await this.registrations.setStatus(manager, row.id, 'declined');
      } else {
        if (event.status !== 'published' || new Date(event.endsAt) <= new Date()) {
          throw new AppError('REGISTRATION_CLOSED');
        }
        const status = (await this.seats.hasSeat(manager, event)) ? 'registered' : 'waitlisted';
        await this.registrations.setStatus(manager, row.id, status);
        await this.news.notify(manager, row.id, status, event);
      }
      await this.news.announceStored(manager, row.id, event);
      await this.registrations.markResponded(manager, row.id);
      return row.id;
    });
    return this.invitationView((await this.registrations.findById(id))!, lang);
  }

  private async invitationView(row: RegistrationRow, lang: Language): Promise<InvitationViewDto> {
    const event = (await this.events.findRow(row.eventId))!;
    return {
      eventId: event.id,
      eventSlug: event.slug,
      eventTitle: pickText(event.title, lang) ?? '',
      startsAt: toZonedIso(new Date(event.startsAt), event.timeZone),
      name: personName(row.fullName, lang),
      status: row.status,
      ...(row.waitlistPosition ? { waitlistPosition: row.waitlistPosition } : {}),
      ...(row.status === 'registered' ? { badgeCode: row.badgeCode } : {}),
    };
  }

  private invitationLink(token: string): string {
    return `${this.config.publicUrl}/invitations/${token}`;
  }
}
