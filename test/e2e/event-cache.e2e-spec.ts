import { bulkPeople, createOrganization, publishedEvent, registerAll, userWith } from '../support/factories';
import { eventually } from '../support/eventually';
import { recordQueries } from '../support/query-counter';
import { startTestApp, type TestApp } from '../support/test-app';
import { withClient } from '../support/test-database';

/**
 * Check-ins and the attendance board keep an event's organizers and quorum rules, and the region
 * tree, for a few seconds (5 s). A change made through another instance, or straight in the
 * database, must still count at once: the database announces it (migration EventChanges). Well
 * under the 5 s, so a pass cannot come from expiry.
 */
const NOTICE_MS = 1_000;

describe("an event's rules kept in memory, on two instances of one database", () => {
  let a: TestApp;
  let b: TestApp;
  let adminA: string;
  let adminB: string;

  const sql = (text: string, params: unknown[] = []) => withClient(a.databaseUrl, (c) => c.query(text, params));
  const attendance = (eventId: string, token: string, by = 'role') =>
    b.client.get(`/api/v1/events/${eventId}/attendance?by=${by}`, { token });
  /** How many times instance b reads the event's rules while it answers the attendance report. */
  const ruleReads = async (eventId: string): Promise<number> =>
    (
      await recordQueries(b.app, async () => {
        expect((await attendance(eventId, adminB)).status).toBe(200);
      })
    ).filter((q) => q.includes('AS "sessionQuorum"')).length;
  /** Waits until b answers the event's report from memory (it keeps rules only while it hears the notices). */
  const warm = (eventId: string) =>
    eventually(async () => expect(await ruleReads(eventId)).toBe(0), { timeoutMs: 3_000, everyMs: 20 });
  const eventQuorum = async (eventId: string) =>
    (await attendance(eventId, adminB)).body.quorum.find((q: { sessionId: string | null }) => q.sessionId === null);

  beforeAll(async () => {
    a = await startTestApp();
    b = await startTestApp({}, { url: a.databaseUrl, drop: async () => undefined });
    adminA = await a.adminToken();
    adminB = await b.adminToken();
  });
  afterAll(async () => {
    await b.close();
    await a.close();
  });

  it('keeps the rules after a first read, and drops them at a quorum change made on the other instance', async () => {
    const org = await createOrganization(a);
    const event = await publishedEvent(a, adminA, [org.id], { quorum: { memberCount: 10, fraction: 0.5 } });
    expect(await ruleReads(event.id)).toBe(1);
    await warm(event.id);
    expect(await eventQuorum(event.id)).toMatchObject({ members: 10, required: 6 });

    const changed = await a.client.patch(
      `/api/v1/events/${event.id}`,
      { quorum: { memberCount: 20, fraction: 0.5 } },
      { token: adminA },
    );
    expect(changed.status).toBe(200);
    await eventually(async () => expect(await eventQuorum(event.id)).toMatchObject({ members: 20, required: 11 }), {
      timeoutMs: NOTICE_MS,
      everyMs: 20,
    });
  });

  it("lets a new organizer in and a session's own quorum count at once", async () => {
    const [first, second] = [await createOrganization(a), await createOrganization(a)];
    const event = await publishedEvent(a, adminA, [first.id]);
    const newcomer = await userWith(b, [{ role: 'organizer', kind: 'organization', id: second.id }]);
    await warm(event.id);
    expect((await attendance(event.id, newcomer)).status).toBe(403);

    const joined = await a.client.patch(
      `/api/v1/events/${event.id}`,
      { organizerIds: [first.id, second.id] },
      { token: adminA },
    );
    expect(joined.status).toBe(200);
    await eventually(async () => expect((await attendance(event.id, newcomer)).status).toBe(200), {
      timeoutMs: NOTICE_MS,
      everyMs: 20,
    });

    await warm(event.id);
    const session = await sql(
      `INSERT INTO sessions (event_id, kind, title, starts_at, ends_at, quorum)
       SELECT id, 'plenary', '{"kk":"Отырыс","ru":"Заседание"}', starts_at, starts_at + interval '1 hour', '{"memberCount":4}'
       FROM events WHERE id = $1 RETURNING id`,
      [event.id],
    );
    const sessionId = (session.rows[0] as { id: string }).id;
    await eventually(
      async () =>
        expect(
          (await attendance(event.id, adminB)).body.quorum.find(
            (q: { sessionId: string | null }) => q.sessionId === sessionId,
          ),
        ).toMatchObject({ members: 4, required: 3 }),
      { timeoutMs: NOTICE_MS, everyMs: 20 },
    );
  });

  it('shows a region renamed straight in the database on the board at once', async () => {
    const org = await createOrganization(a);
    const event = await publishedEvent(a, adminA, [org.id]);
    const people = await bulkPeople(a, 2, (n) => ({ fullName: { kk: `Қатысушы ${n}` }, regionCode: 'KZ-27' }));
    await registerAll(a, adminA, event.id, people);
    const label = async () =>
      (await attendance(event.id, adminB, 'region')).body.groups.find((g: { key: string }) => g.key === 'KZ-27')?.label;
    const before = await label();
    expect(typeof before).toBe('string');
    await warm(event.id);
    await sql(`UPDATE regions SET name = jsonb_set(name, '{kk}', to_jsonb('Жаңа атау'::text)) WHERE code = 'KZ-27'`);
    try {
      await eventually(async () => expect(await label()).toBe('Жаңа атау'), { timeoutMs: NOTICE_MS, everyMs: 20 });
    } finally {
      await sql(`UPDATE regions SET name = jsonb_set(name, '{kk}', to_jsonb($1::text)) WHERE code = 'KZ-27'`, [before]);
    }
  });

  it('forgets what it kept when its listening connection is lost, and listens again', async () => {
    const org = await createOrganization(a);
    const event = await publishedEvent(a, adminA, [org.id], { quorum: { memberCount: 10 } });
    await warm(event.id);
    const ended = await sql(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
       WHERE datname = current_database() AND application_name = 'akim-forum-notices' AND pid <> pg_backend_pid()`,
    );
    // Both instances listen on a connection of their own.
    expect(ended.rowCount).toBe(2);
    // Nothing is kept until the instance hears the notices again, then it keeps again.
    await eventually(async () => expect(await ruleReads(event.id)).toBe(1), { timeoutMs: 500, everyMs: 10 });
    await warm(event.id);
    await sql(`UPDATE events SET quorum = '{"memberCount":30}' WHERE id = $1`, [event.id]);
    await eventually(async () => expect(await eventQuorum(event.id)).toMatchObject({ members: 30, required: 16 }), {
      timeoutMs: NOTICE_MS,
      everyMs: 20,
    });
  });
});
