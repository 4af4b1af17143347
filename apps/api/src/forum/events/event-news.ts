import { toZonedIso } from '@app/common';
import type { EventStatus } from '@app/contracts';
import type { WebhookAnnouncement } from '../../platform/webhooks/webhooks.model';
import type { EventValues } from './events.model';

/**
 * The webhook news of a forum's change: its public fields only, and only for a forum anyone may read (public and
 * not a draft); null otherwise. An `event.changed` says what changed: `details` (the forum's own fields, at once)
 * or `agenda` (its sessions, once the edits have settled).
 */
export function eventNews(
  type: 'event.published' | 'event.changed' | 'event.cancelled',
  id: string,
  values: Pick<
    EventValues,
    | 'slug'
    | 'kind'
    | 'title'
    | 'description'
    | 'regionCode'
    | 'venue'
    | 'startsAt'
    | 'endsAt'
    | 'timeZone'
    | 'visibility'
  >,
  status: EventStatus,
  organizerIds: string[],
  changed?: 'details' | 'agenda',
): WebhookAnnouncement | null {
  if (values.visibility !== 'public' || status === 'draft') {
    return null;
  }
  return {
    type,
    data: {
      id,
      slug: values.slug,
      kind: values.kind,
      status,
      title: values.title,
      description: values.description,
      regionCode: values.regionCode,
      venue: { name: values.venue.name, address: values.venue.address ?? null },
      startsAt: toZonedIso(new Date(values.startsAt), values.timeZone),
      endsAt: toZonedIso(new Date(values.endsAt), values.timeZone),
      timeZone: values.timeZone,
      organizerIds,
      ...(changed ? { changed } : {}),
    },
  };
}
