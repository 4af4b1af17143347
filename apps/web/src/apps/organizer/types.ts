import type { EventKind, EventStatus, EventVisibility, PersonCategory, SessionKind } from '@app/contracts';

/** Shapes of the API's answers that the console reads (see the API's response DTOs). */
export interface Text {
  kk: string;
  ru: string;
  en?: string;
}

export interface EventData {
  id: string;
  slug: string;
  kind: EventKind;
  status: EventStatus;
  title: string;
  titles: Text;
  descriptions: Text | null;
  organizers: { id: string; name: string; announcementLeadDays: number }[];
  organizerIds: string[];
  regionCode: string | null;
  regionName: string | null;
  venue: { name: string; rooms: string[]; names: Text; addresses: Text | null };
  startsAt: string;
  endsAt: string;
  timeZone: string;
  visibility: EventVisibility;
  capacity: number | null;
  announcedAt: string | null;
  registrationOpensAt: string | null;
  registrationClosesAt: string | null;
  requiresApproval: boolean;
  quorum: Quorum | null;
  leadTimeDays: number | null;
  requiredLeadDays: number;
  meetsLeadTimeRule: boolean;
  version: number;
}

export interface Quorum {
  memberCount?: number;
  roles?: string[];
  fraction?: number;
  majority?: 'present' | 'members';
}

export interface SessionPerson {
  personId: string;
  name: string;
  position: string | null;
}

export interface SessionSpeaker extends SessionPerson {
  topics: Text | null;
  minutes: number | null;
}

export interface SessionData {
  id: string;
  eventId: string;
  parentId: string | null;
  kind: SessionKind;
  title: string;
  titles: Text;
  descriptions: Text | null;
  quorum: Quorum | null;
  startsAt: string;
  endsAt: string;
  room: string | null;
  seats: number | null;
  moderators: SessionPerson[];
  speakers: SessionSpeaker[];
  version: number;
}

export interface PersonData {
  id: string;
  name: string;
  fullName: { kk: string; ru?: string };
  positionText: string | null;
  organization: { id: string; name: string } | null;
  regionCode: string | null;
  category: PersonCategory;
}

export interface RegistrationData {
  id: string;
  personId: string;
  name: string;
  position: string | null;
  organization: string | null;
  regionCode: string | null;
  role: string;
  status: 'invited' | 'pending' | 'registered' | 'waitlisted' | 'declined' | 'cancelled';
  waitlistPosition?: number;
  version: number;
  createdAt: string;
}

export interface Page<T> {
  items: T[];
  total: number;
}

export interface Organization {
  id: string;
  name: string;
}

export interface Region {
  code: string;
  name: string;
}

/** Moves the organizer app to another of its addresses. */
export type Navigate = (to: string) => void;
