import { AppError } from '@app/common';
import type { AuthUser } from '../../platform/access/auth-user';
import { type EventPermission, requireEventAccess } from '../../platform/access/event-access';
import type { AttendanceCache } from './attendance.cache';
import type { AttendanceEvent } from './attendance.model';

/** The event when the user may act on it so: 404 when there is no such event, else 403. */
export async function attendanceEventFor(
  cache: AttendanceCache,
  user: AuthUser,
  eventId: string,
  permission: EventPermission,
): Promise<AttendanceEvent> {
  const event = await cache.attendanceEvent(eventId);
  if (!event) {
    throw AppError.notFound();
  }
  requireEventAccess(user, event, permission);
  return event;
}
