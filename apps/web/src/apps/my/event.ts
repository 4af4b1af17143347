import type { Language } from '@app/contracts';
import { formatInZone, pick } from '../../lib/i18n';

type Text = { kk?: string; ru?: string; en?: string };

/** What the self-service pages show of an event (`GET /events/:idOrSlug`). */
export interface EventSummary {
  id: string;
  slug: string;
  status: string;
  title: string;
  titles: Text;
  venue: { name: string; names: Text; address: string | null; addresses: Text | null };
  startsAt: string;
  endsAt: string;
  timeZone: string;
  requiresApproval: boolean;
  organizerIds: string[];
}

export function eventTitle(event: EventSummary, lang: Language): string {
  return pick(event.titles, lang) || event.title;
}

export function eventVenue(event: EventSummary, lang: Language): string {
  const name = pick(event.venue.names, lang) || event.venue.name;
  const address = pick(event.venue.addresses, lang) || event.venue.address;
  return address ? `${name}, ${address}` : name;
}

/** "2026 жылғы 22 желтоқсан" / "22 декабря 2026 г." / "22 December 2026" in the event's zone. */
export function formatDay(iso: string, timeZone: string, lang: Language): string {
  return formatInZone(iso, timeZone, lang, { dateStyle: 'long' });
}

/** "10 March 2027, 10:00 – 11 March 2027, 18:00" in the event's own zone, never the device's. */
export function eventDates(event: { startsAt: string; endsAt: string; timeZone: string }, lang: Language): string {
  const day = (iso: string): string => formatDay(iso, event.timeZone, lang);
  const time = (iso: string): string => formatInZone(iso, event.timeZone, lang, { timeStyle: 'short' });
  const [startDay, endDay] = [day(event.startsAt), day(event.endsAt)];
  return startDay === endDay
    ? `${startDay}, ${time(event.startsAt)}–${time(event.endsAt)}`
    : `${startDay}, ${time(event.startsAt)} – ${endDay}, ${time(event.endsAt)}`;
}

/**
 * An instant given with the event's offset (`2030-05-01T10:00:00+05:00`) shown as that wall
 * clock, for when the event's zone name is not at hand (an invitation to an invite-only event).
 */
export function wallClock(iso: string, lang: Language): string {
  const utc = `${iso.slice(0, 19)}Z`;
  return `${formatDay(utc, 'UTC', lang)}, ${formatInZone(utc, 'UTC', lang, { timeStyle: 'short' })}`;
}
