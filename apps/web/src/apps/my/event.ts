import type { Language } from '@app/contracts';
import { eventDates, formatDay, formatInZone, pick } from '../../lib/i18n';

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
  /** Registration asks the district and organization. */
  reportsByRegion?: boolean;
  regionCode?: string | null;
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

export { eventDates, formatDay };

/**
 * An instant given with the event's offset (`2030-05-01T10:00:00+05:00`) shown as that wall
 * clock, for when the event's zone name is not at hand (an invitation to an invite-only event).
 */
export function wallClock(iso: string, lang: Language): string {
  const utc = `${iso.slice(0, 19)}Z`;
  return `${formatDay(utc, 'UTC', lang)}, ${formatInZone(utc, 'UTC', lang, { timeStyle: 'short' })}`;
}
