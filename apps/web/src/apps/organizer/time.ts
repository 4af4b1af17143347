/**
 * Times are typed in the event's zone, whatever the device's zone: a `datetime-local` value
 * ("2026-12-06T10:00") is read in the event's IANA zone and sent as ISO 8601 with its offset.
 */

function partsIn(timeZone: string, date: Date): Record<string, number> {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(date);
  const result: Record<string, number> = {};
  for (const part of parts) {
    if (part.type !== 'literal') {
      result[part.type] = Number(part.value);
    }
  }
  return result;
}

/** Minutes the zone is ahead of UTC at that instant (+300 for Kazakhstan). */
export function zoneOffsetMinutes(timeZone: string, date: Date): number {
  const p = partsIn(timeZone, date);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(date.getTime() / 1000) * 1000) / 60000);
}

const pad = (n: number): string => String(n).padStart(2, '0');

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** `2026-12-06T10:00` in `Asia/Almaty` → `2026-12-06T10:00:00+05:00`; '' stays ''. */
export function localInputToIso(value: string, timeZone: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value);
  if (!match) {
    return '';
  }
  const [, y, mo, d, h, mi] = match.map(Number);
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  // The offset at the wall time itself; a second pass settles the rare zone-change hour.
  let offset = zoneOffsetMinutes(timeZone, new Date(wall));
  offset = zoneOffsetMinutes(timeZone, new Date(wall - offset * 60000));
  return `${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:00${offsetText(offset)}`;
}

/** An instant as a `datetime-local` value in the zone; null or '' gives ''. */
export function isoToLocalInput(iso: string | null | undefined, timeZone: string): string {
  if (!iso) {
    return '';
  }
  const p = partsIn(timeZone, new Date(iso));
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
}

/** Whole days from the announcement (now when not announced yet) to the start, as the API counts them. */
export function leadDays(startsAt: string, announcedAt: string | null, now = new Date()): number {
  const announced = announcedAt ? new Date(announcedAt) : now;
  return Math.floor((new Date(startsAt).getTime() - announced.getTime()) / 86400000);
}
