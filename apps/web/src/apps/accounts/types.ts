import type { Language, Role } from '@app/contracts';

export type ScopedRole = 'organizer' | 'secretary' | 'checker';
export type ScopeKind = 'organization' | 'event';

export interface Scope {
  role: ScopedRole;
  kind: ScopeKind;
  id: string;
}

/** `GET /users` items. */
export interface Account {
  id: string;
  email: string;
  fullName: string;
  language: Language;
  roles: Role[];
  scopes: Scope[];
  isActive: boolean;
  pendingConfirmation: boolean;
  version: number;
}

export interface AccountPage {
  items: Account[];
  total: number;
  limit: number;
  offset: number;
}

/** What a scope can point at: the organizations and events the access policy knows. */
export interface ScopeTargets {
  organization: { id: string; label: string }[];
  event: { id: string; label: string }[];
}
