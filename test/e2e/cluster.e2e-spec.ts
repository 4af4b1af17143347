import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventBody } from '../support/factories';
import { startCluster, type RunningCluster } from '../support/cluster';
import { eventually } from '../support/eventually';
import { alive } from '../support/processes';
import type { TestClient } from '../support/test-app';
import { createTestDatabase, withClient } from '../support/test-database';

/**
 * `npm run cluster` as the README describes it: three instances of the built app behind Debian's HAProxy on one
 * PostgreSQL. Every request may land on any instance; one killed mid-rush loses nothing acknowledged and comes
 * back by itself; a rolling restart and a stop drain without a failed request.
 */
describe('the cluster: three instances behind HAProxy', () => {
  let dataDir: string;
  let database: { url: string; drop: () => Promise<void> };
  let running: RunningCluster;
  let cluster: ChildProcess;
  let client: TestClient;
  let admin: string;
  const state = () => running.state();
  const servers = () => running.servers();
  const output = () => running.output();

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'akim-cluster-'));
    database = await createTestDatabase();
    running = await startCluster(database.url, dataDir);
    ({ client, admin, process: cluster } = running);
  }, 120_000);

  afterAll(async () => {
    running?.kill();
    await database.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('spreads requests over every instance, which all see the same sign-in', async () => {
    const before = await servers();
    expect(before.map((s) => s.up)).toEqual([true, true, true]);
    for (let i = 0; i < 12; i++) {
      expect((await client.get('/api/v1/auth/me', { token: admin })).status).toBe(200);
    }
    const after = await servers();
    for (const [i, server] of after.entries()) {
      expect(server.sessions).toBeGreaterThan(before[i].sessions);
    }
  });

  it('loses no acknowledged registration when an instance is killed mid-rush, and starts it again', async () => {
    const org = await client.post(
      '/api/v1/organizations',
      { name: { kk: 'Батыс Қазақстан облысының әкімдігі', ru: 'Акимат ЗКО' }, kind: 'akimat', regionCode: 'KZ-27' },
      { token: admin },
    );
    expect(org.status).toBe(201);
    const created = await client.post(
      '/api/v1/events',
      eventBody([org.body.id], {
        capacity: 40,
        startsAt: `${new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10)}T10:00:00+05:00`,
        endsAt: `${new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10)}T18:00:00+05:00`,
      }),
      { token: admin },
    );
    expect(created.status).toBe(201);
    const eventId = created.body.id as string;
    expect((await client.post(`/api/v1/events/${eventId}/publish`, undefined, { token: admin })).status).toBe(200);
    const people = await withClient(database.url, async (c) =>
      (
        await c.query<{ id: string }>(
          `INSERT INTO people (full_name, category) SELECT jsonb_build_object('kk', 'Делегат ' || n), 'other'
           FROM generate_series(1, 120) n RETURNING id`,
        )
      ).rows.map((r) => r.id),
    );

    // Each registration is retried with its Idempotency-Key until it is answered, as the web app does.
    const victim = state().instances[1].pid!;
    let sent = 0;
    const register = async (personId: string): Promise<{ status: number; id: string; retries: number }> => {
      for (let retries = 0; ; retries++) {
        if (++sent === 40) {
          process.kill(victim, 'SIGKILL');
        }
        try {
          const res = await client.post(
            `/api/v1/events/${eventId}/registrations`,
            { personId },
            { token: admin, headers: { 'idempotency-key': `rush-${personId}` } },
          );
          if (res.status < 500) {
            return { status: res.status, id: res.body.id as string, retries };
          }
        } catch {
          // the connection broke: try again
        }
        if (retries > 20) {
          throw new Error(`registration of ${personId} never answered`);
        }
        await new Promise((r) => setTimeout(r, 100));
      }
    };
    const queue = [...people];
    const answers: { status: number; id: string; retries: number }[] = [];
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        for (let next = queue.shift(); next; next = queue.shift()) {
          answers.push(await register(next));
        }
      }),
    );
    expect(alive(victim)).toBe(false);
    // 201, or 200: the replay of its key, for a request resent (by the client, or by the balancer when the killed
    // instance's connection broke) whose first try had been done.
    expect(answers.filter((a) => a.status !== 201 && a.status !== 200)).toEqual([]);
    expect(answers).toHaveLength(120);

    const rows = await withClient(
      database.url,
      async (c) =>
        (
          await c.query<{ id: string; person_id: string; status: string }>(
            `SELECT id, person_id, status FROM registrations WHERE event_id = $1`,
            [eventId],
          )
        ).rows,
    );
    // One row per person, each the one its answer named; the seats not over-filled.
    expect(rows).toHaveLength(120);
    expect(new Set(rows.map((r) => r.person_id)).size).toBe(120);
    expect(new Set(rows.map((r) => r.id))).toEqual(new Set(answers.map((a) => a.id)));
    expect(rows.filter((r) => r.status === 'registered')).toHaveLength(40);
    expect(rows.filter((r) => r.status === 'waitlisted')).toHaveLength(80);

    // The killed instance comes back by itself and the balancer sends to it again.
    await eventually(async () => expect((await servers()).every((s) => s.up)).toBe(true), { timeoutMs: 30_000 });
    expect(state().instances[1].pid).not.toBe(victim);
  });

  it('restarts the instances one by one (SIGHUP) without a failed request', async () => {
    const before = state().instances.map((i) => i.pid);
    const statuses: number[] = [];
    let restarting = true;
    const load = (async () => {
      while (restarting) {
        statuses.push((await client.get('/api/v1/auth/me', { token: admin })).status);
      }
    })();
    cluster.kill('SIGHUP');
    await eventually(async () => expect(output()).toContain('rolling restart done'), { timeoutMs: 60_000 });
    restarting = false;
    await load;
    expect(statuses.length).toBeGreaterThan(20);
    expect(statuses.filter((s) => s !== 200)).toEqual([]);
    const after = state().instances.map((i) => i.pid);
    for (const [i, pid] of after.entries()) {
      expect(pid).not.toBe(before[i]);
    }
  }, 90_000);

  it('stops on SIGTERM: every instance drained and gone, then the balancer', async () => {
    const pids = [...state().instances.map((i) => i.pid!), state().balancer.pid];
    const code = new Promise<number | null>((resolve) => cluster.once('exit', resolve));
    cluster.kill('SIGTERM');
    expect(await code).toBe(0);
    for (const pid of pids) {
      expect(alive(pid)).toBe(false);
    }
  }, 30_000);
});
