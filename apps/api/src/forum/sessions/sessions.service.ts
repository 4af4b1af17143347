import { Injectable } from '@nestjs/common';
import { AppError, patched } from '@app/common';
import { findRoom, type Language } from '@app/contracts';
import { AuditService, diff } from '../../platform/audit/audit.service';
import type { AuthUser } from '../../platform/access/auth-user';
import type { EventRow } from '../events/events.model';
import { EventsService } from '../events/events.service';
import type { CreateSessionDto, SessionResponseDto, UpdateSessionDto } from './dto/session.dto';
import type { SessionPeopleValues, SessionPersonRow, SessionRow, SessionValues } from './sessions.model';
import { SessionsRepository } from './sessions.repository';
import { toSessionResponse } from './session-response';
import { SessionRules } from './session-rules';

/** A session keeps a venue room by its Kazakh name, in whichever language it was chosen; any other name as typed. */
function roomKey(event: Pick<EventRow, 'venue'>, room: string | null): string | null {
  return room ? (findRoom(room, event.venue.rooms)?.kk ?? room) : null;
}

function auditable(values: SessionValues, people: SessionPeopleValues): Record<string, unknown> {
  return { ...values, startsAt: values.startsAt.toISOString(), endsAt: values.endsAt.toISOString(), ...people };
}

@Injectable()
export class SessionsService {
  constructor(
    private readonly sessions: SessionsRepository,
    private readonly events: EventsService,
    private readonly rules: SessionRules,
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
      await this.rules.check(manager, user, event, undefined, values, people, lang);
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
      await this.rules.check(manager, user, event, current, after, peopleAfter, lang);
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
}
