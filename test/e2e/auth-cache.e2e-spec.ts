import { setTimeout as sleep } from 'node:timers/promises';
import { AccountChanges } from '../../apps/api/src/platform/users/account-changes';
import { createOrganization, dayFromNow, eventBody } from '../support/factories';
import { recordQueries } from '../support/query-counter';
import { startTestApp, type TestApp } from '../support/test-app';
import { withClient } from '../support/test-database';
import { eventually } from '../support/eventually';

/** The forum's day: 90 days ahead whenever the suite runs, so it is open for registration. */
const DAY = dayFromNow(90);

/**
 * Resolved bearer tokens are kept for a few seconds (5 s). Every change of the account, its
 * scopes or sessions must still count at once: the database announces it (migration
 * AuthChanges), wherever it was made. Well under the 5 s, so a pass cannot come from expiry.
 */
const NOTICE_MS = 1_000;

describe('token cache', () => {
  let t: TestApp;
  let admin: string;

  const sql = (text: string, params: unknown[] = []) => withClient(t.databaseUrl, (c) => c.query(text, params));
  /** The status of `request` once it differs from `from`, or the last one after NOTICE_MS. */
  const settled = async (request: () => Promise<{ status: number }>, from: number): Promise<number> => {
    let status = from;
    try {
      await eventually(
        async () => {
          status = (await request()).status;
          expect(status).not.toBe(from);
        },
        { timeoutMs: NOTICE_MS, everyMs: 20 },
      );
    } catch {
      // Still `from` after NOTICE_MS: the caller's expectation tells what that means.
    }
    return status;
  };
  const newUser = async (body: Record<string, unknown> = {}) => {
    const email = `cache-${Math.random().toString(36).slice(2)}@test.kz`;
    const created = await t.client.post(
      '/api/v1/users',
      { email, password: 'password-123', ...body },
      { token: admin },
    );
    expect(created.status).toBe(201);
    return { id: created.body.id as string, token: await t.client.login(email, 'password-123') };
  };

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.adminToken();
  });
  afterAll(async () => {
    await t.close();
  });

  it('resolves a token once, then answers from memory', async () => {
    const { token } = await newUser();
    const tokenQueries = async () =>
      (
        await recordQueries(t.app, async () => {
          expect((await t.client.get('/api/v1/registrations/mine', { token })).status).toBe(200);
        })
      ).filter((q) => q.includes('auth_sessions')).length;
    expect(await tokenQueries()).toBe(1);
    // Caching starts once the instance listens for account changes (opened by the first token it saw).
    await eventually(async () => expect(await tokenQueries()).toBe(0), { timeoutMs: NOTICE_MS, everyMs: 20 });
    expect(await tokenQueries()).toBe(0);
  });

  it('looks a token up once for many requests that bring it at once', async () => {
    const warm = await newUser();
    // Caching starts once the instance listens (see above): wait until a warm token is served from memory.
    await eventually(
      async () => {
        const queries = await recordQueries(t.app, () => t.client.get('/api/v1/auth/me', { token: warm.token }));
        expect(queries.filter((q) => q.includes('auth_sessions'))).toHaveLength(0);
      },
      { timeoutMs: NOTICE_MS, everyMs: 20 },
    );
    const { token } = await newUser();
    // The lookup is held up (the sessions table locked) until all twenty requests are in.
    const queries = await withClient(t.databaseUrl, async (locker) => {
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE auth_sessions IN ACCESS EXCLUSIVE MODE');
      let answers!: Promise<{ status: number }[]>;
      const recorded = recordQueries(t.app, async () => {
        answers = Promise.all(Array.from({ length: 20 }, () => t.client.get('/api/v1/registrations/mine', { token })));
        // The lookup has reached the lock and waits there...
        await eventually(async () => {
          const { rows } = await locker.query<{ n: number }>(
            // By the lock it waits for, not by its text: a prepared statement waits while it is parsed, when
            // pg_stat_activity still shows the connection's previous statement.
            `SELECT count(*)::int AS n FROM pg_locks WHERE relation = 'auth_sessions'::regclass AND NOT granted`,
          );
          expect(rows[0].n).toBeGreaterThanOrEqual(1);
        });
        // ...and the other nineteen join it inside the app, where nothing outside shows them: a short bounded wait
        // (one that arrived after the commit would be answered from the cache, so it cannot fail the test, only
        // weaken it).
        await sleep(200);
        await locker.query('COMMIT');
        expect((await answers).map((a) => a.status)).toEqual(Array(20).fill(200));
      });
      return recorded;
    });
    expect(queries.filter((q) => q.includes('auth_sessions'))).toHaveLength(1);
  });

  it('forgets a token at logout before answering', async () => {
    const { token } = await newUser();
    expect((await t.client.get('/api/v1/auth/me', { token })).status).toBe(200);
    expect((await t.client.post('/api/v1/auth/logout', undefined, { token })).status).toBe(204);
    expect((await t.client.get('/api/v1/auth/me', { token })).status).toBe(401);
  });

  it('signs out a deactivated user at once, though their token was just used', async () => {
    const { id, token } = await newUser();
    expect((await t.client.get('/api/v1/auth/me', { token })).status).toBe(200);
    expect((await t.client.patch(`/api/v1/users/${id}`, { isActive: false }, { token: admin })).status).toBe(200);
    expect(await settled(() => t.client.get('/api/v1/auth/me', { token }), 200)).toBe(401);
  });

  it('sees a revocation and a lost scope made straight in the database (another instance)', async () => {
    const org = await createOrganization(t);
    const event = await t.client.post('/api/v1/events', eventBody([org.id]), { token: admin });
    const { id, token } = await newUser({ scopes: [{ role: 'secretary', kind: 'event', id: event.body.id }] });
    const report = () => t.client.get(`/api/v1/events/${event.body.id}/attendance`, { token });
    expect((await report()).status).toBe(200);
    await sql(`DELETE FROM user_scopes WHERE user_id = $1`, [id]);
    expect(await settled(report, 200)).toBe(403);

    expect((await t.client.get('/api/v1/auth/me', { token })).status).toBe(200);
    await sql(`UPDATE auth_sessions SET revoked_at = now() WHERE user_id = $1`, [id]);
    expect(await settled(() => t.client.get('/api/v1/auth/me', { token }), 200)).toBe(401);
  });

  it('drops a change made through this instance before that request answers, not when the notice comes', async () => {
    // The database's notice reaches this instance a moment after the commit; a client that
    // changed an account and asks again at once must not be answered from the old entry.
    const announced: string[] = [];
    const unsubscribe = t.app.get(AccountChanges).subscribe((userId) => announced.push(userId));
    try {
      const org = await createOrganization(t);
      const event = await t.client.post(
        '/api/v1/events',
        eventBody([org.id], { startsAt: `${DAY}T10:00:00+05:00`, endsAt: `${DAY}T18:00:00+05:00` }),
        { token: admin },
      );
      const organizer = await newUser({ scopes: [{ role: 'organizer', kind: 'event', id: event.body.id }] });
      const member = await newUser({ fullName: 'Дәурен Әлиев' });
      const email = (await t.client.get('/api/v1/auth/me', { token: member.token })).body.email as string;
      const staff = `/api/v1/events/${event.body.id}/staff`;
      const report = () => t.client.get(`/api/v1/events/${event.body.id}/attendance`, { token: member.token });

      expect((await report()).status).toBe(403);
      expect(announced).toEqual([]);
      const granted = await t.client.post(staff, { email, role: 'secretary' }, { token: organizer.token });
      expect(granted.status).toBe(201);
      expect(announced).toEqual([member.id]);
      expect((await report()).status).toBe(200);

      const revoked = await t.client.request('DELETE', `${staff}/${member.id}/secretary`, {
        token: organizer.token,
      });
      expect(revoked.status).toBe(204);
      expect(announced).toEqual([member.id, member.id]);
      expect((await report()).status).toBe(403);

      const renamed = await t.client.patch(`/api/v1/users/${member.id}`, { fullName: 'Дәурен' }, { token: admin });
      expect(renamed.status).toBe(200);
      expect(announced).toHaveLength(3);
      expect((await t.client.get('/api/v1/auth/me', { token: member.token })).body.fullName).toBe('Дәурен');

      // Registering links a person record to the account.
      expect((await t.client.get('/api/v1/auth/me', { token: member.token })).body.personId).toBeNull();
      const published = await t.client.post(`/api/v1/events/${event.body.id}/publish`, undefined, {
        token: organizer.token,
      });
      expect(published.status).toBe(200);
      const registered = await t.client.post(
        `/api/v1/events/${event.body.id}/registrations`,
        {},
        {
          token: member.token,
        },
      );
      expect(registered.status).toBe(201);
      expect(announced).toEqual([member.id, member.id, member.id, member.id]);
      const me = await t.client.get('/api/v1/auth/me', { token: member.token });
      expect(me.body.personId).toBe(registered.body.personId);

      const deactivated = await t.client.patch(`/api/v1/users/${member.id}`, { isActive: false }, { token: admin });
      expect(deactivated.status).toBe(200);
      expect((await t.client.get('/api/v1/auth/me', { token: member.token })).status).toBe(401);
    } finally {
      unsubscribe();
    }
  });
});
