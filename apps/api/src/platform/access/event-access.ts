import { AppError } from '@app/common';
import type { ScopedRole } from '@app/contracts';
import { type AuthUser, canActAs, type ScopeTarget } from './auth-user';

/**
 * What a user may do with one event. Every module asks here; none decides on its own who may
 * manage, draft, admit or watch an event.
 */
export type EventPermission =
  /** Change the event, its agenda, staff, registrations and mail: its organizers. */
  | 'manage'
  /** See every registration: organizers, and checkers (who admit people by them). */
  | 'seeRegistrations'
  /** Draft and adopt its documents, record their execution: secretaries and organizers. */
  | 'draft'
  /** Check people in at the door: checkers and organizers. */
  | 'admit'
  /** Read a draft or invite-only event: organizers, secretaries and checkers. */
  | 'watch'
  /**
   * Read the attendance report and its exports (who came, by region and role, the quorum):
   * organizers and secretaries. Checkers admit people one badge at a time and never see the list.
   */
  | 'report';

export const EVENT_PERMISSION_ROLES: Readonly<Record<EventPermission, readonly ScopedRole[]>> = {
  manage: ['organizer'],
  seeRegistrations: ['organizer', 'checker'],
  draft: ['secretary', 'organizer'],
  admit: ['checker', 'organizer'],
  watch: ['organizer', 'secretary', 'checker'],
  report: ['organizer', 'secretary'],
};

/** An event as the policy sees it: its id and the organizations that hold it. */
export type AccessibleEvent = { id: string } & ({ organizers: { id: string }[] } | { organizerIds: string[] });

/** The scope target of an event: the event itself and its organizing organizations. */
export function eventTarget(event: AccessibleEvent): ScopeTarget {
  const organizationIds = 'organizerIds' in event ? event.organizerIds : event.organizers.map((o) => o.id);
  return { eventId: event.id, organizationIds };
}

/** Whether the user holds one of the permission's roles on the event (admins always do). */
export function mayAccessEvent(
  user: AuthUser | undefined,
  event: AccessibleEvent,
  permission: EventPermission,
): boolean {
  if (!user) {
    return false;
  }
  const target = eventTarget(event);
  return EVENT_PERMISSION_ROLES[permission].some((role) => canActAs(user, role, target));
}

/** Throws 403 FORBIDDEN unless the user may act on the event so. */
export function requireEventAccess(
  user: AuthUser | undefined,
  event: AccessibleEvent,
  permission: EventPermission,
): void {
  if (!mayAccessEvent(user, event, permission)) {
    throw AppError.forbidden();
  }
}

/** Whether the user holds one of the permission's roles in one of these organizations (a point's responsible body). */
export function mayAccessOrganizations(
  user: AuthUser | undefined,
  organizationIds: string[],
  permission: EventPermission,
): boolean {
  return (
    !!user &&
    organizationIds.length > 0 &&
    EVENT_PERMISSION_ROLES[permission].some((role) => canActAs(user, role, { organizationIds }))
  );
}

/** The organizations in which the user holds one of the permission's roles (their own organizations). */
export function organizationsWith(user: AuthUser, permission: EventPermission): string[] {
  const roles = EVENT_PERMISSION_ROLES[permission];
  return [
    ...new Set(
      user.scopes.filter((scope) => scope.kind === 'organization' && roles.includes(scope.role)).map((s) => s.id),
    ),
  ];
}

/** The events on which the user holds one of the permission's roles by an event scope. */
export function eventsWith(user: AuthUser, permission: EventPermission): string[] {
  const roles = EVENT_PERMISSION_ROLES[permission];
  return [
    ...new Set(user.scopes.filter((scope) => scope.kind === 'event' && roles.includes(scope.role)).map((s) => s.id)),
  ];
}
