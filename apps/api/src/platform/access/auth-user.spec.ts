import { type AuthUser, canActAs, holdsRole } from './auth-user';

const base: AuthUser = {
  id: 'u',
  email: 'u@test.kz',
  fullName: '',
  language: 'kk',
  roles: ['participant'],
  scopes: [],
  sessionId: 's',
  personId: null,
};

describe('roles and scopes', () => {
  const organizer: AuthUser = {
    ...base,
    roles: ['participant', 'organizer'],
    scopes: [{ role: 'organizer', kind: 'organization', id: 'org-1' }],
  };
  const checker: AuthUser = { ...base, scopes: [{ role: 'checker', kind: 'event', id: 'event-1' }] };
  const admin: AuthUser = { ...base, roles: ['admin'] };

  it('grants a scoped role only on its own organization or event', () => {
    expect(canActAs(organizer, 'organizer', { eventId: 'event-9', organizationIds: ['org-2', 'org-1'] })).toBe(true);
    expect(canActAs(organizer, 'organizer', { eventId: 'event-9', organizationIds: ['org-2'] })).toBe(false);
    expect(canActAs(organizer, 'checker', { organizationIds: ['org-1'] })).toBe(false);
    expect(canActAs(checker, 'checker', { eventId: 'event-1' })).toBe(true);
    expect(canActAs(checker, 'checker', { eventId: 'event-2' })).toBe(false);
  });

  it('lets admins act everywhere', () => {
    expect(canActAs(admin, 'secretary', { eventId: 'any' })).toBe(true);
    expect(holdsRole(admin, 'checker')).toBe(true);
  });

  it('counts a role held through a scope', () => {
    expect(holdsRole(checker, 'checker')).toBe(true);
    expect(holdsRole(checker, 'organizer')).toBe(false);
  });
});
