import type { Agenda } from '@app/contracts';

/**
 * A forum as a schema.org Event, what search engines and other systems read of its page. Dates keep the event's
 * offset (`2027-03-10T10:00:00+05:00`), as on the page; the place is a Place with a postal address in Kazakhstan; the
 * organizers are Organizations. Nothing of who attends: the page shows speakers and moderators, which JSON-LD leaves
 * to the page itself.
 */
export function eventJsonLd(agenda: Agenda, url: string): Record<string, unknown> {
  const { event } = agenda;
  const address: Record<string, string> = { '@type': 'PostalAddress', addressCountry: 'KZ' };
  if (event.venue.address) {
    address.streetAddress = event.venue.address;
  }
  if (event.region) {
    address.addressRegion = event.region.name;
  }
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    '@id': url.replace(/\?.*$/, ''),
    name: event.title,
    ...(event.description ? { description: event.description } : {}),
    url,
    inLanguage: agenda.language,
    startDate: event.startsAt,
    endDate: event.endsAt,
    eventStatus:
      event.status === 'cancelled' ? 'https://schema.org/EventCancelled' : 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    location: { '@type': 'Place', name: event.venue.name, address },
    organizer: event.organizers.map((o) => ({ '@type': 'Organization', name: o.name })),
    isAccessibleForFree: true,
  };
}
