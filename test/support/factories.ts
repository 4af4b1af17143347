import { randomBytes } from 'node:crypto';
import { secretHash } from '@app/common';
import type { HttpResult, TestApp } from './test-app';
import { withClient } from './test-database';

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

/**
 * A user who is this person (as a participant who registered themselves is), with these scoped roles; returns its
 * token. The link is made in the database, as the account screens have no field for it.
 */
export async function userAs(
  t: TestApp,
  personId: string,
  scopes: Parameters<typeof userWith>[1] = [],
): Promise<string> {
  const email = `p${unique()}@test.kz`;
  const created = await t.client.post(
    '/api/v1/users',
    { email, password: 'password-123', roles: ['participant'], scopes },
    { token: await t.adminToken() },
  );
  if (created.status !== 201) {
    throw new Error(`user: ${created.status} ${created.text}`);
  }
  await withClient(t.databaseUrl, (client) =>
    client.query(`UPDATE users SET person_id = $2 WHERE id = $1`, [created.body.id, personId]),
  );
  return t.client.login(email, 'password-123');
}

/**
 * The body of a forum. Its default dates are fixed on purpose and need not lie ahead: specs write sessions,
 * announcement dates and deadlines against them, and CI also runs the suite two years ahead, where they are past.
 * A spec whose forum must still be open (registration, reminders, the public list of upcoming forums) passes dates
 * from dayFromNow, or uses publishedEvent.
 */
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

/** `YYYY-MM-DDTHH:MM:00+05:00` on the day `daysAhead` days from today (see dayFromNow), at `time` in Oral's zone. */
export function atDayFromNow(daysAhead: number, time = '10:00'): string {
  return `${dayFromNow(daysAhead)}T${time}:00+05:00`;
}

/**
 * The first day of a forum that is under way: a fixed day in the past, so that specs can write check-in times and
 * sessions against it as plain instants (none of them lies in the future whenever the suite runs).
 */
export const UNDER_WAY_SINCE = '2026-01-10';

/** The dates of a forum under way: opened on UNDER_WAY_SINCE, closing a year from today. */
export function underWay(): { startsAt: string; endsAt: string } {
  return { startsAt: `${UNDER_WAY_SINCE}T10:00:00+05:00`, endsAt: atDayFromNow(365, '18:00') };
}

/**
 * Creates an event (eventBody with these overrides) and publishes it; its dates are relative to today: by default a
 * one-day forum 30 days ahead, so registration is open whenever the suite runs.
 */
export async function publishedEvent(
  t: TestApp,
  token: string,
  organizerIds: string[],
  overrides: Record<string, unknown> = {},
): Promise<{ id: string }> {
  const created = await t.client.post(
    '/api/v1/events',
    eventBody(organizerIds, { startsAt: atDayFromNow(30, '10:00'), endsAt: atDayFromNow(30, '18:00'), ...overrides }),
    { token },
  );
  if (created.status !== 201) {
    throw new Error(`event: ${created.status} ${created.text}`);
  }
  const published = await t.client.post(`/api/v1/events/${created.body.id}/publish`, undefined, { token });
  if (published.status !== 200) {
    throw new Error(`publish: ${published.status} ${published.text}`);
  }
  return { id: created.body.id };
}

/**
 * The session at which a forum under way (see underWay) adopts its resolutions: on its first day, 16:00 to 17:00.
 * Returns its id.
 */
export async function adoptionSession(
  t: TestApp,
  token: string,
  eventId: string,
  overrides: Record<string, unknown> = {},
): Promise<string> {
  const created = await t.client.post(
    `/api/v1/events/${eventId}/sessions`,
    {
      kind: 'adoption',
      title: { kk: 'Қаулы қабылдау', ru: 'Принятие постановления' },
      startsAt: `${UNDER_WAY_SINCE}T16:00:00+05:00`,
      endsAt: `${UNDER_WAY_SINCE}T17:00:00+05:00`,
      ...overrides,
    },
    { token },
  );
  if (created.status !== 201) {
    throw new Error(`adoption session: ${created.status} ${created.text}`);
  }
  return created.body.id;
}

/**
 * What an adoption records beside its vote (issue 22): the chair who signs, the place (a city) and, for a forum
 * under way whose adoption session (see adoptionSession) has ended, the time it was adopted during that session.
 */
export function adoptionRecord(
  chairId: string,
  overrides: Record<string, unknown> = {},
): { chairId: string; place: { kk: string; ru: string }; adoptedAt?: string } {
  return {
    chairId,
    place: { kk: 'Орал қаласы', ru: 'г. Уральск' },
    adoptedAt: `${UNDER_WAY_SINCE}T16:30:00+05:00`,
    ...overrides,
  };
}

/** One row for bulkPeople: the columns of `people` a spec sets (category defaults to 'other'). */
export interface BulkPerson {
  fullName: { kk: string; ru?: string };
  position?: { kk: string; ru: string };
  category?: string;
  regionCode?: string;
  email?: string;
}

/**
 * Inserts `count` people straight into the database in one statement (where the point of a test is what comes
 * after, not hundreds of POSTs); `person(n)` describes the n-th, from 1. Returns their ids in that order.
 */
export async function bulkPeople(
  t: Pick<TestApp, 'databaseUrl'>,
  count: number,
  person: (n: number) => BulkPerson,
): Promise<string[]> {
  const rows = Array.from({ length: count }, (_, i) => person(i + 1));
  return withClient(t.databaseUrl, async (client) => {
    const result = await client.query<{ id: string }>(
      // The ids are drawn first, so that they come back in the order given (RETURNING promises none).
      `WITH given AS MATERIALIZED (
         SELECT gen_random_uuid() AS id, p, n FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS rows (p, n)
       ), inserted AS (
         INSERT INTO people (id, full_name, position, category, region_code, email)
         SELECT id, p->'fullName', p->'position', COALESCE(p->>'category', 'other'), p->>'regionCode', p->>'email'
         FROM given
       )
       SELECT id FROM given ORDER BY n`,
      [JSON.stringify(rows)],
    );
    return result.rows.map((r) => r.id);
  });
}

/**
 * Registers these people for the event as `token` (the organizer), one after another or, with `concurrently`, all at
 * once; `body(personId, i)` adds to each request (a role, a session). Fails unless every one is created (201); returns
 * the answers in the order of `personIds`.
 */
export async function registerAll(
  t: Pick<TestApp, 'client'>,
  token: string,
  eventId: string,
  personIds: string[],
  options: { body?: (personId: string, i: number) => Record<string, unknown>; concurrently?: boolean } = {},
): Promise<HttpResult[]> {
  const register = async (personId: string, i: number): Promise<HttpResult> => {
    const result = await t.client.post(
      `/api/v1/events/${eventId}/registrations`,
      { personId, ...options.body?.(personId, i) },
      { token },
    );
    if (result.status !== 201) {
      throw new Error(`registration ${i} of ${personIds.length}: ${result.status} ${result.text}`);
    }
    return result;
  };
  if (options.concurrently) {
    return Promise.all(personIds.map(register));
  }
  const results: HttpResult[] = [];
  for (const [i, personId] of personIds.entries()) {
    results.push(await register(personId, i));
  }
  return results;
}

/**
 * Gives each of these people an account of their own (a participant) and a live session, straight in the
 * database: a test of sixty phones voting at once needs sixty signed-in members, not sixty password hashes.
 * Returns their bearer tokens in the order of `personIds`.
 */
export async function bulkTokens(t: Pick<TestApp, 'databaseUrl'>, personIds: string[]): Promise<string[]> {
  const tokens = personIds.map(() => randomBytes(32).toString('base64url'));
  await withClient(t.databaseUrl, (client) =>
    client.query(
      `WITH given AS MATERIALIZED (
         SELECT gen_random_uuid() AS id, person, hash
         FROM unnest($1::uuid[], $2::bytea[]) AS rows (person, hash)
       ), users_made AS (
         INSERT INTO users (id, email, password_hash, full_name, person_id)
         SELECT id, 'voter-' || id || '@test.kz', '!', '', person FROM given
       )
       INSERT INTO auth_sessions (user_id, token_hash, expires_at)
       SELECT id, hash, now() + interval '1 day' FROM given`,
      [personIds, tokens.map((token) => secretHash(token))],
    ),
  );
  return tokens;
}

/** A webhook registered by the admin; returns its id and its secret (shown only in this answer). */
export async function createWebhook(
  t: TestApp,
  url: string,
  events: string[],
  overrides: Record<string, unknown> = {},
): Promise<{ id: string; secret: string }> {
  const result = await t.client.post(
    '/api/v1/webhooks',
    { url, events, ...overrides },
    { token: await t.adminToken() },
  );
  if (result.status !== 201) {
    throw new Error(`webhook: ${result.status} ${result.text}`);
  }
  return result.body;
}

/** The one-time link (`/account-links/<token>`) a mail carries, as a path; fails when the mail has none. */
export function accountLinkIn(text: string | undefined): string {
  const match = /\/account-links\/([A-Za-z0-9_-]{43})/.exec(text ?? '');
  if (!match) {
    throw new Error(`no account link in: ${text}`);
  }
  return match[1];
}
