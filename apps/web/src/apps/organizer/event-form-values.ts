import { anyFilled, emptyText, fromText, type LangValues, toText } from '../../lib/lang-fields';
import { isoToLocalInput, localInputToIso } from './time';
import { quorumBody, quorumValues, type QuorumValues } from './QuorumFields';
import type { EventData } from './types';

// The event form's values: from an event, to a request body, and the API's name of each for its errors.

export const ZONES = [
  'Asia/Almaty',
  'Asia/Oral',
  'Asia/Aqtobe',
  'Asia/Aqtau',
  'Asia/Atyrau',
  'Asia/Qyzylorda',
  'Asia/Qostanay',
];
export const DEFAULT_LEAD_DAYS = 5;

export interface Values {
  kind: string;
  organizerIds: string[];
  slug: string;
  title: LangValues;
  description: LangValues;
  regionCode: string;
  venueName: LangValues;
  venueAddress: LangValues;
  rooms: LangValues[];
  timeZone: string;
  startsAt: string;
  endsAt: string;
  announcedAt: string;
  visibility: string;
  capacity: string;
  requiresApproval: boolean;
  reportsByRegion: boolean;
  registrationOpensAt: string;
  registrationClosesAt: string;
  quorum: QuorumValues;
}

export function valuesOf(event: EventData | null): Values {
  const zone = event?.timeZone ?? 'Asia/Almaty';
  return {
    kind: event?.kind ?? 'forum',
    organizerIds: event?.organizerIds ?? [],
    slug: event?.slug ?? '',
    title: fromText(event?.titles),
    description: fromText(event?.descriptions),
    regionCode: event?.regionCode ?? '',
    venueName: fromText(event?.venue.names),
    venueAddress: fromText(event?.venue.addresses),
    rooms: event ? event.venue.roomNames.map(fromText) : [emptyText()],
    timeZone: zone,
    startsAt: isoToLocalInput(event?.startsAt, zone),
    endsAt: isoToLocalInput(event?.endsAt, zone),
    announcedAt: isoToLocalInput(event?.announcedAt, zone),
    visibility: event?.visibility ?? 'public',
    capacity: event?.capacity ? String(event.capacity) : '',
    requiresApproval: event?.requiresApproval ?? false,
    reportsByRegion: event?.reportsByRegion ?? false,
    registrationOpensAt: isoToLocalInput(event?.registrationOpensAt, zone),
    registrationClosesAt: isoToLocalInput(event?.registrationClosesAt, zone),
    quorum: quorumValues(event?.quorum),
  };
}

/** The API's name of each form value, for its field errors. */
export const API_FIELD: Record<keyof Values, string> = {
  kind: 'kind',
  organizerIds: 'organizerIds',
  slug: 'slug',
  title: 'title',
  description: 'description',
  regionCode: 'regionCode',
  venueName: 'venue.name',
  venueAddress: 'venue.address',
  rooms: 'venue.rooms',
  timeZone: 'timeZone',
  startsAt: 'startsAt',
  endsAt: 'endsAt',
  announcedAt: 'announcedAt',
  visibility: 'visibility',
  capacity: 'capacity',
  requiresApproval: 'requiresApproval',
  reportsByRegion: 'reportsByRegion',
  registrationOpensAt: 'registrationOpensAt',
  registrationClosesAt: 'registrationClosesAt',
  quorum: 'quorum',
};

/** The request body of these values; `clear` is what an emptied optional field becomes (null on PATCH). */
export function bodyOf(v: Values, clear: null | undefined): Record<string, unknown> {
  const instant = (value: string): string | null | undefined =>
    value ? localInputToIso(value, v.timeZone) || value : clear;
  return {
    kind: v.kind,
    title: toText(v.title),
    description: anyFilled(v.description) ? toText(v.description) : clear,
    organizerIds: v.organizerIds,
    slug: v.slug.trim() || undefined,
    regionCode: v.regionCode || clear,
    venue: {
      name: toText(v.venueName),
      ...(anyFilled(v.venueAddress) ? { address: toText(v.venueAddress) } : {}),
      rooms: v.rooms.filter(anyFilled).map(toText),
    },
    timeZone: v.timeZone,
    startsAt: instant(v.startsAt) ?? '',
    endsAt: instant(v.endsAt) ?? '',
    announcedAt: instant(v.announcedAt),
    visibility: v.visibility,
    capacity: v.capacity ? Number(v.capacity) : clear,
    requiresApproval: v.requiresApproval,
    reportsByRegion: v.reportsByRegion,
    registrationOpensAt: instant(v.registrationOpensAt),
    registrationClosesAt: instant(v.registrationClosesAt),
    quorum: quorumBody(v.quorum) ?? clear,
  };
}

/** Only what changed: a published forum's announcement date, say, is not sent back untouched. */
export function changes(before: Record<string, unknown>, after: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(after).filter(([key, value]) => JSON.stringify(value) !== JSON.stringify(before[key])),
  );
}
