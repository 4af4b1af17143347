import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { EmbeddedPostgresServer, freePort } from '@app/database';
import { startCluster, type RunningCluster } from '../support/cluster';
import { eventBody } from '../support/factories';
import { eventually } from '../support/eventually';
import { alive } from '../support/processes';
import { withClient } from '../support/test-database';

/**
 * The fault suite: three instances behind HAProxy on a PostgreSQL server of the test's own, broken while they work.
 * A registration rush while one instance is killed and the database restarted; a check-in burst from three
 * devices replaying offline batches while the instances restart one by one. Afterwards the invariants are checked in
 * SQL and printed. `npm run test:faults` runs it at full size (2,300 people for 1,000 seats); `npm test` at a fifth.
 */
const FULL = process.env.FAULTS_SCALE === 'full';
const PEOPLE = FULL ? 2_300 : 460;
const SEATS = FULL ? 1_000 : 200;
const WORKERS = 16;
const DEVICES = 3;
const BATCH = 25;

interface Outcome {
  status: number;
  id?: string;
}

describe(`faults: ${PEOPLE} registrations for ${SEATS} seats and a check-in burst, through three instances`, () => {
  let dir: string;
  let pg: EmbeddedPostgresServer;
  let url: string;
  let cluster: RunningCluster;
  let eventId: string;
  /** Every answer any request got, retries included (0: the connection broke). */
  const statuses: number[] = [];
  const invariants: [string, boolean][] = [];
  const sql = async <T>(text: string, params: unknown[] = []): Promise<T[]> =>
    withClient(url, async (c) => (await c.query(text, params)).rows as T[]);
  const hold = (name: string, value: boolean) => {
    invariants.push([name, value]);
    expect({ name, value }).toEqual({ name, value: true });
  };

  /** Sends until an answer below 500, as the web and check-in apps do (same key, same body). */
  const untilAnswered = async (send: () => Promise<{ status: number; body: unknown }>) => {
    for (let tries = 0; ; tries++) {
      try {
        const answer = await send();
        statuses.push(answer.status);
        if (answer.status < 500) {
          return answer;
        }
      } catch {
        statuses.push(0);
      }
      if (tries > 200) {
        throw new Error('never answered');
      }
      await sleep(100);
    }
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'akim-faults-'));
    // As root the server runs as the `postgres` user, who must be able to enter the folder.
    chmodSync(dir, 0o755);
    pg = new EmbeddedPostgresServer({ dataDir: join(dir, 'pg'), port: await freePort() });
    await pg.start();
    await withClient(pg.url, (c) => c.query(`CREATE DATABASE akim_faults_test`));
    url = pg.urlFor('akim_faults_test');
    cluster = await startCluster(url, join(dir, 'cluster'), { DB_POOL_SIZE: '6' });
    const { client, admin } = cluster;
    const org = await client.post(
      '/api/v1/organizations',
      {
        name: { kk: 'Жамбыл облысының әкімдігі', ru: 'Акимат Жамбылской области' },
        kind: 'akimat',
        regionCode: 'KZ-31',
      },
      { token: admin },
    );
    expect(org.status).toBe(201);
    const day = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    const created = await client.post(
      '/api/v1/events',
      eventBody([org.body.id], { capacity: SEATS, startsAt: `${day}T10:00:00+05:00`, endsAt: `${day}T18:00:00+05:00` }),
      { token: admin },
    );
    expect(created.status).toBe(201);
    eventId = created.body.id;
    expect((await client.post(`/api/v1/events/${eventId}/publish`, undefined, { token: admin })).status).toBe(200);
  }, 180_000);

  afterAll(async () => {
    // The invariants as the suite found them, for the log of `npm run test:faults`.
    process.stdout.write(
      `\nfault suite invariants (${PEOPLE} people, ${SEATS} seats):\n${invariants
        .map(([name, value]) => `  ${value ? 'OK  ' : 'FAIL'} ${name}`)
        .join('\n')}\n`,
    );
    cluster?.kill();
    await pg?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('loses no acknowledged registration while an instance is killed and the database restarts', async () => {
    const people = (
      await sql<{ id: string }>(
        `INSERT INTO people (full_name, category) SELECT jsonb_build_object('kk', 'Делегат ' || n), 'other'
         FROM generate_series(1, $1::int) n RETURNING id`,
        [PEOPLE],
      )
    ).map((r) => r.id);
    const victim = cluster.state().instances[1].pid!;
    let sent = 0;
    let restart: Promise<void> | undefined;
    const faults = () => {
      sent++;
      if (sent === Math.floor(PEOPLE * 0.2)) {
        process.kill(victim, 'SIGKILL');
      }
      if (sent === Math.floor(PEOPLE * 0.45)) {
        restart = (async () => {
          await pg.stop();
          await sleep(2_000);
          await pg.start();
        })();
      }
    };
    const queue = [...people];
    const answers: Outcome[] = [];
    await Promise.all(
      Array.from({ length: WORKERS }, async () => {
        for (let personId = queue.shift(); personId; personId = queue.shift()) {
          faults();
          const answer = await untilAnswered(() =>
            cluster.client.post(
              `/api/v1/events/${eventId}/registrations`,
              { personId },
              { token: cluster.admin, headers: { 'idempotency-key': `fault-${personId}` } },
            ),
          );
          answers.push({ status: answer.status, id: (answer.body as { id?: string }).id });
        }
      }),
    );
    await restart;

    const rows = await sql<{ id: string; person_id: string; status: string; waitlisted_at: Date | null }>(
      `SELECT id, person_id, status, waitlisted_at FROM registrations WHERE event_id = $1`,
      [eventId],
    );
    const ids = new Set(rows.map((r) => r.id));
    hold('the killed instance died', !alive(victim));
    hold(
      'every registration was answered 201, or 200 for a replayed key',
      answers.every((a) => [200, 201].includes(a.status)),
    );
    hold(
      'every acknowledged registration is in the database',
      answers.every((a) => a.id && ids.has(a.id)),
    );
    hold(
      `one registration per person (${PEOPLE})`,
      rows.length === PEOPLE && new Set(rows.map((r) => r.person_id)).size === PEOPLE,
    );
    hold(
      `no event over capacity (${SEATS} registered)`,
      rows.filter((r) => r.status === 'registered').length === SEATS,
    );
    const waitlist = rows.filter((r) => r.status === 'waitlisted');
    hold(
      `the rest waitlisted (${PEOPLE - SEATS}), each with its time`,
      waitlist.length === PEOPLE - SEATS && waitlist.every((r) => r.waitlisted_at),
    );
    const [counts] = await sql<{ registered: number; waitlisted: number }>(
      `SELECT registered, waitlisted FROM event_seat_counts WHERE event_id = $1`,
      [eventId],
    );
    hold('the seat counters agree with the rows', counts.registered === SEATS && counts.waitlisted === PEOPLE - SEATS);
    // While the database was down, answers were 503; a request cut by the kill may have been answered 502 by the
    // balancer (one per worker at most). Nothing else failed.
    const failures = statuses.filter((s) => s >= 500 && s !== 503);
    hold(
      `no 5xx but 503 beyond the requests cut by the kill (${failures.length} ≤ ${WORKERS})`,
      failures.length <= WORKERS,
    );
    hold('the database was down long enough to be seen (some 503)', statuses.includes(503));
    await eventually(async () => expect((await cluster.servers()).every((s) => s.up)).toBe(true), {
      timeoutMs: 30_000,
    });
  }, 600_000);

  it('records exactly one check-in per person from three devices replaying offline batches while instances restart', async () => {
    const badges = (
      await sql<{ badge_code: string }>(
        `SELECT badge_code FROM registrations WHERE event_id = $1 AND status = 'registered' ORDER BY badge_code`,
        [eventId],
      )
    ).map((r) => r.badge_code);
    // Each device scans its share, and a tenth of the next one's (people who went through two doors).
    const scans = Array.from({ length: DEVICES }, (_, device) =>
      badges
        .map((badgeCode, i) => ({ badgeCode, i }))
        .filter(({ i }) => i % DEVICES === device || (i % DEVICES === (device + 1) % DEVICES && i % 10 === 0))
        .map(({ badgeCode, i }) => ({ badgeCode, clientId: `door${device}-${i}`, deviceId: `door${device}` })),
    );
    const statusesBefore = statuses.length;
    cluster.process.kill('SIGHUP');
    await Promise.all(
      scans.map(async (items) => {
        for (let start = 0; start < items.length; start += BATCH) {
          const batch = items.slice(start, start + BATCH);
          const answer = await untilAnswered(() =>
            cluster.client.post(
              `/api/v1/events/${eventId}/check-ins/batch`,
              { items: batch },
              { token: cluster.admin },
            ),
          );
          expect(answer.status).toBe(200);
          await sleep(50);
        }
        // The device lost its acknowledgements and sends its whole queue again once it is back online.
        for (let start = 0; start < items.length; start += BATCH * 4) {
          const batch = items.slice(start, start + BATCH * 4);
          await untilAnswered(() =>
            cluster.client.post(
              `/api/v1/events/${eventId}/check-ins/batch`,
              { items: batch },
              { token: cluster.admin },
            ),
          );
        }
      }),
    );
    await eventually(async () => expect(cluster.output()).toContain('rolling restart done'), { timeoutMs: 120_000 });
    const [row] = await sql<{ checkins: number; people: number; most: number }>(
      `SELECT count(*)::int AS checkins, count(DISTINCT registration_id)::int AS people,
              COALESCE(max(n), 0)::int AS most
       FROM check_ins c, LATERAL (SELECT count(*) AS n FROM check_ins d WHERE d.registration_id = c.registration_id
                                   AND d.session_id IS NULL) x
       WHERE c.event_id = $1 AND c.session_id IS NULL`,
      [eventId],
    );
    hold(`every registered person checked in (${SEATS})`, row.people === SEATS);
    hold('exactly one check-in per person', row.checkins === SEATS && row.most === 1);
    const failures = statuses.slice(statusesBefore).filter((s) => s >= 500 || s === 0);
    hold(`no failed request during the rolling restart (${failures.length})`, failures.length === 0);
  }, 600_000);
});
