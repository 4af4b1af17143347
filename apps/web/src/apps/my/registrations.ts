import { api, ApiError, getUser } from '../../lib/api';
import type { EventSummary } from './event';
import type { RegistrationRole, RegistrationStatus } from './labels';

/** `GET /registrations/mine` and `POST /events/:id/registrations`. */
export interface Registration {
  id: string;
  eventId: string;
  name: string;
  role: RegistrationRole;
  status: RegistrationStatus;
  waitlistPosition?: number;
  badgeCode?: string;
  checkedInAt: string | null;
  createdAt: string;
}

export interface MyData {
  registrations: Registration[];
  /** The events of those registrations, by id (absent when the event is not readable, e.g. invite-only). */
  events: Record<string, EventSummary>;
  /** Shown from the last copy kept on this device: the network failed. */
  offline?: boolean;
}

const CACHE_KEY = 'akim.my';

/** A fetch that never reached the server (no connection), as opposed to an answer of the API. */
export function isNetworkError(error: unknown): boolean {
  return !(error instanceof ApiError);
}

/** My registrations with their events (one request per distinct event, in parallel), kept for offline use. */
export async function loadMine(): Promise<MyData> {
  try {
    const registrations = await api<Registration[]>('GET', '/registrations/mine');
    const ids = [...new Set(registrations.map((r) => r.eventId))];
    const found = await Promise.all(ids.map((id) => api<EventSummary>('GET', `/events/${id}`).catch(() => undefined)));
    const events: Record<string, EventSummary> = {};
    for (const event of found) {
      if (event) {
        events[event.id] = event;
      }
    }
    const data = { registrations, events };
    writeCache(CACHE_KEY, data);
    return data;
  } catch (error) {
    const cached = readCache<MyData>(CACHE_KEY);
    if (isNetworkError(error) && cached) {
      return { ...cached, offline: true };
    }
    throw error;
  }
}

/** A copy kept on this device, only for the account that saved it (a shared phone shows nobody else's). */
export function readCache<T>(key: string): T | undefined {
  try {
    const stored = JSON.parse(localStorage.getItem(key) ?? 'null') as { userId?: string; data: T } | null;
    return stored && stored.userId === getUser()?.id ? stored.data : undefined;
  } catch {
    return undefined;
  }
}

export function writeCache(key: string, data: unknown): void {
  try {
    localStorage.setItem(key, JSON.stringify({ userId: getUser()?.id, data }));
  } catch {
    // A full storage only costs the offline copy.
  }
}

/** Registrations that still hold (or wait for) a place. */
export function isActive(registration: Registration): boolean {
  return ['invited', 'pending', 'registered', 'waitlisted'].includes(registration.status);
}
