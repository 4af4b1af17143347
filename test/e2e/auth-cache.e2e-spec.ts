import { setTimeout as sleep } from 'node:timers/promises';
import { createOrganization, eventBody } from '../support/factories';
import { recordQueries } from '../support/query-counter';
import { startTestApp, type TestApp } from '../support/test-app';
import { withClient } from '../support/test-database';

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
    const deadline = Date.now() + NOTICE_MS;
    let status = (await request()).status;
    while (status === from && Date.now() < deadline) {
      await sleep(20);
      status = (await request()).status;
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
    const deadline = Date.now() + NOTICE_MS;
    let queries = await tokenQueries();
    while (queries > 0 && Date.now() < deadline) {
      await sleep(20);
      queries = await tokenQueries();
    }
    expect(queries).toBe(0);
    expect(await tokenQueries()).toBe(0);
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
    const { id, token } = await newUser({ scopes: [{ role: 'checker', kind: 'event', id: event.body.id }] });
    const report = () => t.client.get(`/api/v1/events/${event.body.id}/attendance`, { token });
    expect((await report()).status).toBe(200);
    await sql(`DELETE FROM user_scopes WHERE user_id = $1`, [id]);
    expect(await settled(report, 200)).toBe(403);

    expect((await t.client.get('/api/v1/auth/me', { token })).status).toBe(200);
    await sql(`UPDATE auth_sessions SET revoked_at = now() WHERE user_id = $1`, [id]);
    expect(await settled(() => t.client.get('/api/v1/auth/me', { token }), 200)).toBe(401);
  });
});
