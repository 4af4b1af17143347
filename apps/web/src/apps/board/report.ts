import type { SignedInUser } from '../../lib/api';

/** `GET /events/:id/attendance?by=`. */
export interface AttendanceGroup {
  key: string;
  label: string;
  registered: number;
  checkedIn: number;
  /** Regions: how many sub-regions exist, and how many sent someone / had someone present. */
  coverage?: { regions: number; registered: number; present: number };
  children?: AttendanceGroup[];
}

export interface QuorumState {
  sessionId: string | null;
  members: number;
  present: number;
  required: number;
  reached: boolean;
}

export interface AttendanceReport {
  totals: { registered: number; checkedIn: number };
  groups: AttendanceGroup[];
  quorum?: QuorumState[];
}

export const GROUPINGS = ['region', 'role', 'session'] as const;
export type Grouping = (typeof GROUPINGS)[number];

export function percent(part: number, whole: number): number {
  return whole > 0 ? Math.round((part / whole) * 100) : 0;
}

/**
 * The board is for the people who run the event: admins, its organizers and secretaries
 * (quorum is theirs to watch). The API decides in the end; this only spares a checker at
 * the door a screen that is not meant for them.
 */
export function mayWatch(user: SignedInUser, event: { id: string; organizerIds: string[] }): boolean {
  return (
    user.roles.includes('admin') ||
    user.scopes.some(
      (scope) =>
        (scope.role === 'organizer' || scope.role === 'secretary') &&
        ((scope.kind === 'event' && scope.id === event.id) ||
          (scope.kind === 'organization' && event.organizerIds.includes(scope.id))),
    )
  );
}
