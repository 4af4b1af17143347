import type { LocalizedText } from '@app/contracts';
import { api, ApiError, getToken, holds, saveSession, type SignedInUser } from '../../lib/api';
import { getSetting, putSetting } from './store';

type Text = { kk?: string; ru?: string; en?: string };

/** An event as the check-in app keeps it on the device (texts in every language, for offline). */
export interface CheckInEvent {
  id: string;
  titles: Text;
  venue: Text;
  /** The venue's rooms in every language (missing in what an older version kept). */
  rooms?: LocalizedText[];
  startsAt: string;
  endsAt: string;
  timeZone: string;
  sessions: { id: string; titles: Text; startsAt: string; room: string | null }[];
}

interface EventResponse {
  id: string;
  titles: Text;
  venue: { names: Text; roomNames?: LocalizedText[] };
  startsAt: string;
  endsAt: string;
  timeZone: string;
  status: string;
}

interface SessionResponse {
  id: string;
  kind: string;
  titles: Text;
  startsAt: string;
  room: string | null;
}

const DAY_MS = 86_400_000;

/**
 * The events this user may check people in to: those of their checker scopes, and for
 * organizers and admins the current and coming events they can see. Cached on the device,
 * so the list is there offline too.
 */
export async function loadEvents(): Promise<{ events: CheckInEvent[]; fromCache: boolean }> {
  try {
    const user = await refreshUser();
    const rows = await eventsOf(user);
    const events = await Promise.all(
      rows
        .filter((row) => row.status !== 'cancelled' && row.status !== 'draft')
        .map(async (row) => {
          const sessions = await api<SessionResponse[]>('GET', `/events/${row.id}/sessions`);
          return {
            id: row.id,
            titles: row.titles,
            venue: row.venue.names,
            rooms: row.venue.roomNames ?? [],
            startsAt: row.startsAt,
            endsAt: row.endsAt,
            timeZone: row.timeZone,
            sessions: sessions
              .filter((session) => session.kind !== 'break')
              .map(({ id, titles, startsAt, room }) => ({ id, titles, startsAt, room })),
          };
        }),
    );
    events.sort((a, b) => a.startsAt.localeCompare(b.startsAt));
    await putSetting('events', events);
    return { events, fromCache: false };
  } catch (error) {
    const cached = await getSetting<CheckInEvent[]>('events');
    if (cached) {
      return { events: cached, fromCache: true };
    }
    throw error;
  }
}

/** Scopes change when an organizer assigns checkers: read them afresh when the network allows. */
async function refreshUser(): Promise<SignedInUser> {
  const user = await api<SignedInUser>('GET', '/auth/me');
  const token = getToken();
  if (token) {
    saveSession(token, user);
  }
  return user;
}

async function eventsOf(user: SignedInUser): Promise<EventResponse[]> {
  const byId = new Map<string, EventResponse>();
  const scoped = user.scopes.filter((scope) => scope.role === 'checker' && scope.kind === 'event');
  const found = await Promise.all(scoped.map((scope) => eventOrNothing(scope.id)));
  found.forEach((event) => event && byId.set(event.id, event));
  const from = new Date(Date.now() - DAY_MS).toISOString();
  const lists: Promise<{ items: EventResponse[] }>[] = [];
  if (user.roles.includes('admin')) {
    lists.push(api('GET', `/events?from=${encodeURIComponent(from)}&limit=100`));
  } else if (holds(user, 'organizer')) {
    for (const scope of user.scopes.filter((s) => s.role === 'organizer')) {
      const filter = scope.kind === 'organization' ? `organization=${scope.id}` : '';
      if (scope.kind === 'event') {
        lists.push(eventOrNothing(scope.id).then((event) => ({ items: event ? [event] : [] })));
      } else {
        lists.push(api('GET', `/events?from=${encodeURIComponent(from)}&limit=100&${filter}`));
      }
    }
  }
  for (const list of await Promise.all(lists)) {
    list.items.forEach((event) => byId.set(event.id, event));
  }
  return [...byId.values()];
}

/** A scope may outlive its event (deleted, or hidden again as a draft): skip it, keep the others. */
async function eventOrNothing(id: string): Promise<EventResponse | null> {
  try {
    return await api<EventResponse>('GET', `/events/${id}`);
  } catch (error) {
    if (error instanceof ApiError && (error.status === 404 || error.status === 403)) {
      return null;
    }
    throw error;
  }
}
