import { pickText, toZonedIso } from '@app/common';
import { roomName, type Language } from '@app/contracts';
import type { EventRow } from '../events/events.model';
import { personName } from '../../directory/people/people.service';
import type { SessionResponseDto } from './dto/session.dto';
import type { SessionPersonRow, SessionRow } from './sessions.model';

/** A session as the API answers it: texts in the asked language, times in the event's zone, its people. */
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
