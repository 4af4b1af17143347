/**
 * The shapes of the API's answers that the web app reads. The API's response DTOs `implements` them
 * (so a field renamed in one place fails to compile in the other) and the web imports them instead of
 * copies. Fields are as the API sends them; `null` where a value may be missing.
 */
import type { EventKind, EventStatus, EventVisibility, SessionKind } from './agenda';
import type { PersonCategory } from './directory';
import type { Language, LocalizedText } from './languages';
import type { ResolutionKind } from './resolutions';

/** A page of a list: `limit` and `offset` as asked. */
export interface PageResponse<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

/** Who counts toward the quorum of an event or a session, and how a vote passes. */
export interface QuorumRule {
  memberCount?: number;
  roles?: string[];
  fraction?: number;
  majority?: 'present' | 'members';
}

export interface EventOrganizerResponse {
  id: string;
  name: string;
  announcementLeadDays: number;
}

export interface VenueResponse {
  name: string;
  address: string | null;
  /** In the asked language. */
  rooms: string[];
  roomNames: LocalizedText[];
  names: LocalizedText;
  addresses: LocalizedText | null;
}

export interface EventResponse {
  id: string;
  slug: string;
  kind: EventKind;
  status: EventStatus;
  /** In the asked language. */
  title: string;
  titles: LocalizedText;
  description: string | null;
  descriptions: LocalizedText | null;
  organizers: EventOrganizerResponse[];
  organizerIds: string[];
  regionCode: string | null;
  regionName: string | null;
  venue: VenueResponse;
  /** ISO 8601 with the offset of timeZone. */
  startsAt: string;
  endsAt: string;
  timeZone: string;
  visibility: EventVisibility;
  capacity: number | null;
  announcedAt: string | null;
  registrationOpensAt: string | null;
  registrationClosesAt: string | null;
  requiresApproval: boolean;
  /** Registration asks the district and organization; the attendance report groups by them. */
  reportsByRegion: boolean;
  quorum: QuorumRule | null;
  leadTimeDays: number | null;
  requiredLeadDays: number;
  meetsLeadTimeRule: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface SessionPersonResponse {
  personId: string;
  name: string;
  position: string | null;
}

export interface SessionSpeakerResponse extends SessionPersonResponse {
  topic: string | null;
  topics: LocalizedText | null;
  minutes: number | null;
}

export interface SessionResponse {
  id: string;
  eventId: string;
  parentId: string | null;
  kind: SessionKind;
  title: string;
  titles: LocalizedText;
  description: string | null;
  descriptions: LocalizedText | null;
  startsAt: string;
  endsAt: string;
  /** The room as the session keeps it: a venue room's Kazakh name, or any name typed. */
  room: string | null;
  /** The room in the asked language. */
  roomName: string | null;
  seats: number | null;
  quorum: QuorumRule | null;
  moderators: SessionPersonResponse[];
  speakers: SessionSpeakerResponse[];
  version: number;
}

/** An organization or a region as a list of choices shows it. */
export interface NamedReference {
  id: string;
  name: string;
}

export interface PersonResponse {
  id: string;
  /** In the asked language (the Russian spelling when asked and known). */
  name: string;
  fullName: { kk: string; ru?: string | null };
  positionText: string | null;
  position: LocalizedText | null;
  organization: NamedReference | null;
  regionCode: string | null;
  category: PersonCategory;
  email: string | null;
  phone: string | null;
  language: Language;
  remindersOptOut: boolean;
  version: number;
}

export const REGISTRATION_ROLES = ['delegate', 'speaker', 'moderator', 'guest', 'press', 'staff'] as const;
export type RegistrationRole = (typeof REGISTRATION_ROLES)[number];
export const REGISTRATION_STATUSES = [
  'invited',
  'pending',
  'registered',
  'waitlisted',
  'declined',
  'cancelled',
] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

export interface RegistrationResponse {
  id: string;
  eventId: string;
  personId: string;
  name: string;
  position: string | null;
  organization: string | null;
  regionCode: string | null;
  role: RegistrationRole;
  status: RegistrationStatus;
  /** 1 = next in line (waitlisted only). */
  waitlistPosition?: number;
  /** The QR badge code (registered only). */
  badgeCode?: string;
  checkedInAt: string | null;
  version: number;
  createdAt: string;
}

/** One dated step of a point's execution. */
export interface PointProgressResponse {
  at: string;
  status: string;
  percent: number;
  note: string | null;
  evidenceUrl: string | null;
}

/** A target indicator of a point ("build 12 schools: 7 done"): the target is part of the act, the actual value is execution. */
export interface PointIndicatorResponse {
  id: string;
  number: number;
  /** In the asked language. */
  name: string;
  names: LocalizedText;
  unit: string;
  units: LocalizedText;
  target: number;
  actual: number;
  /** The actual value as a share of the target, 0–100 (100 when the target is 0). */
  percent: number;
  updatedAt: string;
}

export interface PointResponse {
  id: string;
  number: number;
  /** In the asked language. */
  text: string;
  texts: LocalizedText;
  responsible: NamedReference | null;
  executor: NamedReference | null;
  dueDate: string | null;
  /** A point status, or `overdue`: past its deadline and not done. */
  status: string;
  percent: number;
  progress: PointProgressResponse[];
  indicators: PointIndicatorResponse[];
}

export interface ResolutionVote {
  for: number;
  against: number;
  abstained: number;
  present: number;
  /** How it was taken: counts typed in, a roll call, or an electronic vote by name. */
  mode?: 'counts' | 'roll_call' | 'electronic';
  /** The vote by name it was taken from (GET /polls/:id has the names). */
  pollId?: string | null;
}

export interface ResolutionResponse {
  id: string;
  eventId: string;
  sessionId: string | null;
  kind: ResolutionKind;
  status: 'draft' | 'adopted';
  title: string;
  titles: LocalizedText;
  preamble: string | null;
  preambles: LocalizedText | null;
  number: string | null;
  /** The kind's name and number in the reader's language: "Рекомендации № 1/2026" (the kind's name on a draft). */
  label: string;
  adoptedAt: string | null;
  /** Where it was adopted (a city, e.g. Тараз), in the reader's language and in both; null on a draft. */
  place: string | null;
  places: LocalizedText | null;
  /** The adopting session's time, when there is one: adoption belongs to it (a late record to the event). */
  session: { startsAt: string; endsAt: string } | null;
  vote: ResolutionVote | null;
  chair: NamedReference | null;
  amends: { id: string; number: string | null } | null;
  amendments: { id: string; number: string | null; status: string }[];
  points: PointResponse[];
  /** Of an adopted resolution: the code its printed copy carries and the public page that checks it. */
  verification?: { code: string; url: string } | null;
  version: number;
}

export interface ExecutionGroupResponse {
  key: string;
  label: string;
  points: number;
  done: number;
  overdue: number;
  /** Mean completion of the points, 0–100. */
  percent: number;
}

export interface ExecutionResponse {
  totals: { points: number; done: number; overdue: number; percent: number };
  groups: ExecutionGroupResponse[];
  regions: ExecutionGroupResponse[];
  overdue: {
    /** A resolution's point, or a protocol's instruction. */
    source: 'resolution' | 'protocol';
    resolutionId: string | null;
    protocolId: string | null;
    number: string | null;
    pointId: string;
    pointNumber: number;
    dueDate: string;
    responsible: string | null;
    percent: number;
  }[];
}

/** A session's (or, with `sessionId` null, the event's) quorum as the attendance report counts it. */
export interface QuorumStateResponse {
  sessionId: string | null;
  members: number;
  present: number;
  required: number;
  reached: boolean;
}
