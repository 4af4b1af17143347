export const ROLES = ['admin', 'organizer', 'secretary', 'checker', 'participant'] as const;
export type Role = (typeof ROLES)[number];

/** Roles whose rights are limited to the events or organizations they are assigned to. */
export const SCOPED_ROLES = ['organizer', 'secretary', 'checker'] as const;
export type ScopedRole = (typeof SCOPED_ROLES)[number];

export const SCOPE_KINDS = ['event', 'organization'] as const;
export type ScopeKind = (typeof SCOPE_KINDS)[number];
