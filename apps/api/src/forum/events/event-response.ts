import { localDate, pickText, toZonedIso } from '@app/common';
import type { Language, LocalizedText } from '@app/contracts';
import type { EventResponseDto } from './dto/event-response.dto';
import type { EventRow } from './events.model';
import { nameOn } from '../../directory/regions/regions.service';

// How an event reads over HTTP: the one place its response shape is built.

export function zoned(date: Date | null, timeZone: string): string | null {
  return date ? toZonedIso(new Date(date), timeZone) : null;
}

/** The name the forum's region bore on the forum's first day: a forum of 2020 in Astana was in Нұр-Сұлтан. */
export function regionNameOf(
  row: Pick<EventRow, 'regionName' | 'regionFormerNames' | 'startsAt' | 'timeZone'>,
): LocalizedText | null {
  if (!row.regionName) {
    return null;
  }
  const day = localDate(new Date(row.startsAt), row.timeZone);
  return nameOn({ name: row.regionName, formerNames: row.regionFormerNames ?? [] }, day);
}

export function meetsLeadTime(row: Pick<EventRow, 'leadTimeDays' | 'requiredLeadDays'>): boolean {
  return row.leadTimeDays !== null && row.leadTimeDays >= row.requiredLeadDays;
}

export function toEventResponse(row: EventRow, lang: Language): EventResponseDto {
  const tz = row.timeZone;
  return {
    id: row.id,
    slug: row.slug,
    kind: row.kind,
    status: row.status,
    title: pickText(row.title, lang) ?? '',
    titles: row.title,
    description: pickText(row.description, lang),
    descriptions: row.description,
    organizers: row.organizers.map((o) => ({
      id: o.id,
      name: pickText(o.name, lang) ?? '',
      announcementLeadDays: o.announcementLeadDays,
    })),
    organizerIds: row.organizers.map((o) => o.id),
    regionCode: row.regionCode,
    regionName: pickText(regionNameOf(row), lang),
    venue: {
      name: pickText(row.venue.name, lang) ?? '',
      address: pickText(row.venue.address, lang),
      rooms: (row.venue.rooms ?? []).map((room) => pickText(room, lang) ?? room.kk),
      roomNames: row.venue.rooms ?? [],
      names: row.venue.name,
      addresses: row.venue.address ?? null,
    },
    startsAt: zoned(row.startsAt, tz)!,
    endsAt: zoned(row.endsAt, tz)!,
    timeZone: tz,
    visibility: row.visibility,
    capacity: row.capacity,
    announcedAt: zoned(row.announcedAt, tz),
    registrationOpensAt: zoned(row.registrationOpensAt, tz),
    registrationClosesAt: zoned(row.registrationClosesAt, tz),
    requiresApproval: row.requiresApproval,
    reportsByRegion: row.reportsByRegion,
    quorum: row.quorum,
    leadTimeDays: row.leadTimeDays,
    requiredLeadDays: row.requiredLeadDays,
    meetsLeadTimeRule: meetsLeadTime(row),
    version: row.version,
    createdAt: new Date(row.createdAt).toISOString(),
    updatedAt: new Date(row.updatedAt).toISOString(),
  };
}
