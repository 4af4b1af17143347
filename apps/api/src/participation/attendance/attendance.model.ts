import type { LocalizedText, RegionLevel } from '@app/contracts';
import type { EventQuorum } from '../../forum/events/events.model';

export interface CheckInRow {
  id: string;
  /** A Date, or its ISO text from the check-in statement's JSON. */
  at: Date | string;
}

/** An event as its check-ins and attendance report need it: who may see and admit, its zone, its quorum rules. */
export interface AttendanceEvent {
  id: string;
  timeZone: string;
  organizerIds: string[];
  quorum: EventQuorum | null;
  /** Some session of it sets a quorum of its own. */
  sessionQuorum: boolean;
}

/** One scan to record. */
export interface AdmitValues {
  eventId: string;
  clientId: string | null;
  /** One of the two: the badge's code (normalised) or the registration's id. */
  badgeCode: string | null;
  registrationId: string | null;
  sessionId: string | null;
  at: Date;
  deviceId: string | null;
  recordedBy: string;
}

/** Everything the check-in statement found and did for one scan. */
export interface AdmitResult {
  /** What this clientId got before (a replay), with that registration's name. */
  previous: (ClientResult & { fullName: { kk: string; ru?: string } | null }) | null;
  registrationId: string | null;
  registrationStatus: string | null;
  fullName: { kk: string; ru?: string } | null;
  /** The check-in of this registration (and session), new or earlier; null when none is visible yet. */
  checkIn: CheckInRow | null;
  /** Recorded by this statement (else the person was checked in already). */
  fresh: boolean;
  /** The clientId was remembered by this statement. */
  clientStored: boolean;
}

export interface ClientResult {
  status: string;
  code: string | null;
  checkInId: string | null;
  /** A Date, or its ISO text from the check-in statement's JSON. */
  at: Date | string | null;
  registrationId: string | null;
}

export interface RegionCount {
  code: string;
  name: LocalizedText;
  level: RegionLevel;
  parentCode: string | null;
  childCount: number;
  registered: number;
  checkedIn: number;
}

export interface GroupCount {
  key: string | null;
  label: LocalizedText | string | null;
  registered: number;
  checkedIn: number;
}
