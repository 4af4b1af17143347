import type { Language, LocalizedText } from './languages';

export const EVENT_KINDS = [
  'forum',
  'offsite_session',
  'activists_meeting',
  'round_table',
  'seminar',
  'other',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const EVENT_STATUSES = ['draft', 'published', 'closed', 'cancelled'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export const EVENT_VISIBILITIES = ['public', 'invite_only'] as const;
export type EventVisibility = (typeof EVENT_VISIBILITIES)[number];

export const SESSION_KINDS = [
  'opening',
  'plenary',
  'speech',
  'panel',
  'seminar',
  'round_table',
  'break',
  'awards',
  'adoption',
  /** A presentation of a project's results ("жоба нәтижелерінің таныстырылымы"). */
  'presentation',
] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

export interface AgendaPerson {
  personId: string;
  name: string;
  position: string | null;
  organization: string | null;
}

export interface AgendaSpeaker extends AgendaPerson {
  topic: string | null;
  minutes: number | null;
}

/** One session of the agenda, texts already in the asked language. Instants are ISO 8601 with the event's offset. */
/** A public material of a session as the agenda lists it: enough for a phone to show what a download costs. */
export interface AgendaMaterial {
  id: string;
  /** In the agenda's language. */
  title: string;
  /** The language the document is written in. */
  language: Language;
  fileType: string;
  /** Bytes of the current version, and the same for people ("2,4 МБ"). */
  size: number;
  sizeLabel: string;
  /** The current version's file. */
  url: string;
  /** The speaker whose speech it goes with, or null. */
  speakerId: string | null;
}

export interface AgendaSession {
  id: string;
  kind: SessionKind;
  title: string;
  description: string | null;
  startsAt: string;
  endsAt: string;
  room: string | null;
  /** Seats of a session that takes sign-ups (parallel seminars), and how many are still free. */
  seats?: number | null;
  seatsLeft?: number | null;
  moderators: AgendaPerson[];
  speakers: AgendaSpeaker[];
  /** Its public materials, oldest first. */
  materials: AgendaMaterial[];
  children: AgendaSession[];
}

export interface AgendaDay {
  /** YYYY-MM-DD in the event's time zone. */
  date: string;
  sessions: AgendaSession[];
}

export interface AgendaEvent {
  id: string;
  slug: string;
  kind: EventKind;
  status: EventStatus;
  title: string;
  description: string | null;
  timeZone: string;
  startsAt: string;
  endsAt: string;
  venue: { name: string; address: string | null };
  region: { code: string; name: string } | null;
  organizers: { id: string; name: string }[];
  /** Last change of the event or any of its sessions: drives the ETag and ICS DTSTAMP/SEQUENCE. */
  updatedAt: string;
}

export interface Agenda {
  language: Language;
  event: AgendaEvent;
  days: AgendaDay[];
}

/** Folded for comparing room names as people type them: case and surrounding spaces do not count. */
const foldRoom = (name: string): string => name.trim().toLocaleLowerCase('kk');

/** The venue's room a session names, in any of its languages. */
export function findRoom(room: string, rooms: readonly LocalizedText[] | undefined): LocalizedText | undefined {
  const wanted = foldRoom(room);
  return rooms?.find((r) => [r.kk, r.ru, r.en].some((name) => name !== undefined && foldRoom(name) === wanted));
}

/**
 * How a session's room reads in a language: a room of the venue by its name in that language (Kazakh when it
 * has none), any other room as it was typed. Sessions keep the room's Kazakh name.
 */
export function roomName(
  room: string | null,
  rooms: readonly LocalizedText[] | undefined,
  lang: Language,
): string | null {
  if (!room) {
    return null;
  }
  const found = findRoom(room, rooms);
  return found ? found[lang]?.trim() || found.kk : room;
}
