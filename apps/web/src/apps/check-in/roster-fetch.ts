import { api } from '../../lib/api';
import type { RosterEntry } from './roster';

/** The list endpoint's largest page. */
const PAGE_SIZE = 500;

interface RegistrationItem {
  id: string;
  name: string;
  position: string | null;
  organization: string | null;
  status: RosterEntry['status'];
  badgeCode?: string;
  checkedInAt: string | null;
}

/** The whole roster of the event, page by page. */
export async function fetchRoster(eventId: string): Promise<RosterEntry[]> {
  const entries: RosterEntry[] = [];
  for (let offset = 0; ; offset += PAGE_SIZE) {
    const page = await api<{ items: RegistrationItem[]; total: number }>(
      'GET',
      `/events/${eventId}/registrations?limit=${PAGE_SIZE}&offset=${offset}`,
    );
    for (const item of page.items) {
      entries.push({
        registrationId: item.id,
        name: item.name,
        position: item.position,
        organization: item.organization,
        status: item.status,
        badgeCode: item.badgeCode ?? null,
        checkedInAt: item.checkedInAt,
        sessions: {},
      });
    }
    if (page.items.length < PAGE_SIZE || entries.length >= page.total) {
      return entries;
    }
  }
}
