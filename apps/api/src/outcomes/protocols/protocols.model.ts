import type { LocalizedText, ProtocolItemState, ProtocolKind, ProtocolStatus, SignatoryRole } from '@app/contracts';

/** The rows of protocols as the repositories read them, and the values they write. */

type PersonName = { kk: string; ru?: string };

/** A person of the attendance log as approval froze them: language-neutral, like the rest of the record. */
export interface AttendeeSnapshot {
  personId: string;
  fullName: PersonName;
  position: LocalizedText | null;
  organization: LocalizedText | null;
  role: string;
  voting: boolean;
  checkedInAt: string | null;
}

export interface AttendanceSnapshot {
  at: string;
  attendees: AttendeeSnapshot[];
  quorum: { members: number; present: number; required: number };
}

export interface HeardEntry {
  personId: string | null;
  fullName: PersonName;
  position: LocalizedText | null;
  topic: LocalizedText | null;
}

export interface ProtocolRow {
  id: string;
  eventId: string;
  sessionId: string | null;
  kind: ProtocolKind;
  status: ProtocolStatus;
  meetingDate: string;
  place: LocalizedText | null;
  chairId: string | null;
  chairName: PersonName | null;
  chairPosition: LocalizedText | null;
  secretaryId: string | null;
  secretaryName: PersonName | null;
  secretaryPosition: LocalizedText | null;
  body: LocalizedText | null;
  openedAt: Date | null;
  attendance: AttendanceSnapshot | null;
  numberingOrganizationId: string | null;
  number: number | null;
  year: number | null;
  approvedAt: Date | null;
  publishedAt: Date | null;
  addendsId: string | null;
  addendsNumber: string | null;
  addenda: { id: string; number: string | null; status: ProtocolStatus }[];
  version: number;
}

/** A published protocol as the forum's public page lists it. */
export interface PublishedProtocolRow {
  id: string;
  kind: ProtocolKind;
  number: string | null;
  meetingDate: string;
  sessionTitle: LocalizedText | null;
  addendsId: string | null;
  addendsNumber: string | null;
}

export interface ItemRow {
  id: string;
  protocolId: string;
  position: number;
  sessionId: string | null;
  title: LocalizedText;
  heard: HeardEntry[];
  summary: LocalizedText | null;
  decided: LocalizedText | null;
  state: ProtocolItemState;
  resolutionIds: string[] | null;
  version: number;
}

export interface SpeechRow {
  id: string;
  protocolId: string;
  itemId: string;
  personId: string | null;
  /** The directory's name of the person, or the name the secretary typed. */
  fullName: PersonName;
  typedName: LocalizedText | null;
  position: LocalizedText | null;
  organization: LocalizedText | null;
  spokenAt: Date;
  summary: LocalizedText | null;
}

export interface SignatureRow {
  protocolId: string;
  role: SignatoryRole;
  personId: string;
  fullName: PersonName;
  position: LocalizedText | null;
  userId: string | null;
  signedAt: Date;
}

export interface HeaderValues {
  meetingDate: string;
  place: LocalizedText | null;
  chairId: string | null;
  secretaryId: string | null;
  body: LocalizedText | null;
}

export interface ItemValues {
  sessionId: string | null;
  title: LocalizedText;
  heard: HeardEntry[];
}
