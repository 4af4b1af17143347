import type { ScopedRole } from '@app/contracts';
import type { AuthUser, UserScope } from './auth-user';
import { type EventPermission, mayAccessEvent, mayAccessOrganizations, requireEventAccess } from './event-access';

const EVENT = { id: 'event-1', organizers: [{ id: 'org-a' }, { id: 'org-b' }] };
const SAME_EVENT_BY_IDS = { id: 'event-1', organizerIds: ['org-a', 'org-b'] };

type Scope = 'this event' | 'organizer org' | 'elsewhere' | 'none';

function user(role: 'admin' | ScopedRole | 'participant', scope: Scope): AuthUser {
  const scopes: UserScope[] = [];
  if (role !== 'admin' && role !== 'participant') {
    if (scope === 'this event') {
      scopes.push({ role, kind: 'event', id: 'event-1' });
    } else if (scope === 'organizer org') {
      scopes.push({ role, kind: 'organization', id: 'org-b' });
    } else if (scope === 'elsewhere') {
      scopes.push({ role, kind: 'event', id: 'event-2' }, { role, kind: 'organization', id: 'org-z' });
    }
  }
  return {
    id: 'u',
    email: 'u@test.kz',
    fullName: 'U',
    language: 'kk',
    roles: role === 'admin' ? ['admin'] : role === 'participant' ? ['participant'] : [],
    scopes,
    sessionId: 's',
    personId: null,
  };
}

const PERMISSIONS: EventPermission[] = ['manage', 'seeRegistrations', 'draft', 'admit', 'watch', 'report'];
// Who may, with a scope on this event or on one of its organizers: the whole policy in one table.
const ALLOWED: Record<'admin' | ScopedRole | 'participant', EventPermission[]> = {
  admin: PERMISSIONS,
  organizer: ['manage', 'seeRegistrations', 'draft', 'admit', 'watch', 'report'],
  secretary: ['draft', 'watch', 'report'],
  checker: ['seeRegistrations', 'admit', 'watch'],
  participant: [],
};
const SCOPES: Scope[] = ['this event', 'organizer org', 'elsewhere', 'none'];

const rows = (Object.keys(ALLOWED) as (keyof typeof ALLOWED)[]).flatMap((role) =>
  SCOPES.flatMap((scope) =>
    PERMISSIONS.map((permission) => {
      const inScope = role === 'admin' || scope === 'this event' || scope === 'organizer org';
      return { role, scope, permission, expected: inScope && ALLOWED[role].includes(permission) };
    }),
  ),
);

describe('event access: role × permission × scope', () => {
  it.each(rows)('$role with scope "$scope" may $permission: $expected', ({ role, scope, permission, expected }) => {
    const who = user(role, scope);
    expect(mayAccessEvent(who, EVENT, permission)).toBe(expected);
    expect(mayAccessEvent(who, SAME_EVENT_BY_IDS, permission)).toBe(expected);
    if (expected) {
      expect(() => requireEventAccess(who, EVENT, permission)).not.toThrow();
    } else {
      expect(() => requireEventAccess(who, EVENT, permission)).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    }
  });

  it.each(PERMISSIONS)('nobody signed in may %s', (permission) => {
    expect(mayAccessEvent(undefined, EVENT, permission)).toBe(false);
    expect(() => requireEventAccess(undefined, EVENT, permission)).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN' }),
    );
  });

  it('a responsible organization is asked by its own scopes, never by an empty list', () => {
    const secretaryOfB = user('secretary', 'organizer org');
    expect(mayAccessOrganizations(secretaryOfB, ['org-b'], 'draft')).toBe(true);
    expect(mayAccessOrganizations(secretaryOfB, ['org-c'], 'draft')).toBe(false);
    expect(mayAccessOrganizations(secretaryOfB, [], 'draft')).toBe(false);
    expect(mayAccessOrganizations(user('checker', 'organizer org'), ['org-b'], 'draft')).toBe(false);
  });
});
