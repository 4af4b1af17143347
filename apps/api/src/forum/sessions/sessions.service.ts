import { Injectable } from '@nestjs/common';
import { AppError, localTime, patched, pickText, toZonedIso } from '@app/common';
import { findRoom, roomName, type Language } from '@app/contracts';
import { AuditService, diff } from '../../platform/audit/audit.service';
import type { AuthUser } from '../../platform/access/auth-user';
import type { EventRow } from '../events/events.model';
import { EventsService } from '../events/events.service';
import { PeopleService, personName } from '../../directory/people/people.service';
import type { CreateSessionDto, SessionResponseDto, UpdateSessionDto } from './dto/session.dto';
import type { Clash, SessionPeopleValues, SessionPersonRow, SessionRow, SessionValues } from './sessions.model';
import { SessionsRepository } from './sessions.repository';
import type { Tx } from '@app/database';

/** A session keeps a venue room by its Kazakh name, in whichever language it was chosen; any other name as typed. */
function roomKey(event: Pick<EventRow, 'venue'>, room: string | null): string | null {
  return room ? (findRoom(room, event.venue.rooms)?.kk ?? room) : null;
}

export function toSessionResponse(
  row: SessionRow,
  people: SessionPersonRow[],
  event: Pick<EventRow, 'timeZone' | 'venue'>,
  lang: Language,
): SessionResponseDto {
  const timeZone = event.timeZone;
  const mine = people.filter((p) => p.sessionId === row.id);
  const person = (p: SessionPersonRow): { personId: string; name: string; position: string | null } => ({
    personId: p.personId,
    name: personName(p.fullName, lang),
    position: pickText(p.personPosition, lang),
  });
  return {
    id: row.id,
    eventId: row.eventId,
    parentId: row.parentId,
    kind: row.kind,
    title: pickText(row.title, lang) ?? '',
    titles: row.title,
    description: pickText(row.description, lang),
    descriptions: row.description,
    startsAt: toZonedIso(new Date(row.startsAt), timeZone),
    endsAt: toZonedIso(new Date(row.endsAt), timeZone),
    room: row.room,
    roomName: roomName(row.room, event.venue.rooms, lang),
    seats: row.seats,
    quorum: row.quorum,
    moderators: mine.filter((p) => p.role === 'moderator').map(person),
    speakers: mine
      .filter((p) => p.role === 'speaker')
      .map((p) => ({ ...person(p), topic: pickText(p.topic, lang), topics: p.topic, minutes: p.minutes })),
    version: row.version,
  };
}

function auditable(values: SessionValues, people: SessionPeopleValues): Record<string, unknown> {
  return { ...values, startsAt: values.startsAt.toISOString(), endsAt: values.endsAt.toISOString(), ...people };
}

@Injectable()
export class SessionsService {
  constructor(
    private readonly sessions: SessionsRepository,
    private readonly events: EventsService,
    private readonly people: PeopleService,
    private readonly audit: AuditService,
  ) {}

  async listForEvent(user: AuthUser | undefined, eventIdOrSlug: string, lang: Language): Promise<SessionResponseDto[]> {
    const event = await this.events.getVisibleRow(user, eventIdOrSlug);
    const rows = await this.sessions.listByEvent(event.id);
    const people = await this.sessions.peopleOf(rows.map((r) => r.id));
    return rows.map((row) => toSessionResponse(row, people, event, lang));
  }

  /** For calendars: the sessions of many events (without their people), in one query. */
  sessionsOf(eventIds: string[]): Promise<SessionRow[]> {
    return eventIds.length ? this.sessions.listByEvents(eventIds) : Promise.resolve([]);
  }

  /** For the agenda: all sessions of an event and all their people, in two queries. */
  async agendaRows(eventId: string): Promise<{ sessions: SessionRow[]; people: SessionPersonRow[] }> {
    const sessions = await this.sessions.listByEvent(eventId);
    return { sessions, people: await this.sessions.peopleOf(sessions.map((s) => s.id)) };
  }

  /** The session whatever its event's visibility: for modules that have checked access another way. */
  findRow(id: string): Promise<SessionRow | undefined> {
    return this.sessions.findById(id);
  }

  async get(user: AuthUser | undefined, id: string, lang: Language): Promise<SessionResponseDto> {
    const row = await this.sessions.findById(id);
    if (!row) {
      throw AppError.notFound();
    }
    const event = await this.events.getVisibleRow(user, row.eventId);
    return toSessionResponse(row, await this.sessions.peopleOf([id]), event, lang);
  }

  async create(user: AuthUser, eventId: string, dto: CreateSessionDto, lang: Language): Promise<SessionResponseDto> {
    const id = await this.events.transaction(async (manager) => {
      const event = await this.events.lockManageable(manager, user, eventId);
      const values: SessionValues = {
        seats: dto.seats ?? null,
        quorum: dto.quorum ?? null,
        parentId: dto.parentId ?? null,
        kind: dto.kind,
        title: dto.title,
        description: dto.description ?? null,
        startsAt: new Date(dto.startsAt),
        endsAt: new Date(dto.endsAt),
        room: roomKey(event, dto.room?.trim() || null),
      };
      const people = this.peopleValues(dto.moderatorIds ?? [], dto.speakers ?? []);
      await this.check(manager, user, event, undefined, values, people, lang);
      const sessionId = await this.sessions.insert(manager, event.id, values);
      await this.sessions.replacePeople(manager, sessionId, people);
      await this.events.touch(manager, event.id);
      await this.audit.record(manager, {
        actorId: user.id,
        entity: 'session',
        entityId: sessionId,
        action: 'create',
        eventId: event.id,
        changes: diff({}, auditable(values, people)),
      });
      return sessionId;
    });
    return this.get(user, id, lang);
  }

  async update(
    user: AuthUser,
    id: string,
    dto: UpdateSessionDto,
    version: number | undefined,
    lang: Language,
  ): Promise<SessionResponseDto> {
    await this.events.transaction(async (manager) => {
      const existing = await this.sessions.findById(id, manager);
      if (!existing) {
        throw AppError.notFound();
      }
      const event = await this.events.lockManageable(manager, user, existing.eventId);
      // Re-read under the event lock: the row may have changed while we waited.
      const current = (await this.sessions.findById(id, manager))!;
      if (version !== undefined && current.version !== version) {
        throw AppError.versionMismatch();
      }
      const currentPeople = await this.sessions.peopleOf([id], manager);
      const before: SessionValues = {
        seats: current.seats,
        quorum: current.quorum,
        parentId: current.parentId,
        kind: current.kind,
        title: current.title,
        description: current.description,
        startsAt: new Date(current.startsAt),
        endsAt: new Date(current.endsAt),
        room: current.room,
      };
      const after: SessionValues = {
        seats: patched(dto.seats, before.seats),
        quorum: patched(dto.quorum, before.quorum),
        parentId: dto.parentId !== undefined ? dto.parentId : before.parentId,
        kind: dto.kind ?? before.kind,
        title: dto.title ?? before.title,
        description: patched(dto.description, before.description),
        startsAt: dto.startsAt ? new Date(dto.startsAt) : before.startsAt,
        endsAt: dto.endsAt ? new Date(dto.endsAt) : before.endsAt,
        room: dto.room === undefined ? before.room : roomKey(event, dto.room?.trim() || null),
      };
      const peopleBefore = this.peopleValues(
        currentPeople.filter((p) => p.role === 'moderator').map((p) => p.personId),
        currentPeople
          .filter((p) => p.role === 'speaker')
          .map((p) => ({ personId: p.personId, topic: p.topic ?? undefined, minutes: p.minutes ?? undefined })),
      );
      const peopleAfter: SessionPeopleValues = {
        moderatorIds: dto.moderatorIds ?? peopleBefore.moderatorIds,
        speakers: dto.speakers ? this.peopleValues([], dto.speakers).speakers : peopleBefore.speakers,
      };
      await this.check(manager, user, event, current, after, peopleAfter, lang);
      await this.sessions.update(manager, id, after);
      if (dto.moderatorIds || dto.speakers) {
        await this.sessions.replacePeople(manager, id, peopleAfter);
      }
      await this.events.touch(manager, event.id);
      await this.audit.record(manager, {
        actorId: user.id,
        entity: 'session',
        entityId: id,
        action: 'update',
        eventId: event.id,
        changes: diff(auditable(before, peopleBefore), auditable(after, peopleAfter)),
      });
    });
    return this.get(user, id, lang);
  }

  async delete(user: AuthUser, id: string): Promise<void> {
    await this.events.transaction(async (manager) => {
      const existing = await this.sessions.findById(id, manager);
      if (!existing) {
        throw AppError.notFound();
      }
      const event = await this.events.lockManageable(manager, user, existing.eventId);
      const children = await this.sessions.childIds(manager, id);
      await this.sessions.delete(manager, id);
      await this.events.touch(manager, event.id);
      for (const sessionId of [id, ...children]) {
        await this.audit.record(manager, {
          actorId: user.id,
          entity: 'session',
          entityId: sessionId,
          action: 'delete',
          eventId: event.id,
          changes:
            sessionId === id ? { title: { from: existing.title, to: null } } : { parentId: { from: id, to: null } },
        });
      }
    });
  }

  private peopleValues(
    moderatorIds: string[],
    speakers: { personId: string; topic?: { kk: string; ru: string; en?: string }; minutes?: number }[],
  ): SessionPeopleValues {
    return {
      moderatorIds,
      speakers: speakers.map((s) => ({ personId: s.personId, topic: s.topic ?? null, minutes: s.minutes ?? null })),
    };
  }

  /** Every rule of a session's place in the agenda; runs under the event's lock. */
  private async check(
    manager: Tx,
    user: AuthUser,
    event: EventRow,
    current: SessionRow | undefined,
    values: SessionValues,
    people: SessionPeopleValues,
    lang: Language,
  ): Promise<void> {
    const tz = event.timeZone;
    if (values.endsAt <= values.startsAt) {
      throw AppError.validation([{ field: 'endsAt', code: 'endsAfterStart' }]);
    }
    const rooms = event.venue.rooms ?? [];
    if (values.room && rooms.length > 0 && !findRoom(values.room, rooms)) {
      throw AppError.validation([{ field: 'room', code: 'room' }]);
    }
    const personIds = [...people.moderatorIds, ...people.speakers.map((s) => s.personId)];
    const found = await this.people.findByIds(personIds);
    if (found.length !== new Set(personIds).size) {
      throw new AppError('REFERENCE_NOT_FOUND', {}, [{ field: 'speakers', code: 'exists' }]);
    }

    const children = current ? await this.sessions.childIds(manager, current.id) : [];
    let parent: SessionRow | undefined;
    if (values.parentId) {
      parent = await this.sessions.findById(values.parentId, manager);
      if (
        !parent ||
        parent.eventId !== event.id ||
        parent.parentId !== null ||
        parent.id === current?.id ||
        children.length > 0
      ) {
        throw new AppError('INVALID_PARENT', {}, [{ field: 'parentId', code: 'INVALID_PARENT' }]);
      }
    }
    const frameStart = parent ? new Date(parent.startsAt) : new Date(event.startsAt);
    const frameEnd = parent ? new Date(parent.endsAt) : new Date(event.endsAt);
    if (values.startsAt < frameStart || values.endsAt > frameEnd) {
      throw new AppError('OUTSIDE_EVENT', { from: toZonedIso(frameStart, tz), to: toZonedIso(frameEnd, tz) });
    }
    if (current && children.length > 0) {
      const span = await this.sessions.childSpan(manager, current.id);
      if (
        (span.first && new Date(span.first) < values.startsAt) ||
        (span.last && new Date(span.last) > values.endsAt)
      ) {
        throw new AppError('OUTSIDE_EVENT', {
          from: toZonedIso(values.startsAt, tz),
          to: toZonedIso(values.endsAt, tz),
        });
      }
    }

    // A session shares its room and its people with its own section and sub-sessions only.
    const related = [current?.id, values.parentId, ...children].filter((id): id is string => !!id);
    if (values.room) {
      const clash = await this.sessions.roomClash(
        manager,
        event.id,
        values.room,
        values.startsAt,
        values.endsAt,
        related,
      );
      if (clash) {
        throw new AppError(
          'ROOM_CONFLICT',
          { room: roomName(values.room, event.venue.rooms, lang) ?? values.room, ...this.clashParams(clash, lang) },
          [{ field: 'room', code: 'ROOM_CONFLICT', params: { sessionId: clash.sessionId } }],
        );
      }
    }
    await this.sessions.lockPeople(manager, personIds);
    const clash = await this.sessions.personClash(manager, personIds, values.startsAt, values.endsAt, related);
    if (clash) {
      const field = people.moderatorIds.includes(clash.personId!) ? 'moderatorIds' : 'speakers';
      const person = personName(clash.fullName!, lang);
      // Another organizer's draft or invite-only event is nobody else's business: say only that the person is busy.
      const visible =
        clash.eventId === event.id ||
        (await this.events.getVisibleRow(user, clash.eventId).then(
          () => true,
          () => false,
        ));
      throw new AppError(
        'SPEAKER_CONFLICT',
        visible ? { person, ...this.clashParams(clash, lang) } : { person },
        [
          {
            field,
            code: 'SPEAKER_CONFLICT',
            params: visible ? { personId: clash.personId!, sessionId: clash.sessionId } : { personId: clash.personId! },
          },
        ],
        {},
        visible ? undefined : 'SPEAKER_CONFLICT_PRIVATE',
      );
    }
  }

  private clashParams(clash: Clash, lang: Language): { other: string; from: string; to: string } {
    return {
      other: pickText(clash.title, lang) ?? '',
      from: localTime(new Date(clash.startsAt), clash.timeZone),
      to: localTime(new Date(clash.endsAt), clash.timeZone),
    };
  }
}
