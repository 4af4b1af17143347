import { Injectable } from '@nestjs/common';
import { AppError, secretHash } from '@app/common';
import type { Language } from '@app/contracts';
import type { AuthUser } from '../../platform/access/auth-user';
import type { EventRow } from '../../forum/events/events.model';
import { EventsService } from '../../forum/events/events.service';
import { PeopleService } from '../../directory/people/people.service';
import { UsersService } from '../../platform/users/users.service';
import { newBadgeCode } from './badge-code';
import type {
  CreateRegistrationDto,
  ListRegistrationsQueryDto,
  RegistrationListResponseDto,
  RegistrationResponseDto,
  RegistrationRole,
  RegistrationStatus,
  UpdateRegistrationDto,
} from './dto/registration.dto';
import { RegistrationAccess } from './registration-access';
import { RegistrationNews } from './registration-news';
import { toRegistrationResponse } from './registration-response';
import { RegistrationSeats } from './registration-seats';
import { RegistrationDistricts } from './registration-districts';
import { type RegistrationRow, RegistrationsRepository } from './registrations.repository';
import { mayAccessEvent } from '../../platform/access/event-access';
import type { Tx } from '@app/database';

/** Roles a participant may take when registering themselves; the rest are given by organizers. */
const SELF_ROLES: RegistrationRole[] = ['delegate', 'guest', 'press'];

/** Registering for an event: one's own or on someone's behalf, its changes of state, and who is registered where. */
@Injectable()
export class RegistrationsService {
  constructor(
    private readonly registrations: RegistrationsRepository,
    private readonly events: EventsService,
    private readonly people: PeopleService,
    private readonly users: UsersService,
    private readonly access: RegistrationAccess,
    private readonly news: RegistrationNews,
    private readonly seats: RegistrationSeats,
    private readonly districts: RegistrationDistricts,
  ) {}

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
        return { created: false, registration: toRegistrationResponse(previous, event.timeZone, lang, true) };
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
        return { created: false, registration: toRegistrationResponse(previous, event.timeZone, lang, true) };
      }
      throw new AppError('ALREADY_REGISTERED', {}, [{ field: 'personId', code: 'alreadyExists' }]);
    }
    if (district) {
      await this.districts.save(outcome.id, district);
      outcome = { ...outcome, regionCode: district.regionCode ?? outcome.regionCode };
    }
    // admit is one statement of its own: the news follows it (a crash between the two loses only the webhook).
    await this.news.announce(undefined, outcome, current);
    return { created: true, registration: toRegistrationResponse(outcome, event.timeZone, lang, true) };
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
        const status = (await this.seats.hasSeat(manager, locked)) ? 'registered' : 'waitlisted';
        await this.registrations.setStatus(manager, id, status);
        await this.news.notify(manager, id, status, locked);
        await this.news.announceStored(manager, id, locked);
        return;
      }
      await this.registrations.setStatus(manager, id, dto.action === 'decline' ? 'declined' : 'cancelled');
      await this.news.announceStored(manager, id, locked);
      if (row.status === 'registered') {
        await this.seats.promote(manager, locked);
      }
    });
    const row = (await this.registrations.findById(id))!;
    return toRegistrationResponse(row, event?.timeZone ?? 'Asia/Almaty', lang, true);
  }

  async get(user: AuthUser, id: string, lang: Language): Promise<RegistrationResponseDto> {
    const { row, event } = await this.access.readable(user, id);
    return toRegistrationResponse(row, event.timeZone, lang, true);
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
    return { items: rows.map((row) => toRegistrationResponse(row, event.timeZone, lang, true)), total, limit, offset };
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
    return rows.map((row) => toRegistrationResponse(row, 'Asia/Almaty', lang, true));
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

  /** Of these events, those where the signed-in person is registered (their participants' materials, say). */
  async registeredEvents(user: AuthUser | undefined, eventIds: string[]): Promise<string[]> {
    return user?.personId && eventIds.length > 0 ? this.registrations.registeredEvents(user.personId, eventIds) : [];
  }

  /** For check-in: the registration behind a badge code or an id, within the event. */
  findById(id: string, manager?: Tx): Promise<RegistrationRow | undefined> {
    return this.registrations.findById(id, manager);
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
