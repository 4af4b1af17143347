import { verifyWebhookSignature } from '../../apps/api/src/platform/webhooks/webhook-signature';
import {
  adoptionRecord,
  adoptionSession,
  createOrganization,
  createPerson,
  createWebhook,
  eventBody,
  atDayFromNow,
  publishedEvent,
  underWay,
  userWith,
} from '../support/factories';
import { eventually } from '../support/eventually';
import { createTestDatabase, withClient } from '../support/test-database';
import { startTestApp, type TestApp } from '../support/test-app';
import { type ReceivedHook, WebhookReceiver } from '../support/webhook-receiver';

const FAST = { WEBHOOK_POLL_MS: '30', WEBHOOK_RETRY_BASE_MS: '50', WEBHOOK_TIMEOUT_MS: '2000' };

function signedBy(secret: string, hook: ReceivedHook): boolean {
  return verifyWebhookSignature(
    secret,
    { signature: String(hook.headers['x-akim-signature']), timestamp: String(hook.headers['x-akim-timestamp']) },
    hook.body,
  );
}

/** Waits until nothing is due or being sent, so that "nothing more came" is not a guess. */
async function settled(t: TestApp): Promise<void> {
  await eventually(
    async () => {
      const { rows } = await withClient(t.databaseUrl, (client) =>
        client.query(`SELECT count(*)::int AS open FROM webhook_deliveries WHERE status IN ('pending', 'delivering')`),
      );
      expect(rows[0].open).toBe(0);
    },
    { timeoutMs: 15_000 },
  );
}

describe('webhooks', () => {
  describe('routes and input', () => {
    let t: TestApp;
    let org: { id: string };
    beforeAll(async () => {
      t = await startTestApp();
      org = await createOrganization(t);
    });
    afterAll(async () => {
      await t.close();
    });

    it('are for admins only: anonymous 401, a delegate and an organizer 403', async () => {
      const hook = await createWebhook(t, 'http://127.0.0.1:9/hook', ['event.published']);
      const { rows } = await withClient(t.databaseUrl, (client) =>
        client.query(
          `INSERT INTO webhook_deliveries (webhook_id, announcement_id, event_type, payload)
           VALUES ($1, gen_random_uuid(), 'event.published', '{}') RETURNING id`,
          [hook.id],
        ),
      );
      const deliveryId = rows[0].id as string;
      const delegate = await userWith(t, []);
      const organizer = await userWith(t, [{ role: 'organizer', kind: 'organization', id: org.id }]);
      const routes: [string, string, unknown?][] = [
        ['GET', '/api/v1/webhooks'],
        ['POST', '/api/v1/webhooks', { url: 'https://example.kz/h', events: ['event.published'] }],
        ['DELETE', `/api/v1/webhooks/${hook.id}`],
        ['GET', `/api/v1/webhooks/${hook.id}/deliveries`],
        ['POST', `/api/v1/webhooks/deliveries/${deliveryId}/redeliver`],
      ];
      for (const [method, path, body] of routes) {
        const anonymous = await t.client.request(method, path, { body });
        expect([method, path, anonymous.status, anonymous.body.code]).toEqual([method, path, 401, 'AUTH_REQUIRED']);
        for (const token of [delegate, organizer]) {
          const denied = await t.client.request(method, path, { body, token });
          expect([method, path, denied.status, denied.body.code]).toEqual([method, path, 403, 'FORBIDDEN']);
        }
      }
      // Nothing was changed by the refused requests.
      const list = await t.client.get('/api/v1/webhooks', { token: await t.adminToken() });
      expect(list.body.map((w: { id: string }) => w.id)).toContain(hook.id);
      const log = await t.client.get(`/api/v1/webhooks/${hook.id}/deliveries`, { token: await t.adminToken() });
      expect(log.body).toHaveLength(1);
    });

    it('answers bad input with 400 in the contract shape, in the asked language', async () => {
      const admin = await t.adminToken();
      const cases: [Record<string, unknown>, string, string][] = [
        [{ url: 'not a url', events: ['event.published'] }, 'url', 'webhookUrl'],
        [{ url: 'ftp://example.kz/h', events: ['event.published'] }, 'url', 'webhookUrl'],
        [{ url: 'http://hooks.example.kz/h', events: ['event.published'] }, 'url', 'webhookUrl'],
        [{ url: 'https://user:pw@example.kz/h', events: ['event.published'] }, 'url', 'webhookUrl'],
        [{ url: 'https://example.kz/h', events: ['event.deleted'] }, 'events', 'isIn'],
        [{ url: 'https://example.kz/h', events: [] }, 'events', 'arrayNotEmpty'],
        [{ url: 'https://example.kz/h', events: ['registration.changed'] }, 'organizationId', 'webhookOrganization'],
        [{ url: 'https://example.kz/h', events: ['event.published'], secret: 'mine' }, 'secret', 'whitelistValidation'],
      ];
      for (const [body, field, code] of cases) {
        const result = await t.client.post('/api/v1/webhooks', body, {
          token: admin,
          headers: { 'accept-language': 'ru' },
        });
        expect([body, result.status, result.body.code]).toEqual([body, 400, 'VALIDATION_FAILED']);
        expect(result.body.statusCode).toBe(400);
        expect(typeof result.body.message).toBe('string');
        expect(result.body.errors).toEqual(
          expect.arrayContaining([expect.objectContaining({ field, code, message: expect.any(String) })]),
        );
      }
      const ru = await t.client.post(
        '/api/v1/webhooks',
        { url: 'http://hooks.example.kz/h', events: ['event.published'] },
        { token: admin, headers: { cookie: 'akim_lang=ru' } },
      );
      expect(ru.body.errors[0].message).toBe(
        'Адрес должен быть https:// (http:// только в тестах и на локальный компьютер)',
      );
      const unknownOrg = await t.client.post(
        '/api/v1/webhooks',
        {
          url: 'https://example.kz/h',
          events: ['event.published'],
          organizationId: '00000000-0000-4000-8000-000000000000',
        },
        { token: admin },
      );
      expect(unknownOrg.status).toBe(422);
      expect(unknownOrg.body.code).toBe('REFERENCE_NOT_FOUND');
      expect((await t.client.get('/api/v1/webhooks/not-a-uuid/deliveries', { token: admin })).status).toBe(400);
      const missing = '00000000-0000-4000-8000-000000000000';
      expect((await t.client.get(`/api/v1/webhooks/${missing}/deliveries`, { token: admin })).status).toBe(404);
      expect((await t.client.delete(`/api/v1/webhooks/${missing}`, { token: admin })).status).toBe(404);
      expect(
        (await t.client.post(`/api/v1/webhooks/deliveries/${missing}/redeliver`, undefined, { token: admin })).status,
      ).toBe(404);
    });

    it('shows the secret once, and a deleted webhook is gone with its log', async () => {
      const admin = await t.adminToken();
      const created = await t.client.post(
        '/api/v1/webhooks',
        { url: 'https://erp.example.kz/hooks', events: ['event.published', 'act.adopted'], description: 'ERP' },
        { token: admin },
      );
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        url: 'https://erp.example.kz/hooks',
        events: ['event.published', 'act.adopted'],
      });
      expect(created.body.secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
      const listed = (await t.client.get('/api/v1/webhooks', { token: admin })).body.find(
        (w: { id: string }) => w.id === created.body.id,
      );
      expect(listed).toMatchObject({ description: 'ERP' });
      expect(listed.secret).toBeUndefined();
      expect((await t.client.delete(`/api/v1/webhooks/${created.body.id}`, { token: admin })).status).toBe(204);
      expect((await t.client.get(`/api/v1/webhooks/${created.body.id}/deliveries`, { token: admin })).status).toBe(404);
    });
  });

  it('delivers each piece of news once, signed, after two 500s too; logs the codes; redelivers by hand', async () => {
    const receiver = await WebhookReceiver.start();
    const other = await WebhookReceiver.start();
    const t = await startTestApp(FAST);
    try {
      const org = await createOrganization(t);
      const otherOrg = await createOrganization(t);
      const organizer = await userWith(t, [{ role: 'organizer', kind: 'organization', id: org.id }]);
      const hook = await createWebhook(
        t,
        receiver.url,
        ['event.published', 'event.changed', 'event.cancelled', 'act.adopted', 'registration.changed'],
        { organizationId: org.id },
      );
      // Another organization's system hears of public forums, never of this organization's registrations.
      const otherHook = await createWebhook(t, other.url, ['event.published', 'registration.changed'], {
        organizationId: otherOrg.id,
      });
      // The first attempt at the first piece of news, and the second, fail.
      receiver.answer = (received, seen) => (received.json.type === 'event.published' && seen < 2 ? 500 : 200);

      const eventId = (await publishedEvent(t, organizer, [org.id])).id;
      const patched = await t.client.patch(
        `/api/v1/events/${eventId}`,
        { title: { kk: 'Жаңа атауы', ru: 'Новое название' } },
        { token: organizer, headers: { 'if-match': '2' } },
      );
      expect(patched.status).toBe(200);
      const person = await createPerson(t, 'Асқар Әкімов', { email: 'askar@akimat.kz', phone: '+77011234567' });
      const registered = await t.client.post(
        `/api/v1/events/${eventId}/registrations`,
        { personId: person.id },
        { token: organizer },
      );
      expect(registered.status).toBe(201);
      // An invite-only forum is not public news.
      const hidden = await t.client.post(
        '/api/v1/events',
        eventBody([org.id], {
          visibility: 'invite_only',
          startsAt: atDayFromNow(40),
          endsAt: atDayFromNow(40, '18:00'),
        }),
        { token: organizer },
      );
      await t.client.post(`/api/v1/events/${hidden.body.id}/publish`, undefined, { token: organizer });
      expect((await t.client.post(`/api/v1/events/${eventId}/cancel`, undefined, { token: organizer })).status).toBe(
        200,
      );

      await eventually(async () => expect(receiver.accepted()).toHaveLength(4), { timeoutMs: 15_000 });
      await settled(t);
      const accepted = receiver.accepted();
      expect(accepted.map((r) => r.json.type).sort()).toEqual([
        'event.cancelled',
        'event.changed',
        'event.published',
        'registration.changed',
      ]);
      expect(new Set(accepted.map((r) => r.json.id)).size).toBe(4);
      for (const r of receiver.received) {
        expect(signedBy(hook.secret, r)).toBe(true);
        expect(signedBy(otherHook.secret, r)).toBe(false);
        expect(r.headers['x-akim-signature']).toMatch(/^sha256=[0-9a-f]{64}$/);
        expect(r.headers['x-akim-event']).toBe(r.json.type);
        expect(r.headers['content-type']).toBe('application/json; charset=utf-8');
      }
      // Three requests of the first news (500, 500, 200), one of each other.
      const answers = (type: string) => receiver.received.filter((r) => r.json.type === type).map((r) => r.status);
      expect(answers('event.published')).toEqual([500, 500, 200]);
      for (const type of ['event.changed', 'registration.changed', 'event.cancelled']) {
        expect([type, answers(type)]).toEqual([type, [200]]);
      }
      const published = accepted.find((r) => r.json.type === 'event.published')!;
      expect(published.json.data).toMatchObject({ id: eventId, status: 'published', organizerIds: [org.id] });
      expect(published.json.data.startsAt).toMatch(/\+05:00$/);
      expect(accepted.find((r) => r.json.type === 'event.changed')!.json.data.changed).toBe('details');
      expect(accepted.find((r) => r.json.type === 'event.changed')!.json.data.title).toMatchObject({
        ru: 'Новое название',
      });
      expect(accepted.find((r) => r.json.type === 'registration.changed')!.json.data).toMatchObject({
        id: registered.body.id,
        eventId,
        status: 'registered',
      });
      const bodies = receiver.received.map((r) => r.body).join('\n');
      for (const secret of [
        'askar@akimat.kz',
        '+77011234567',
        '7011234567',
        registered.body.badgeCode,
        hidden.body.id,
      ]) {
        expect(bodies).not.toContain(secret);
      }
      expect(other.accepted().map((r) => r.json.type)).toEqual(['event.published']);

      const admin = await t.adminToken();
      const log = await t.client.get(`/api/v1/webhooks/${hook.id}/deliveries`, { token: admin });
      expect(log.status).toBe(200);
      expect(log.body).toHaveLength(4);
      const first = log.body.find((d: { eventType: string }) => d.eventType === 'event.published');
      expect(first).toMatchObject({
        status: 'delivered',
        attempts: 3,
        responseCodes: [500, 500, 200],
        lastStatusCode: 200,
        lastError: null,
        announcementId: published.json.id,
      });
      expect(first.id).toBe(published.headers['x-akim-delivery']);

      const again = await t.client.post(`/api/v1/webhooks/deliveries/${first.id}/redeliver`, undefined, {
        token: admin,
      });
      expect(again.status).toBe(202);
      expect(again.body).toMatchObject({
        status: 'pending',
        redeliveryOf: first.id,
        announcementId: published.json.id,
      });
      await eventually(async () => expect(receiver.accepted()).toHaveLength(5));
      await settled(t);
      const resent = receiver.accepted()[4];
      expect(resent.json.id).toBe(published.json.id);
      expect(resent.body).toBe(published.body);
      expect(resent.headers['x-akim-delivery']).toBe(again.body.id);
      expect(signedBy(hook.secret, resent)).toBe(true);
      const after = await t.client.get(`/api/v1/webhooks/${hook.id}/deliveries`, { token: admin });
      expect(after.body[0]).toMatchObject({
        id: again.body.id,
        status: 'delivered',
        responseCodes: [200],
        attempts: 1,
      });
    } finally {
      await t.close();
      await receiver.stop();
      await other.stop();
    }
  });

  it('announces a public forum whose agenda changed once, when the edits have settled; never an invite-only one', async () => {
    const receiver = await WebhookReceiver.start();
    const t = await startTestApp({ ...FAST, MAIL_POLL_MS: '100', MAIL_DIGEST_QUIET_SECONDS: '1' });
    try {
      const org = await createOrganization(t);
      const organizer = await userWith(t, [{ role: 'organizer', kind: 'organization', id: org.id }]);
      await createWebhook(t, receiver.url, ['event.changed']);
      const open = (await publishedEvent(t, organizer, [org.id], underWay())).id;
      const hidden = (await publishedEvent(t, organizer, [org.id], { ...underWay(), visibility: 'invite_only' })).id;
      for (const eventId of [open, hidden]) {
        const session = await adoptionSession(t, organizer, eventId);
        for (let i = 1; i <= 3; i++) {
          const edit = await t.client.patch(
            `/api/v1/sessions/${session}`,
            { title: { kk: `Отырыс ${i}`, ru: `Заседание ${i}` } },
            { token: organizer },
          );
          expect(edit.status).toBe(200);
        }
      }
      // Both changes are taken (the digests' rows gone), and what is news has been delivered.
      await eventually(
        async () => {
          const { rows } = await withClient(t.databaseUrl, (client) =>
            client.query(`SELECT count(*)::int AS n FROM agenda_changes WHERE event_id = ANY($1)`, [[open, hidden]]),
          );
          expect(rows[0].n).toBe(0);
        },
        { timeoutMs: 15_000 },
      );
      await settled(t);
      const news = receiver.accepted().map((r) => r.json);
      expect(news).toHaveLength(1);
      expect(news[0]).toMatchObject({
        type: 'event.changed',
        data: { id: open, changed: 'agenda', status: 'published' },
      });
    } finally {
      await t.close();
      await receiver.stop();
    }
  });

  it('gives up after WEBHOOK_MAX_ATTEMPTS and logs the last error; announces an adopted act', async () => {
    const receiver = await WebhookReceiver.start();
    const t = await startTestApp({ ...FAST, WEBHOOK_MAX_ATTEMPTS: '2' });
    try {
      const org = await createOrganization(t);
      const organizer = await userWith(t, [{ role: 'organizer', kind: 'organization', id: org.id }]);
      const hook = await createWebhook(t, receiver.url, ['act.adopted']);
      receiver.answer = () => 503;
      const eventId = (await publishedEvent(t, organizer, [org.id], { ...underWay(), quorum: { memberCount: 1 } })).id;
      const sessionId = await adoptionSession(t, organizer, eventId);
      const member = await createPerson(t, 'Депутат', { email: 'deputy@maslikhat.kz' });
      const registration = await t.client.post(
        `/api/v1/events/${eventId}/registrations`,
        { personId: member.id },
        { token: organizer },
      );
      await t.client.post(
        `/api/v1/events/${eventId}/check-ins`,
        { badgeCode: registration.body.badgeCode, sessionId },
        { token: organizer },
      );
      const chair = await createPerson(t, 'Төраға');
      const resolution = await t.client.post(
        `/api/v1/events/${eventId}/resolutions`,
        { title: { kk: 'Қаулы', ru: 'Постановление' }, sessionId, points: [{ text: { kk: 'Тармақ', ru: 'Пункт' } }] },
        { token: organizer },
      );
      expect(resolution.status).toBe(201);
      const adopted = await t.client.post(
        `/api/v1/resolutions/${resolution.body.id}/adopt`,
        { votesFor: 1, votesAgainst: 0, votesAbstained: 0, ...adoptionRecord(chair.id) },
        { token: organizer },
      );
      expect(adopted.status).toBe(200);
      await eventually(async () => expect(receiver.received).toHaveLength(2), { timeoutMs: 15_000 });
      await settled(t);
      expect(receiver.received).toHaveLength(2);
      expect(receiver.received[0].json).toMatchObject({
        type: 'act.adopted',
        data: { id: resolution.body.id, eventId, number: adopted.body.number, votesFor: 1 },
      });
      expect(receiver.received[0].body).not.toContain('deputy@maslikhat.kz');
      expect(receiver.received[0].body).not.toContain(registration.body.badgeCode);
      const log = await t.client.get(`/api/v1/webhooks/${hook.id}/deliveries`, { token: await t.adminToken() });
      expect(log.body).toEqual([
        expect.objectContaining({
          status: 'failed',
          attempts: 2,
          responseCodes: [503, 503],
          lastError: 'HTTP 503',
          nextAttemptAt: null,
        }),
      ]);
    } finally {
      await t.close();
      await receiver.stop();
    }
  });

  it('never delivers twice with two app instances on one database', async () => {
    const receiver = await WebhookReceiver.start();
    receiver.delayMs = 20;
    const db = await createTestDatabase();
    const shared = { url: db.url, drop: async () => undefined };
    const a = await startTestApp({ ...FAST, WEBHOOK_POLL_MS: '10' }, shared);
    const b = await startTestApp({ ...FAST, WEBHOOK_POLL_MS: '10' }, shared);
    try {
      const org = await createOrganization(a);
      const organizer = await userWith(a, [{ role: 'organizer', kind: 'organization', id: org.id }]);
      await createWebhook(a, receiver.url, ['event.published']);
      await createWebhook(b, receiver.url, ['event.published']);
      await Promise.all(
        Array.from({ length: 12 }, (_, i) =>
          publishedEvent(i % 2 ? a : b, organizer, [org.id], { slug: `forum-${i}` }),
        ),
      );
      await eventually(async () => expect(receiver.received).toHaveLength(24), { timeoutMs: 20_000 });
      await settled(a);
      expect(receiver.received).toHaveLength(24);
      const deliveries = receiver.received.map((r) => String(r.headers['x-akim-delivery']));
      expect(new Set(deliveries).size).toBe(24);
      // Each piece of news reached each of the two webhooks once.
      expect(new Set(receiver.received.map((r) => r.json.id)).size).toBe(12);
    } finally {
      await a.app.close();
      await b.app.close();
      await db.drop();
      await receiver.stop();
    }
  });
});
