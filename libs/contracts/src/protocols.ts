import type { ResolutionKind } from './resolutions';
import type { LocalizedText } from './languages';
import type { PollChoice } from './polls';
import type { PointResponse, ResolutionVote } from './responses';

/** A protocol (хаттама) is kept as a draft, approved when the chair and the secretary have both signed, then published. */
export const PROTOCOL_STATUSES = ['draft', 'approved', 'published'] as const;
export type ProtocolStatus = (typeof PROTOCOL_STATUSES)[number];

/** A protocol of a meeting, or an addendum that corrects an approved one. */
export const PROTOCOL_KINDS = ['protocol', 'addendum'] as const;
export type ProtocolKind = (typeof PROTOCOL_KINDS)[number];

export const PROTOCOL_ITEM_STATES = ['pending', 'current', 'done'] as const;
export type ProtocolItemState = (typeof PROTOCOL_ITEM_STATES)[number];

export const SIGNATORY_ROLES = ['chair', 'secretary'] as const;
export type SignatoryRole = (typeof SIGNATORY_ROLES)[number];

/** A person as the protocol names them: from the directory (with an id) or typed in by the secretary. */
export interface ProtocolPersonResponse {
  id: string | null;
  name: string;
  position: string | null;
  organization: string | null;
}

export interface ProtocolAttendee extends ProtocolPersonResponse {
  role: string;
  /** When they were checked in (present) or null (absent). */
  checkedInAt: string | null;
}

export interface ProtocolAttendanceResponse {
  /** The voting members: those present, by name, and those absent. */
  members: number;
  present: ProtocolAttendee[];
  absent: ProtocolAttendee[];
  /** Present, not voting: speakers, guests, press. */
  guests: ProtocolAttendee[];
  /** The quorum at the opening of the meeting (or now, while it has not been opened). */
  quorum: { members: number; present: number; required: number; reached: boolean; at: string };
}

export interface ProtocolHeardResponse {
  id: string | null;
  name: string;
  position: string | null;
  topic: string | null;
}

export interface ProtocolSpeechResponse extends ProtocolPersonResponse {
  speechId: string;
  at: string;
  summary: string | null;
  summaries: LocalizedText | null;
  /** The name as typed, in both languages, when the speaker is not in the directory. */
  names: LocalizedText | null;
}

export interface ProtocolDecisionResponse {
  id: string;
  /** The kind of the act adopted (absent in records approved before kinds were kept: a resolution). */
  kind?: ResolutionKind;
  number: string | null;
  title: string;
  vote: ResolutionVote | null;
  /** Who voted how when the vote was by name (roll call or electronic), in the directory's order; else empty. */
  votes: ProtocolNamedVote[];
}

/** One voter of a vote by name: `choice` is null for a voter who was present at its opening and did not vote. */
export interface ProtocolNamedVote {
  id: string;
  name: string;
  position: string | null;
  choice: PollChoice | null;
}

export interface ProtocolItemResponse {
  id: string;
  number: number;
  sessionId: string | null;
  title: string;
  titles: LocalizedText;
  state: ProtocolItemState;
  /** ТЫҢДАЛДЫ / СЛУШАЛИ */
  heard: ProtocolHeardResponse[];
  /** СӨЙЛЕДІ / ВЫСТУПИЛИ */
  speeches: ProtocolSpeechResponse[];
  summary: string | null;
  summaries: LocalizedText | null;
  /** ҚАУЛЫ ЕТТІ / ПОСТАНОВИЛИ: the text the secretary wrote, and the resolutions adopted under the item. */
  decided: string | null;
  decidedTexts: LocalizedText | null;
  resolutions: ProtocolDecisionResponse[];
  instructions: PointResponse[];
  version: number;
}

export interface ProtocolSignatureResponse {
  role: SignatoryRole;
  person: ProtocolPersonResponse;
  signedAt: string;
}

export interface ProtocolResponse {
  id: string;
  eventId: string;
  sessionId: string | null;
  kind: ProtocolKind;
  status: ProtocolStatus;
  /** `3/2027`: given at approval, per organizer and year, without gaps. */
  number: string | null;
  meetingDate: string;
  /** The event's IANA zone: every time in the protocol is local to it. */
  timeZone: string;
  place: string | null;
  places: LocalizedText | null;
  /** The body that met, as the header names it: the event's organizers. */
  organizers: { id: string; name: string }[];
  title: string;
  chair: ProtocolPersonResponse | null;
  secretary: ProtocolPersonResponse | null;
  /** An addendum's text; a protocol's opening words, if any. */
  body: string | null;
  bodies: LocalizedText | null;
  openedAt: string | null;
  attendance: ProtocolAttendanceResponse;
  items: ProtocolItemResponse[];
  /** Every instruction, in order: those given under an item and those of the meeting as a whole. */
  instructions: PointResponse[];
  signatures: ProtocolSignatureResponse[];
  approvedAt: string | null;
  publishedAt: string | null;
  addends: { id: string; number: string | null } | null;
  addenda: { id: string; number: string | null; status: ProtocolStatus }[];
  version: number;
}
