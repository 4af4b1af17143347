import { eventually } from '../support/eventually';
import { startTestApp, type TestApp } from '../support/test-app';
import { databaseName, urlWithDatabase, withClient } from '../support/test-database';

describe('a database outage and absurd bodies are the client’s clear 4xx or a 503, never a 401 or a 500', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  const nested = (levels: number): string => '{"a":'.repeat(levels) + '1' + '}'.repeat(levels);

  it('refuses JSON nested thousands deep with 400 naming the limit, before validation walks it', async () => {
    const admin = await t.adminToken();
    const me = (await t.client.get('/api/v1/auth/me', { token: admin })).body;
    for (const [method, path, token] of [
      ['POST', '/api/v1/auth/login', undefined],
      ['POST', '/api/v1/users', admin],
      ['PATCH', `/api/v1/users/${me.id}`, admin],
    ] as const) {
      const res = await t.client.request(method, path, {
        rawBody: nested(5000),
        token,
        headers: { 'accept-language': 'ru' },
      });
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({
        code: 'VALIDATION_FAILED',
        errors: [{ field: 'body', code: 'maxDepth', message: 'JSON не должен быть вложен глубже 32 уровней' }],
      });
    }
    // Ordinary bodies, and a nesting within the limit, still parse; prototype poisoning is still refused.
    const within = await t.client.request('POST', '/api/v1/auth/login', { rawBody: nested(20) });
    expect(within.status).toBe(400);
    expect(within.body.code).toBe('VALIDATION_FAILED');
    expect(within.body.errors.some((e: { code: string }) => e.code === 'maxDepth')).toBe(false);
    const poisoned = await t.client.request('POST', '/api/v1/auth/login', {
      rawBody: '{"email":"a@b.kz","password":"x","__proto__":{"admin":true}}',
    });
    expect(poisoned.status).toBe(400);
  });

  it('answers 503 DATABASE_UNAVAILABLE with Retry-After while the database refuses connections, then recovers by itself', async () => {
    const token = await t.adminToken();
    expect((await t.client.get('/api/v1/people', { token })).status).toBe(200);
    const name = databaseName(t.databaseUrl);
    const server = urlWithDatabase(t.databaseUrl, 'postgres');
    await withClient(server, async (client) => {
      await client.query(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS false`);
      await client.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`,
        [name],
      );
    });
    try {
      for (const [path, auth] of [
        ['/api/v1/people', token],
        ['/api/v1/events', undefined],
        ['/api/v1/events', token],
      ] as const) {
        const res = await t.client.get(path, { token: auth, headers: { 'accept-language': 'kk' } });
        expect({ path, status: res.status }).toEqual({ path, status: 503 });
        expect(res.body).toMatchObject({ code: 'DATABASE_UNAVAILABLE', message: expect.stringContaining('Дерекқор') });
        expect(res.headers.get('retry-after')).toBe('5');
      }
      // A sign-in attempt is not a wrong password either.
      const login = await t.client.post('/api/v1/auth/login', { email: 'someone@test.kz', password: 'password-123' });
      expect(login.status).toBe(503);
    } finally {
      await withClient(server, (client) => client.query(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS true`));
    }
    await eventually(async () => expect((await t.client.get('/api/v1/people', { token })).status).toBe(200), {
      timeoutMs: 15_000,
      everyMs: 200,
    });
  });
});
