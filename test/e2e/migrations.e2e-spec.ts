import { MIGRATION_LOCK_KEY, MIGRATIONS } from '@app/database';
import pg from 'pg';
import { eventually } from '../support/eventually';
import { createTestDatabase, withClient } from '../support/test-database';
import { startTestApp, type TestApp } from '../support/test-app';

async function waitingForMigrationLock(client: pg.Client): Promise<number> {
  const result = await client.query<{ n: string }>(
    `SELECT count(*) AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
  );
  return Number(result.rows[0].n);
}

describe('migrations at boot', () => {
  it('lets two instances start together on an empty database: both come up, each migration ran once', async () => {
    const db = await createTestDatabase({ empty: true });
    const shared = { url: db.url, drop: async () => undefined };
    let apps: TestApp[] = [];
    // Hold the migration lock so both instances reach it, then let them go at the same moment.
    const holder = new pg.Client({ connectionString: db.url });
    await holder.connect();
    await holder.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const starting = Promise.allSettled([startTestApp({}, shared), startTestApp({}, shared)]);
    try {
      await eventually(async () => expect(await waitingForMigrationLock(holder)).toBe(2), { timeoutMs: 20_000 });
      const tables = await holder.query(`SELECT to_regclass('schema_migrations') AS t`);
      expect(tables.rows[0].t).toBeNull();
    } finally {
      await holder.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
      await holder.end();
      const settled = await starting;
      apps = settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
    }
    try {
      expect(apps).toHaveLength(2);
      for (const app of apps) {
        const ready = await app.client.get('/health/ready');
        expect(ready.status).toBe(200);
        expect(ready.body.pendingMigrations).toBe(false);
      }
      const rows = await withClient(db.url, (client) =>
        client.query<{ name: string }>('SELECT name FROM schema_migrations ORDER BY id'),
      );
      expect(rows.rows.map((r) => r.name)).toEqual(MIGRATIONS.map((m) => m.name));
      // Both instances bootstrapped the same admin; exactly one row exists.
      const admins = await withClient(db.url, (client) =>
        client.query(`SELECT id FROM users WHERE 'admin' = ANY(roles)`),
      );
      expect(admins.rowCount).toBe(1);
      // Both serve the same data.
      const token = await apps[0].adminToken();
      expect((await apps[1].client.get('/api/v1/auth/me', { token })).status).toBe(200);
    } finally {
      await Promise.all(apps.map((app) => app.close()));
      await db.drop();
    }
  });

  it('reports not-ready while migrations are missing', async () => {
    const t = await startTestApp();
    try {
      await withClient(t.databaseUrl, (client) => client.query('DELETE FROM schema_migrations'));
      const ready = await t.client.get('/health/ready');
      expect(ready.status).toBe(503);
      expect(ready.body).toMatchObject({ status: 'unavailable', database: 'ok', pendingMigrations: true });
    } finally {
      await t.close();
    }
  });
});
