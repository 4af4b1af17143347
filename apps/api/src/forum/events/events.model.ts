import type { EventKind, EventStatus, EventVisibility, LocalizedText } from '@app/contracts';
import type { nameOn } from '../../directory/regions/regions.service';

/** The events module's public types: what other modules read of an event. */
export interface EventVenue {
  name: LocalizedText;
  address?: LocalizedText | null;
  /** Each room in kk and ru; sessions name a room by its Kazakh name. */
  rooms?: LocalizedText[];
}

export interface EventQuorum {
  majority?: 'present' | 'members';
  memberCount?: number;
  roles?: string[];
  fraction?: number;
}

export interface EventOrganizerRow {
  id: string;
  name: LocalizedText;
  announcementLeadDays: number;
}

/** The stored fields of an event (what create and update write). */
export interface EventValues {
  slug: string;
  kind: EventKind;
  title: LocalizedText;
  description: LocalizedText | null;
  regionCode: string | null;
  venue: EventVenue;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  visibility: EventVisibility;
  capacity: number | null;
  announcedAt: Date | null;
  registrationOpensAt: Date | null;
  registrationClosesAt: Date | null;
  requiresApproval: boolean;
  /** Registration asks the district and organization; the attendance report groups by them. */
  reportsByRegion: boolean;
  quorum: EventQuorum | null;
}

/** An event as read: its stored fields, its state, its region's names, its organizers and its lead time. */
export interface EventRow extends EventValues {
  id: string;
  status: EventStatus;
  regionName: LocalizedText | null;
  /** The region's former names with their dates (see regionNameOf). */
  regionFormerNames: Parameters<typeof nameOn>[0]['formerNames'] | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  organizers: EventOrganizerRow[];
  requiredLeadDays: number;
  leadTimeDays: number | null;
}

/** Who asks: decides which drafts and invite-only events a list shows. */
export interface Viewer {
  isAdmin: boolean;
  eventIds: string[];
  organizationIds: string[];
}
