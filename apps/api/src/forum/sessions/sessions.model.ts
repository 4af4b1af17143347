import type { LocalizedText, SessionKind } from '@app/contracts';
import type { EventQuorum } from '../events/events.model';

/** The sessions module's public types. */
export interface SessionPersonRow {
  sessionId: string;
  personId: string;
  role: 'moderator' | 'speaker';
  position: number;
  topic: LocalizedText | null;
  minutes: number | null;
  fullName: { kk: string; ru?: string };
  personPosition: LocalizedText | null;
  organizationName: LocalizedText | null;
}

export interface SessionRow {
  id: string;
  eventId: string;
  parentId: string | null;
  kind: SessionKind;
  title: LocalizedText;
  description: LocalizedText | null;
  startsAt: Date;
  endsAt: Date;
  room: string | null;
  seats: number | null;
  seatsTaken: number;
  quorum: EventQuorum | null;
  version: number;
  updatedAt: Date;
}

export interface SessionValues {
  seats: number | null;
  quorum: EventQuorum | null;
  parentId: string | null;
  kind: SessionKind;
  title: LocalizedText;
  description: LocalizedText | null;
  startsAt: Date;
  endsAt: Date;
  room: string | null;
}

export interface SessionPeopleValues {
  moderatorIds: string[];
  speakers: { personId: string; topic: LocalizedText | null; minutes: number | null }[];
}

export interface Clash {
  sessionId: string;
  eventId: string;
  title: LocalizedText;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  personId?: string;
  fullName?: { kk: string; ru?: string };
}
