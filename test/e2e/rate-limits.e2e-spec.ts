import { startTestApp, type TestApp } from '../support/test-app';
import { withClient } from '../support/test-database';

/**
 * Anonymous work is limited per client across every instance: the database counts (migration RateLimits), so
 * behind a balancer a client gets a limit once, not once per instance.
 */
describe('rate limits shared by two instances of one database', () => {
  let a: TestApp;
  let b: TestApp;

  beforeAll(async () => {
    a = await startTestApp();
    b = await startTestApp({}, { url: a.databaseUrl, drop: async () => undefined });
  });
  afterAll(async () => {
    await b.close();
    await a.close();
  });

  it('lets one address check 60 codes a minute in all, whichever instance answers', async () => {
    // 45 through each instance, all at once: each alone is under the limit of 60.
    const answers = await Promise.all(
      Array.from({ length: 90 }, (_, i) => (i % 2 ? a : b).client.get('/api/v1/verify/ZZZZZ-ZZZZY')),
    );
    const limited = answers.filter((answer) => answer.status === 429);
    expect(answers.filter((answer) => answer.status === 404)).toHaveLength(60);
    expect(limited).toHaveLength(30);
    expect(limited[0].body).toMatchObject({ code: 'TOO_MANY_REQUESTS' });
    expect(Number(limited[0].headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Number(limited[0].headers.get('retry-after'))).toBeLessThanOrEqual(60);
  });

  it('starts a new window once the last one ended', async () => {
    await withClient(a.databaseUrl, (c) =>
      c.query(`UPDATE rate_limits SET window_ends_at = now() - interval '1 second'`),
    );
    expect((await b.client.get('/api/v1/verify/ZZZZZ-ZZZZY')).status).toBe(404);
    const rows = await withClient(a.databaseUrl, (c) => c.query(`SELECT key, hits FROM rate_limits`));
    expect(rows.rows).toEqual([{ key: 'verify:127.0.0.1', hits: 1 }]);
  });
});
