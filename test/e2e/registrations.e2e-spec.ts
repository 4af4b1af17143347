import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bulkPeople, createOrganization, publishedEvent, registerAll, userWith } from '../support/factories';
import { eventually } from '../support/eventually';
import { recordQueries } from '../support/query-counter';
import { startTestApp, type TestApp } from '../support/test-app';
import { withClient } from '../support/test-database';

describe('registrations', () => {
  let t: TestApp;
  let organizer: string;
  let orgId: string;

  /** A published forum of the organizer's (a day 30 days ahead, see publishedEvent): its id. */
  const forum = async (overrides: Record<string, unknown> = {}): Promise<string> =>
    (await publishedEvent(t, organizer, [orgId], overrides)).id;
  const akims = (count: number): Promise<string[]> =>
    bulkPeople(t, count, (n) => ({ fullName: { kk: `Ауыл әкімі ${n}` }, category: 'rural_akim', regionCode: 'KZ-27' }));

  beforeAll(async () => {
    t = await startTestApp({ DB_POOL_SIZE: '10' });
    orgId = (await createOrganization(t)).id;
    organizer = await userWith(t, [{ role: 'organizer', kind: 'organization', id: orgId }]);
  });
  afterAll(async () => {
    await t.close();
  });

  it('never exceeds capacity under 300 concurrent registrations; the waitlist keeps arrival order; cancellations promote the next', async () => {
    const eventId = await forum({ capacity: 100 });
    const people = await akims(300);
    let results!: { status: number; body: { id: string; status: string; waitlistPosition: number } }[];
    const queries = await recordQueries(t.app, async () => {
      results = await registerAll(t, organizer, eventId, people, { concurrently: true });
    });
    expect(results.every((r) => r.status === 201)).toBe(true);
    // Those that arrived together were decided together: one lock and one commit for many.
    const batches = queries.filter((q) => q.includes('registration_admit_batch')).length;
    expect(batches).toBeGreaterThan(0);
    expect(batches).toBeLessThan(people.length * 0.9);
    const registered = results.filter((r) => r.body.status === 'registered');
    const waitlisted = results.filter((r) => r.body.status === 'waitlisted');
    expect(registered).toHaveLength(100);
    expect(waitlisted).toHaveLength(200);
    expect(waitlisted.map((r) => r.body.waitlistPosition).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 200 }, (_, i) => i + 1),
    );

    const line = (
      await t.client.get(`/api/v1/events/${eventId}/registrations?status=waitlisted&limit=500`, { token: organizer })
    ).body.items
      .sort(
        (a: { waitlistPosition: number }, b: { waitlistPosition: number }) => a.waitlistPosition - b.waitlistPosition,
      )
      .map((r: { id: string }) => r.id);
    const toCancel = registered.slice(0, 10).map((r) => r.body.id as string);
    await Promise.all(
      toCancel.map((id) => t.client.patch(`/api/v1/registrations/${id}`, { action: 'cancel' }, { token: organizer })),
    );
    const after = await t.client.get(`/api/v1/events/${eventId}/registrations?status=registered&limit=500`, {
      token: organizer,
    });
    expect(after.body.total).toBe(100);
    const promoted = new Set(after.body.items.map((r: { id: string }) => r.id));
    expect(line.slice(0, 10).every((id: string) => promoted.has(id))).toBe(true);
    expect(line.slice(10).some((id: string) => promoted.has(id))).toBe(false);
    const nextInLine = await t.client.get(`/api/v1/registrations/${line[10]}`, { token: organizer });
    expect(nextInLine.body.waitlistPosition).toBe(1);
    // The seat counts the registrations keep (by trigger) agree with the registrations themselves.
    const counts = await withClient(t.databaseUrl, (c) =>
      c.query(
        `SELECT c.registered, c.waitlisted,
                (SELECT count(*)::int FROM registrations r WHERE r.event_id = c.event_id AND r.status = 'registered') AS "realRegistered",
                (SELECT count(*)::int FROM registrations r WHERE r.event_id = c.event_id AND r.status = 'waitlisted') AS "realWaitlisted"
         FROM event_seat_counts c WHERE c.event_id = $1`,
        [eventId],
      ),
    );
    expect(counts.rows[0]).toEqual({ registered: 100, waitlisted: 190, realRegistered: 100, realWaitlisted: 190 });
  });

  it('checks the rules again when the event changes under waiting registrations: none gets into a cancelled forum', async () => {
    const eventId = await forum({ capacity: 200 });
    const people = await akims(50);
    const outcome = await withClient(t.databaseUrl, async (c) => {
      // Another session holds the event's row while the registrations arrive...
      await c.query('BEGIN');
      await c.query(`SELECT 1 FROM events WHERE id = $1 FOR UPDATE`, [eventId]);
      const requests = Promise.all(
        people.map((personId) =>
          t.client.post(`/api/v1/events/${eventId}/registrations`, { personId }, { token: organizer }),
        ),
      );
      // ...until the first batch of them waits for it, the rest queued behind it in the app, each
      // holding the event as read before the change. (A waiting backend may still show its
      // previous query's text: count the lock waits.) Then a little longer, for all to arrive: those queued in
      // the app show nowhere outside it, so this one wait stays bounded, and short.
      const waiting = await eventually(async () => {
        const { rows } = await c.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND pid <> pg_backend_pid()`,
        );
        expect(rows[0].n).toBeGreaterThanOrEqual(1);
        return rows[0].n;
      });
      await new Promise((resolve) => setTimeout(resolve, 300));
      await c.query(`UPDATE events SET status = 'cancelled', version = version + 1 WHERE id = $1`, [eventId]);
      await c.query('COMMIT');
      return { waiting, results: await requests };
    });
    expect(outcome.waiting).toBeGreaterThanOrEqual(1);
    const results = outcome.results;
    expect(results.map((r) => [r.status, r.body.code])).toEqual(people.map(() => [422, 'REGISTRATION_CLOSED']));
    const stored = await withClient(t.databaseUrl, (c) =>
      c.query(`SELECT 1 FROM registrations WHERE event_id = $1`, [eventId]),
    );
    expect(stored.rowCount).toBe(0);
  });

  it('writes nothing when the event is no longer at the version the rules were checked on', async () => {
    const eventId = await forum({ capacity: 10 });
    const [personId] = await akims(1);
    const result = await withClient(t.databaseUrl, async (c) => {
      const { rows } = await c.query<{ version: number }>(`SELECT version FROM events WHERE id = $1`, [eventId]);
      const stale = await c.query(
        `SELECT * FROM registration_admit($1, $2, $3, 'delegate', false, 'STALE-TEST-1', NULL, NULL)`,
        [eventId, rows[0].version - 1, personId],
      );
      const fresh = await c.query(
        `SELECT * FROM registration_admit($1, $2, $3, 'delegate', false, 'FRESH-TEST-1', NULL, NULL)`,
        [eventId, rows[0].version, personId],
      );
      const stored = await c.query(`SELECT badge_code FROM registrations WHERE event_id = $1`, [eventId]);
      return { stale: stale.rows[0], fresh: fresh.rows[0], stored: stored.rows.map((r) => r.badge_code) };
    });
    expect(result.stale).toMatchObject({ eventFresh: false, id: null });
    expect(result.fresh).toMatchObject({ eventFresh: true, personFound: true, status: 'registered' });
    expect(result.stored).toEqual(['FRESH-TEST-1']);
  });

  it('returns the first result for a retried Idempotency-Key, and refuses a second active registration', async () => {
    const eventId = await forum();
    const [personId] = await akims(1);
    const headers = { 'idempotency-key': 'retry-42' };
    const first = await t.client.post(
      `/api/v1/events/${eventId}/registrations`,
      { personId },
      { token: organizer, headers },
    );
    const again = await t.client.post(
      `/api/v1/events/${eventId}/registrations`,
      { personId },
      { token: organizer, headers },
    );
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);
    const duplicate = await t.client.post(
      `/api/v1/events/${eventId}/registrations`,
      { personId },
      { token: organizer },
    );
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.code).toBe('ALREADY_REGISTERED');
    // After a cancellation the person may register again.
    await t.client.patch(`/api/v1/registrations/${first.body.id}`, { action: 'cancel' }, { token: organizer });
    expect(
      (await t.client.post(`/api/v1/events/${eventId}/registrations`, { personId }, { token: organizer })).status,
    ).toBe(201);
  });

  it('lets a participant register themselves, see their badge and cancel; refuses outside the window', async () => {
    const eventId = await forum();
    const admin = await t.adminToken();
    await t.client.post(
      '/api/v1/users',
      { email: 'akim@auyl.kz', password: 'password-123', fullName: 'Ержан Қасымшалов' },
      { token: admin },
    );
    const akim = await t.client.login('akim@auyl.kz', 'password-123');
    const mine = await t.client.post(`/api/v1/events/${eventId}/registrations`, {}, { token: akim });
    expect(mine.status).toBe(201);
    expect(mine.body).toMatchObject({ status: 'registered', name: 'Ержан Қасымшалов', role: 'delegate' });
    expect(mine.body.badgeCode).toMatch(/^[0-9A-Z]{20}$/);
    expect((await t.client.get('/api/v1/auth/me', { token: akim })).body.personId).toBe(mine.body.personId);
    const list = await t.client.get('/api/v1/registrations/mine', { token: akim });
    expect(list.body.map((r: { id: string }) => r.id)).toEqual([mine.body.id]);

    const badge = await fetch(`${t.client.baseUrl}/api/v1/registrations/${mine.body.id}/badge`, {
      headers: { authorization: `Bearer ${akim}` },
    });
    expect(badge.status).toBe(200);
    expect(badge.headers.get('content-type')).toBe('image/png');
    expect(
      Buffer.from(await badge.arrayBuffer())
        .subarray(1, 4)
        .toString(),
    ).toBe('PNG');

    // Others: another participant cannot read it or register someone else; the role "staff" is the organizers' to give.
    const other = await userWith(t, []);
    expect((await t.client.get(`/api/v1/registrations/${mine.body.id}`, { token: other })).status).toBe(403);
    expect((await t.client.get(`/api/v1/registrations/${mine.body.id}/badge`, { token: other })).status).toBe(403);
    expect(
      (
        await t.client.post(
          `/api/v1/events/${eventId}/registrations`,
          { personId: mine.body.personId },
          { token: other },
        )
      ).status,
    ).toBe(403);
    expect(
      (await t.client.post(`/api/v1/events/${eventId}/registrations`, { role: 'staff' }, { token: other })).status,
    ).toBe(403);
    expect((await t.client.get(`/api/v1/events/${eventId}/registrations`, { token: other })).status).toBe(403);
    expect(
      (await t.client.patch(`/api/v1/registrations/${mine.body.id}`, { action: 'approve' }, { token: akim })).status,
    ).toBe(403);

    const cancelled = await t.client.patch(
      `/api/v1/registrations/${mine.body.id}`,
      { action: 'cancel' },
      { token: akim },
    );
    expect(cancelled.body.status).toBe('cancelled');

    const closed = await forum({
      registrationClosesAt: '2020-01-01T00:00:00+05:00',
      registrationOpensAt: '2019-12-01T00:00:00+05:00',
    });
    const late = await t.client.post(
      `/api/v1/events/${closed}/registrations`,
      {},
      { token: akim, headers: { 'accept-language': 'kk' } },
    );
    expect(late.status).toBe(422);
    expect(late.body.code).toBe('REGISTRATION_CLOSED');
    expect(late.body.message).toBe('Бұл іс-шараға тіркеу қазір жабық');
  });

  it('prints badges: one A6 page for a person, and every registered badge of an event in one PDF', async () => {
    const eventId = await forum();
    const admin = await t.adminToken();
    await t.client.post(
      '/api/v1/users',
      { email: 'badge@auyl.kz', password: 'password-123', fullName: 'Гүлнар Сағынғалиева' },
      { token: admin },
    );
    const akim = await t.client.login('badge@auyl.kz', 'password-123');
    const mine = await t.client.post(`/api/v1/events/${eventId}/registrations`, {}, { token: akim });
    await registerAll(t, organizer, eventId, await akims(2));
    const dir = mkdtempSync(join(tmpdir(), 'akim-badges-'));
    try {
      const one = await fetch(`${t.client.baseUrl}/api/v1/registrations/${mine.body.id}/badge.pdf`, {
        headers: { authorization: `Bearer ${akim}` },
      });
      expect(one.status).toBe(200);
      writeFileSync(join(dir, 'one.pdf'), Buffer.from(await one.arrayBuffer()));
      const text = execFileSync('pdftotext', ['-layout', join(dir, 'one.pdf'), '-'], { encoding: 'utf8' });
      // The name is set large and may wrap between the two words.
      expect(text.replace(/\s+/g, ' ')).toContain('Гүлнар Сағынғалиева');
      // The code is printed in four groups of five; the QR code keeps the stored form (unit-tested in badge-pdf.spec).
      const code: string = mine.body.badgeCode;
      expect(text).toContain(`${code.slice(0, 5)}-${code.slice(5, 10)}-${code.slice(10, 15)}-${code.slice(15)}`);
      expect(text).not.toContain(code);
      expect(execFileSync('pdfinfo', [join(dir, 'one.pdf')], { encoding: 'utf8' })).toMatch(/Pages:\s+1\b/);

      const all = await fetch(`${t.client.baseUrl}/api/v1/events/${eventId}/badges.pdf`, {
        headers: { authorization: `Bearer ${organizer}` },
      });
      expect(all.status).toBe(200);
      writeFileSync(join(dir, 'all.pdf'), Buffer.from(await all.arrayBuffer()));
      expect(execFileSync('pdfinfo', [join(dir, 'all.pdf')], { encoding: 'utf8' })).toMatch(/Pages:\s+3\b/);
      expect((await t.client.get(`/api/v1/events/${eventId}/badges.pdf`, { token: akim })).status).toBe(403);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('holds registrations for approval when the event asks for it', async () => {
    const eventId = await forum({ requiresApproval: true, capacity: 1 });
    const a = await userWith(t, []);
    const admin = await t.adminToken();
    await t.client.post(
      '/api/v1/users',
      { email: 'b@auyl.kz', password: 'password-123', fullName: 'Бекзат Тоқтаров' },
      { token: admin },
    );
    const b = await t.client.login('b@auyl.kz', 'password-123');
    await t.client.patch(
      `/api/v1/users/${(await t.client.get('/api/v1/auth/me', { token: a })).body.id}`,
      { fullName: 'Асқар Мамыров' },
      { token: admin },
    );
    const first = await t.client.post(`/api/v1/events/${eventId}/registrations`, {}, { token: a });
    const second = await t.client.post(`/api/v1/events/${eventId}/registrations`, {}, { token: b });
    expect([first.body.status, second.body.status]).toEqual(['pending', 'pending']);
    expect(first.body.badgeCode).toBeUndefined();
    const approved = await t.client.patch(
      `/api/v1/registrations/${first.body.id}`,
      { action: 'approve' },
      { token: organizer },
    );
    expect(approved.body.status).toBe('registered');
    const overCapacity = await t.client.patch(
      `/api/v1/registrations/${second.body.id}`,
      { action: 'approve' },
      { token: organizer },
    );
    expect(overCapacity.body.status).toBe('waitlisted');
  });
});
