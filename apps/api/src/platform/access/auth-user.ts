import type { Language, Role, ScopeKind, ScopedRole } from '@app/contracts';

export interface UserScope {
  role: ScopedRole;
  kind: ScopeKind;
  id: string;
}

/** The signed-in user as every guard and service sees it. */
export interface AuthUser {
  id: string;
  email: string;
  fullName: string;
  language: Language;
  roles: Role[];
  scopes: UserScope[];
  sessionId: string;
  /** The person record of this account (a participant registers as it), when linked. */
  personId: string | null;
}

export interface ScopeTarget {
  eventId?: string;
  organizationIds?: string[];
}

/** Whether the user holds `role` at all: globally, or in at least one scope. Admins hold every role. */
export function holdsRole(user: AuthUser, role: Role): boolean {
  return user.roles.includes('admin') || user.roles.includes(role) || user.scopes.some((scope) => scope.role === role);
}

/**
 * Whether the user may act as `role` on a target: admins always; otherwise a scope of
 * that role on the event itself or on one of the organizations that own it.
 */
export function canActAs(user: AuthUser, role: ScopedRole, target: ScopeTarget): boolean {
  if (user.roles.includes('admin')) {
    return true;
  }
  return user.scopes.some(
    (scope) =>
      scope.role === role &&
      ((scope.kind === 'event' && scope.id === target.eventId) ||
        (scope.kind === 'organization' && (target.organizationIds ?? []).includes(scope.id))),
  );
}
