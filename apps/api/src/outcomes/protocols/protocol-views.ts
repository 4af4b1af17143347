import { pickText, toZonedIso } from '@app/common';
import type {
  Language,
  ProtocolAttendee,
  ProtocolDecisionResponse,
  ProtocolPersonResponse,
  ProtocolResponse,
} from '@app/contracts';
import type { EventRow } from '../../forum/events/events.model';
import { personName } from '../../directory/people/people.service';
import type { PointResponseDto } from '../resolutions/dto/resolution.dto';
import type {
  AttendanceSnapshot,
  AttendeeSnapshot,
  ItemRow,
  ProtocolRow,
  SignatureRow,
  SpeechRow,
} from './protocols.model';

/** Everything a protocol's response is made of, read in a handful of batch queries. */
export interface ProtocolParts {
  row: ProtocolRow;
  event: EventRow;
  items: ItemRow[];
  speeches: SpeechRow[];
  signatures: SignatureRow[];
  instructions: { itemId: string | null; point: PointResponseDto }[];
  /** The resolutions recorded under each item. */
  decisions: Map<string, ProtocolDecisionResponse[]>;
  attendance: AttendanceSnapshot;
}

export function protocolNumber(row: Pick<ProtocolRow, 'number' | 'year'>): string | null {
  return row.number === null ? null : `${row.number}/${row.year}`;
}

function attendee(a: AttendeeSnapshot, timeZone: string, lang: Language): ProtocolAttendee {
  return {
    id: a.personId,
    name: personName(a.fullName, lang),
    position: pickText(a.position, lang),
    organization: pickText(a.organization, lang),
    role: a.role,
    checkedInAt: a.checkedInAt ? toZonedIso(new Date(a.checkedInAt), timeZone) : null,
  };
}

function person(
  id: string | null,
  name: { kk: string; ru?: string } | null,
  position: ProtocolRow['chairPosition'],
  lang: Language,
): ProtocolPersonResponse | null {
  return id && name
    ? { id, name: personName(name, lang), position: pickText(position, lang), organization: null }
    : null;
}

export function toProtocolResponse(parts: ProtocolParts, lang: Language): ProtocolResponse {
  const { row, event } = parts;
  const zone = event.timeZone;
  const at = (d: Date | string | null): string | null => (d ? toZonedIso(new Date(d), zone) : null);
  const members = parts.attendance.attendees.filter((a) => a.voting);
  const { quorum } = parts.attendance;
  return {
    id: row.id,
    eventId: row.eventId,
    sessionId: row.sessionId,
    kind: row.kind,
    status: row.status,
    number: protocolNumber(row),
    meetingDate: row.meetingDate,
    timeZone: zone,
    place: pickText(row.place, lang),
    places: row.place,
    organizers: event.organizers.map((o) => ({ id: o.id, name: pickText(o.name, lang) ?? '' })),
    title: pickText(event.title, lang) ?? '',
    chair: person(row.chairId, row.chairName, row.chairPosition, lang),
    secretary: person(row.secretaryId, row.secretaryName, row.secretaryPosition, lang),
    body: pickText(row.body, lang),
    bodies: row.body,
    openedAt: at(row.openedAt),
    attendance: {
      members: quorum.members,
      present: members.filter((a) => a.checkedInAt).map((a) => attendee(a, zone, lang)),
      absent: members.filter((a) => !a.checkedInAt).map((a) => attendee(a, zone, lang)),
      guests: parts.attendance.attendees.filter((a) => !a.voting && a.checkedInAt).map((a) => attendee(a, zone, lang)),
      quorum: { ...quorum, reached: quorum.present >= quorum.required, at: at(parts.attendance.at)! },
    },
    items: parts.items.map((item) => ({
      id: item.id,
      number: item.position,
      sessionId: item.sessionId,
      title: pickText(item.title, lang) ?? '',
      titles: item.title,
      state: item.state,
      heard: item.heard.map((h) => ({
        id: h.personId,
        name: personName(h.fullName, lang),
        position: pickText(h.position, lang),
        topic: pickText(h.topic, lang),
      })),
      speeches: parts.speeches
        .filter((s) => s.itemId === item.id)
        .map((s) => ({
          speechId: s.id,
          id: s.personId,
          name: personName(s.fullName, lang),
          names: s.typedName,
          position: pickText(s.position, lang),
          organization: pickText(s.organization, lang),
          at: at(s.spokenAt)!,
          summary: pickText(s.summary, lang),
          summaries: s.summary,
        })),
      summary: pickText(item.summary, lang),
      summaries: item.summary,
      decided: pickText(item.decided, lang),
      decidedTexts: item.decided,
      resolutions: parts.decisions.get(item.id) ?? [],
      instructions: parts.instructions.filter((i) => i.itemId === item.id).map((i) => i.point),
      version: item.version,
    })),
    instructions: parts.instructions.map((i) => i.point),
    signatures: parts.signatures.map((s) => ({
      role: s.role,
      person: {
        id: s.personId,
        name: personName(s.fullName, lang),
        position: pickText(s.position, lang),
        organization: null,
      },
      signedAt: at(s.signedAt)!,
    })),
    approvedAt: at(row.approvedAt),
    publishedAt: at(row.publishedAt),
    addends: row.addendsId ? { id: row.addendsId, number: row.addendsNumber } : null,
    addenda: row.addenda,
    version: row.version,
  };
}
