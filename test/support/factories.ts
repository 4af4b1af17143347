import type { TestApp } from './test-app';

let counter = 0;
const unique = (): string => `${Date.now().toString(36)}${(counter++).toString(36)}`;

export async function createOrganization(t: TestApp, overrides: Record<string, unknown> = {}): Promise<{ id: string }> {
  const result = await t.client.post(
    '/api/v1/organizations',
    {
      name: { kk: `Әкімдік ${unique()}`, ru: `Акимат ${unique()}` },
      kind: 'akimat',
      regionCode: 'KZ-27',
      ...overrides,
    },
    { token: await t.adminToken() },
  );
  if (result.status !== 201) {
    throw new Error(`organization: ${result.status} ${result.text}`);
  }
  return result.body;
}

export async function createPerson(
  t: TestApp,
  kk: string,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string }> {
  const result = await t.client.post(
    '/api/v1/people',
    { fullName: { kk }, position: { kk: 'Ауыл әкімі', ru: 'Аким села' }, category: 'rural_akim', ...overrides },
    { token: await t.adminToken() },
  );
  if (result.status !== 201) {
    throw new Error(`person: ${result.status} ${result.text}`);
  }
  return result.body;
}

/** A user with the given scoped roles; returns its token. */
export async function userWith(
  t: TestApp,
  scopes: { role: 'organizer' | 'secretary' | 'checker'; kind: 'organization' | 'event'; id: string }[],
  roles: string[] = ['participant'],
): Promise<string> {
  const email = `u${unique()}@test.kz`;
  const created = await t.client.post(
    '/api/v1/users',
    { email, password: 'password-123', roles, scopes },
    { token: await t.adminToken() },
  );
  if (created.status !== 201) {
    throw new Error(`user: ${created.status} ${created.text}`);
  }
  return t.client.login(email, 'password-123');
}

export function eventBody(organizerIds: string[], overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    kind: 'forum',
    title: { kk: 'Ауыл әкімдерінің форумы', ru: 'Форум сельских акимов', en: 'Forum of rural akims' },
    description: { kk: 'Сипаттама', ru: 'Описание' },
    organizerIds,
    regionCode: 'KZ-27',
    venue: { name: { kk: 'Мәжіліс залы', ru: 'Зал заседаний' }, rooms: ['Үлкен зал', 'Кіші зал', 'Зал 3'] },
    startsAt: '2027-03-10T10:00:00+05:00',
    endsAt: '2027-03-11T18:00:00+05:00',
    timeZone: 'Asia/Oral',
    ...overrides,
  };
}

/**
 * A local date `daysAhead` days from today as `YYYY-MM-DD` (UTC days), for events that must lie in the
 * future whenever the suite runs.
 */
export function dayFromNow(daysAhead: number): string {
  return new Date(Date.now() + daysAhead * 86_400_000).toISOString().slice(0, 10);
}
