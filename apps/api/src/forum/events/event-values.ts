import { patched, patchedDate } from '@app/common';
import type { CreateEventDto, UpdateEventDto } from './dto/event.dto';
import type { EventRow, EventValues } from './events.model';

// What an organizer edits of an event: from a request, from a stored row, and as the audit log records it.

/** A snapshot of what an organizer edits, for the audit log. */
export function auditable(values: EventValues, organizerIds: string[]): Record<string, unknown> {
  return {
    ...values,
    startsAt: values.startsAt.toISOString(),
    endsAt: values.endsAt.toISOString(),
    announcedAt: values.announcedAt?.toISOString() ?? null,
    registrationOpensAt: values.registrationOpensAt?.toISOString() ?? null,
    registrationClosesAt: values.registrationClosesAt?.toISOString() ?? null,
    organizerIds,
  };
}

export function valuesOf(row: EventRow): EventValues {
  return {
    slug: row.slug,
    kind: row.kind,
    title: row.title,
    description: row.description,
    regionCode: row.regionCode,
    venue: row.venue,
    startsAt: new Date(row.startsAt),
    endsAt: new Date(row.endsAt),
    timeZone: row.timeZone,
    visibility: row.visibility,
    capacity: row.capacity,
    announcedAt: row.announcedAt ? new Date(row.announcedAt) : null,
    registrationOpensAt: row.registrationOpensAt ? new Date(row.registrationOpensAt) : null,
    registrationClosesAt: row.registrationClosesAt ? new Date(row.registrationClosesAt) : null,
    requiresApproval: row.requiresApproval,
    reportsByRegion: row.reportsByRegion,
    quorum: row.quorum,
  };
}

/** A new event's values from the request, with the defaults of a new event. */
export function valuesOfNew(dto: CreateEventDto, slug: string): EventValues {
  return {
    slug,
    kind: dto.kind,
    title: dto.title,
    description: dto.description ?? null,
    regionCode: dto.regionCode ?? null,
    venue: { name: dto.venue.name, address: dto.venue.address ?? null, rooms: dto.venue.rooms ?? [] },
    startsAt: new Date(dto.startsAt),
    endsAt: new Date(dto.endsAt),
    timeZone: dto.timeZone ?? 'Asia/Almaty',
    visibility: dto.visibility ?? 'public',
    capacity: dto.capacity ?? null,
    announcedAt: dto.announcedAt ? new Date(dto.announcedAt) : null,
    registrationOpensAt: dto.registrationOpensAt ? new Date(dto.registrationOpensAt) : null,
    registrationClosesAt: dto.registrationClosesAt ? new Date(dto.registrationClosesAt) : null,
    requiresApproval: dto.requiresApproval ?? false,
    reportsByRegion: dto.reportsByRegion ?? false,
    quorum: dto.quorum ?? null,
  };
}

/** The values after a PATCH: what the request leaves out stays as it was. */
export function valuesPatched(before: EventValues, dto: UpdateEventDto): EventValues {
  return {
    ...before,
    slug: dto.slug ?? before.slug,
    kind: dto.kind ?? before.kind,
    title: dto.title ?? before.title,
    description: patched(dto.description, before.description),
    regionCode: patched(dto.regionCode, before.regionCode),
    venue: dto.venue
      ? { name: dto.venue.name, address: dto.venue.address ?? null, rooms: dto.venue.rooms ?? [] }
      : before.venue,
    startsAt: dto.startsAt ? new Date(dto.startsAt) : before.startsAt,
    endsAt: dto.endsAt ? new Date(dto.endsAt) : before.endsAt,
    timeZone: dto.timeZone ?? before.timeZone,
    visibility: dto.visibility ?? before.visibility,
    capacity: patched(dto.capacity, before.capacity),
    announcedAt: patchedDate(dto.announcedAt, before.announcedAt),
    registrationOpensAt: patchedDate(dto.registrationOpensAt, before.registrationOpensAt),
    registrationClosesAt: patchedDate(dto.registrationClosesAt, before.registrationClosesAt),
    requiresApproval: dto.requiresApproval ?? before.requiresApproval,
    reportsByRegion: dto.reportsByRegion ?? before.reportsByRegion,
    quorum: patched(dto.quorum, before.quorum),
  };
}
