import { anyFilled, fromText, type LangValues, toText } from '../../lib/lang-fields';
import { quorumBody, quorumValues, type QuorumValues } from './QuorumFields';
import type { PickedPerson } from './PersonPicker';
import type { SpeakerItem } from './SpeakerList';
import { isoToLocalInput, localInputToIso } from './time';
import type { EventData, SessionData } from './types';

/** A session form's values: what the inputs hold, times in the event's zone. */
export interface SessionValues {
  kind: string;
  title: LangValues;
  description: LangValues;
  quorum: QuorumValues;
  startsAt: string;
  endsAt: string;
  room: string;
  parentId: string;
  seats: string;
  moderators: PickedPerson[];
  speakers: SpeakerItem[];
}

/** The form's values for a session, or for a new one (inside a section, starting with it). */
export function sessionValues(
  event: EventData,
  session: SessionData | null,
  parent: SessionData | undefined,
): SessionValues {
  const zone = event.timeZone;
  const start = session?.startsAt ?? parent?.startsAt ?? event.startsAt;
  const end = session?.endsAt ?? new Date(new Date(start).getTime() + 3600000).toISOString();
  return {
    kind: session?.kind ?? 'plenary',
    title: fromText(session?.titles),
    description: fromText(session?.descriptions),
    quorum: quorumValues(session?.quorum),
    startsAt: isoToLocalInput(start, zone),
    endsAt: isoToLocalInput(end, zone),
    room: session?.room ?? '',
    parentId: session?.parentId ?? parent?.id ?? '',
    seats: session?.seats ? String(session.seats) : '',
    moderators: session?.moderators.map((m) => ({ personId: m.personId, name: m.name, position: m.position })) ?? [],
    speakers:
      session?.speakers.map((s) => ({
        personId: s.personId,
        name: s.name,
        position: s.position,
        topicKk: s.topics?.kk ?? '',
        topicRu: s.topics?.ru ?? '',
        minutes: s.minutes ? String(s.minutes) : '',
      })) ?? [],
  };
}

/** The request body of a session's POST or PATCH: times back to UTC, empty optional fields left out. */
export function sessionBody(v: SessionValues, zone: string, isNew: boolean): Record<string, unknown> {
  return {
    kind: v.kind,
    title: toText(v.title),
    ...(anyFilled(v.description) ? { description: toText(v.description) } : {}),
    quorum: quorumBody(v.quorum),
    startsAt: localInputToIso(v.startsAt, zone) || v.startsAt,
    endsAt: localInputToIso(v.endsAt, zone) || v.endsAt,
    room: v.room || (isNew ? undefined : null),
    ...(v.parentId ? { parentId: v.parentId } : {}),
    ...(v.seats ? { seats: Number(v.seats) } : {}),
    moderatorIds: v.moderators.map((m) => m.personId),
    speakers: v.speakers.map((s) => ({
      personId: s.personId,
      ...(s.topicKk.trim() || s.topicRu.trim() ? { topic: { kk: s.topicKk, ru: s.topicRu } } : {}),
      ...(s.minutes ? { minutes: Number(s.minutes) } : {}),
    })),
  };
}
