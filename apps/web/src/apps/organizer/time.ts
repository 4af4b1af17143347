// The API's own zone arithmetic (pure Intl, no server code), so both sides read wall times alike.
import { localDate, localTime, toZonedIso, zonedInstant } from '../../../../../libs/common/src/time';

/**
 * Times are typed in the event's zone, whatever the device's zone: a `datetime-local` value
 * ("2026-12-06T10:00") is read in the event's IANA zone and sent as ISO 8601 with its offset.
 */

/** `2026-12-06T10:00` in `Asia/Almaty` → `2026-12-06T10:00:00+05:00`; anything else gives ''. */
export function localInputToIso(value: string, timeZone: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(value);
  return match ? toZonedIso(zonedInstant(match[1], match[2], timeZone), timeZone) : '';
}

/** An instant as a `datetime-local` value in the zone; null or '' gives ''. */
export function isoToLocalInput(iso: string | null | undefined, timeZone: string): string {
  if (!iso) {
    return '';
  }
  const instant = new Date(iso);
  return `${localDate(instant, timeZone)}T${localTime(instant, timeZone)}`;
}

/** Whole days from the announcement (now when not announced yet) to the start, as the API counts them. */
export function leadDays(startsAt: string, announcedAt: string | null, now = new Date()): number {
  const announced = announcedAt ? new Date(announcedAt) : now;
  return Math.floor((new Date(startsAt).getTime() - announced.getTime()) / 86400000);
}
