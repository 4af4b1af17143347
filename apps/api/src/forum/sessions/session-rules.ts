import { Injectable } from '@nestjs/common';
import { AppError, localTime, pickText, toZonedIso } from '@app/common';
import { findRoom, roomName, type Language } from '@app/contracts';
import type { Tx } from '@app/database';
import type { AuthUser } from '../../platform/access/auth-user';
import type { EventRow } from '../events/events.model';
import { EventsService } from '../events/events.service';
import { PeopleService, personName } from '../../directory/people/people.service';
import type { Clash, SessionPeopleValues, SessionRow, SessionValues } from './sessions.model';
import { SessionsRepository } from './sessions.repository';

/**
 * A session's place in the agenda: times inside the event (or its section), a venue room, a section one level
 * deep, and no room or person in two places at once. Checked under the event's lock.
 */
@Injectable()
export class SessionRules {
  constructor(
    private readonly sessions: SessionsRepository,
    private readonly events: EventsService,
    private readonly people: PeopleService,
  ) {}

  /** Every rule of a session's place in the agenda; runs under the event's lock. */
  async check(
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
