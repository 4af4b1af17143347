import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { AppError, pickText, qrCodePng, secretHash, toZonedIso, formatLocalDate } from '@app/common';
import { BADGE_CODE_ALPHABET, BADGE_CODE_LENGTH, type Language } from '@app/contracts';
import { randomBytes } from 'node:crypto';
import type { AuthUser } from '../../platform/access/auth-user';
import type { EventRow } from '../../forum/events/events.model';
import { EventsService } from '../../forum/events/events.service';
import { PeopleService, personName } from '../../directory/people/people.service';
import { NotificationsService } from '../notifications/notifications.service';
import type { RegistrationMailKind } from '../notifications/templates';
import { UsersService } from '../../platform/users/users.service';
import { type BadgeInfo, renderBadgesPdf } from './badge-pdf';
import type {
  CreateInvitationsDto,
  CreateRegistrationDto,
  InvitationsResultDto,
  InvitationViewDto,
  ListRegistrationsQueryDto,
  RegistrationListResponseDto,
  RegistrationResponseDto,
  RegistrationRole,
  RegistrationStatus,
  UpdateRegistrationDto,
} from './dto/registration.dto';
import { type RegistrationRow, RegistrationsRepository } from './registrations.repository';
import { RegistrationDistricts } from './registration-districts';
import { WebhooksService } from '../../platform/webhooks/webhooks.service';
import { mayAccessEvent } from '../../platform/access/event-access';
import type { Tx } from '@app/database';

/** Roles a participant may take when registering themselves; the rest are given by organizers. */
const SELF_ROLES: RegistrationRole[] = ['delegate', 'guest', 'press'];

/** 20 characters of Crockford base32: 100 bits, unguessable, easy to type from a damaged badge. */
export function newBadgeCode(): string {
  const bytes = randomBytes(BADGE_CODE_LENGTH);
  return [...bytes].map((b) => BADGE_CODE_ALPHABET[b % 32]).join('');
}

@Injectable()
export class RegistrationsService {
  constructor(
    private readonly registrations: RegistrationsRepository,
    private readonly events: EventsService,
    private readonly people: PeopleService,
    private readonly users: UsersService,
    private readonly notifications: NotificationsService,
    private readonly webhooks: WebhooksService,
    private readonly districts: RegistrationDistricts,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private toResponse(
    row: RegistrationRow,
    timeZone: string,
    lang: Language,
    showBadge: boolean,
  ): RegistrationResponseDto {
    return {
      id: row.id,
      eventId: row.eventId,
      personId: row.personId,
      name: personName(row.fullName, lang),
      position: pickText(row.position, lang),
      organization: pickText(row.organizationName, lang),
      regionCode: row.regionCode,
      role: row.role,
      status: row.status,
      ...(row.waitlistPosition ? { waitlistPosition: row.waitlistPosition } : {}),
      ...(showBadge && row.status === 'registered' ? { badgeCode: row.badgeCode } : {}),
      checkedInAt: row.checkedInAt ? toZonedIso(new Date(row.checkedInAt), timeZone) : null,
      version: row.version,
      createdAt: new Date(row.createdAt).toISOString(),
    };
  }

  /**
   * Registers a person. Capacity is decided under the event's row lock, so concurrent
   * requests queue up: never more registered than seats, the rest waitlisted in arrival order.
   * An Idempotency-Key makes a retry return the first result.
   */
  async register(
    user: AuthUser,
    eventIdOrSlug: string,
    dto: CreateRegistrationDto,
    idempotencyKey: string | undefined,
    lang: Language,
  ): Promise<{ created: boolean; registration: RegistrationResponseDto }> {
    const event = await this.events.getVisibleRow(user, eventIdOrSlug);
    if (idempotencyKey) {
      const previous = await this.registrations.findByIdempotencyKey(event.id, user.id, idempotencyKey);
      if (previous) {
        return { created: false, registration: this.toResponse(previous, event.timeZone, lang, true) };
      }
    }
    const onBehalf = dto.personId !== undefined && dto.personId !== user.personId;
    const isOrganizer = mayAccessEvent(user, event, 'manage');
    if (onBehalf && !isOrganizer) {
      throw AppError.forbidden();
    }
    const role = dto.role ?? 'delegate';
    if (!isOrganizer && !SELF_ROLES.includes(role)) {
      throw AppError.forbidden();
    }
    const personId = dto.personId ?? (await this.ownPerson(user));
    const district = await this.districts.resolve(event, dto, personId);

    // One round trip under the event's lock (see `admit`). The rules are checked on the event as
    // read; if it changed meanwhile, nothing was written and they are checked again on the new one.
    let current = event;
    let outcome: RegistrationRow | null = null;
    for (let attempt = 1; ; attempt++) {
      this.assertOpen(current, isOrganizer);
      const result = await this.registrations.admit({
        eventId: current.id,
        eventVersion: current.version,
        personId,
        role,
        pending: current.requiresApproval && !isOrganizer,
        badgeCode: newBadgeCode(),
        createdBy: user.id,
        idempotencyKey: idempotencyKey ?? null,
      });
      if (result.eventFresh) {
        if (!result.personFound) {
          throw new AppError('REFERENCE_NOT_FOUND', {}, [{ field: 'personId', code: 'exists' }]);
        }
        outcome = result.row;
        break;
      }
      if (attempt === 3) {
        throw new AppError('CONFLICT');
      }
      current = await this.events.getVisibleRow(user, current.id);
    }
    if (!outcome) {
      // A retry that raced its first attempt finds that attempt's registration by its key.
      const previous =
        idempotencyKey && (await this.registrations.findByIdempotencyKey(event.id, user.id, idempotencyKey));
      if (previous) {
        return { created: false, registration: this.toResponse(previous, event.timeZone, lang, true) };
      }
      throw new AppError('ALREADY_REGISTERED', {}, [{ field: 'personId', code: 'alreadyExists' }]);
    }
    if (district) {
      await this.districts.save(outcome.id, district);
      outcome = { ...outcome, regionCode: district.regionCode ?? outcome.regionCode };
    }
    // admit is one statement of its own: the news follows it (a crash between the two loses only the webhook).
    await this.announce(undefined, outcome, current);
    return { created: true, registration: this.toResponse(outcome, event.timeZone, lang, true) };
  }

  /** approve / decline (organizers), cancel (organizers or the person). A cancellation promotes the next in line. */
  async update(
    user: AuthUser,
    id: string,
    dto: UpdateRegistrationDto,
    lang: Language,
  ): Promise<RegistrationResponseDto> {
    const current = await this.registrations.findById(id);
    if (!current) {
      throw AppError.notFound();
    }
    const event = await this.events.getVisibleRow(user, current.eventId).catch(() => undefined);
    const isOrganizer = !!event && mayAccessEvent(user, event, 'manage');
    const isSelf = user.personId !== null && user.personId === current.personId;
    if (!isOrganizer && !(isSelf && dto.action === 'cancel')) {
      throw isSelf || isOrganizer ? AppError.forbidden() : AppError.notFound();
    }
    await this.registrations.transaction(async (manager) => {
      const locked = await this.events.lockRow(manager, current.eventId);
      const row = (await this.registrations.findById(id, manager))!;
      const allowed: Record<UpdateRegistrationDto['action'], RegistrationStatus[]> = {
        approve: ['pending', 'invited'],
        decline: ['pending', 'invited', 'waitlisted', 'registered'],
        cancel: ['invited', 'pending', 'registered', 'waitlisted'],
      };
      if (!allowed[dto.action].includes(row.status)) {
        throw new AppError('INVALID_STATUS_CHANGE', { from: row.status, to: dto.action });
      }
      if (dto.action === 'approve') {
        const status = (await this.hasSeat(manager, locked)) ? 'registered' : 'waitlisted';
        await this.registrations.setStatus(manager, id, status);
        await this.notify(manager, id, status, locked);
        await this.announce(manager, (await this.registrations.findById(id, manager))!, locked);
        return;
      }
      await this.registrations.setStatus(manager, id, dto.action === 'decline' ? 'declined' : 'cancelled');
      await this.announce(manager, (await this.registrations.findById(id, manager))!, locked);
      if (row.status === 'registered') {
        await this.promote(manager, locked);
      }
    });
    const row = (await this.registrations.findById(id))!;
    return this.toResponse(row, event?.timeZone ?? 'Asia/Almaty', lang, true);
  }

  async get(user: AuthUser, id: string, lang: Language): Promise<RegistrationResponseDto> {
    const { row, event } = await this.readable(user, id);
    return this.toResponse(row, event.timeZone, lang, true);
  }

  async list(
    user: AuthUser,
    eventIdOrSlug: string,
    query: ListRegistrationsQueryDto,
    lang: Language,
  ): Promise<RegistrationListResponseDto> {
    const event = await this.events.getVisibleRow(user, eventIdOrSlug);
    if (!mayAccessEvent(user, event, 'seeRegistrations')) {
      throw AppError.forbidden();
    }
    const limit = query.limit ?? 100;
    const offset = query.offset ?? 0;
    const { rows, total } = await this.registrations.list(event.id, {
      status: query.status,
      role: query.role,
      region: query.region,
      q: query.q?.trim() || undefined,
      limit,
      offset,
    });
    return { items: rows.map((row) => this.toResponse(row, event.timeZone, lang, true)), total, limit, offset };
  }

  /** The events a person has a live registration at (not declined or cancelled): their private calendar. */
  activeEventIdsOf(personId: string): Promise<string[]> {
    return this.registrations.activeEventIdsOf(personId);
  }

  /** The signed-in person's own registrations, across events. */
  async mine(user: AuthUser, lang: Language): Promise<RegistrationResponseDto[]> {
    if (!user.personId) {
      return [];
    }
    const rows = await this.registrations.listForPerson(user.personId);
    return rows.map((row) => this.toResponse(row, 'Asia/Almaty', lang, true));
  }

  /** The badge as a QR code PNG (the person themself and the event's staff only). */
  async badgePng(user: AuthUser, id: string): Promise<Buffer> {
    const { row } = await this.readable(user, id);
    if (row.status !== 'registered') {
      throw new AppError('NOT_ADMITTED', { status: row.status });
    }
    return qrCodePng(row.badgeCode);
  }

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
        await this.announce(manager, (await this.registrations.findById(invitation.id, manager))!, locked);
        await this.notify(
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

  /** Whom the invitation link names (for the account made on its page); NOT_FOUND for an unknown link. */
  async invitee(
    token: string,
  ): Promise<Pick<RegistrationRow, 'personId' | 'fullName' | 'email' | 'language' | 'status'>> {
    const row = await this.registrations.findByInvitationHash(this.registrations.manager(), secretHash(token));
    if (!row) {
      throw AppError.notFound();
    }
    return {
      personId: row.personId,
      fullName: row.fullName,
      email: row.email,
      language: row.language,
      status: row.status,
    };
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
        const status = (await this.hasSeat(manager, event)) ? 'registered' : 'waitlisted';
        await this.registrations.setStatus(manager, row.id, status);
        await this.notify(manager, row.id, status, event);
      }
      await this.announce(manager, (await this.registrations.findById(row.id, manager))!, event);
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

  /** A printable A6 badge with the QR code, name, position and organization in Kazakh. */
  async badgePdf(user: AuthUser, id: string): Promise<Buffer> {
    const { row, event } = await this.readable(user, id);
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

  /** Of these events, those where the signed-in person is registered (their participants' materials, say). */
  async registeredEvents(user: AuthUser | undefined, eventIds: string[]): Promise<string[]> {
    return user?.personId && eventIds.length > 0 ? this.registrations.registeredEvents(user.personId, eventIds) : [];
  }

  /** For check-in: the registration behind a badge code or an id, within the event. */
  findById(id: string, manager?: Tx): Promise<RegistrationRow | undefined> {
    return this.registrations.findById(id, manager);
  }

  private async readable(user: AuthUser, id: string): Promise<{ row: RegistrationRow; event: EventRow }> {
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

  private assertOpen(event: EventRow, isOrganizer: boolean): void {
    const now = new Date();
    const opens = event.registrationOpensAt ? new Date(event.registrationOpensAt) : null;
    const closes = event.registrationClosesAt ? new Date(event.registrationClosesAt) : new Date(event.endsAt);
    const open = event.status === 'published' && (!opens || opens <= now) && closes > now;
    // Organizers may still add people outside the window (late delegations), never to a cancelled or closed event.
    if (!open && !(isOrganizer && (event.status === 'published' || event.status === 'draft'))) {
      throw new AppError('REGISTRATION_CLOSED');
    }
  }

  /** Queues the message about this registration's new state, in the same transaction (none without an e-mail). */
  private invitationLink(token: string): string {
    return `${this.config.publicUrl}/invitations/${token}`;
  }

  private async notify(
    manager: Tx,
    id: string,
    kind: RegistrationMailKind,
    event: EventRow,
    invitationUrl?: string,
  ): Promise<void> {
    await this.notifyRow(manager, (await this.registrations.findById(id, manager))!, kind, event, invitationUrl);
  }

  private async notifyRow(
    manager: Tx,
    row: RegistrationRow,
    kind: RegistrationMailKind,
    event: EventRow,
    invitationUrl?: string,
  ): Promise<void> {
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
  private async announce(manager: Tx | undefined, row: RegistrationRow, event: EventRow): Promise<void> {
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

  private async hasSeat(manager: Tx, event: EventRow): Promise<boolean> {
    return event.capacity === null || (await this.registrations.countRegistered(manager, event.id)) < event.capacity;
  }

  /** Fills freed seats from the waitlist, first come first served, in the caller's transaction. */
  private async promote(manager: Tx, event: EventRow): Promise<void> {
    const free =
      event.capacity === null ? 0 : event.capacity - (await this.registrations.countRegistered(manager, event.id));
    if (free <= 0) {
      return;
    }
    for (const id of await this.registrations.firstWaitlisted(manager, event.id, free)) {
      await this.registrations.setStatus(manager, id, 'registered');
      await this.notify(manager, id, 'promoted', event);
      await this.announce(manager, (await this.registrations.findById(id, manager))!, event);
    }
  }

  /** The person record of the signed-in account, made from the account's name on first use. */
  private async ownPerson(user: AuthUser): Promise<string> {
    if (user.personId) {
      return user.personId;
    }
    const name = user.fullName.trim();
    if (!name) {
      throw new AppError('NO_PERSON_RECORD');
    }
    const person = await this.people.create(
      { fullName: { kk: name }, email: undefined, language: user.language, category: 'other' },
      user.language,
    );
    // Linking announces the account change: the next request must not see the cached one without a person.
    return this.users.linkPerson(user.id, person.id);
  }
}
