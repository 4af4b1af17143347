import { formatBadgeCode } from '@app/contracts';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import ical, { type VEvent } from 'node-ical';
import { bulkPeople, createOrganization, createPerson, registerAll, userWith } from '../support/factories';
import { FORUM_DAY, publishedForum } from './mail-fixtures';
import { freePort } from '@app/database';
import { SmtpSink } from '../support/smtp-sink';
import { createTestDatabase, withClient } from '../support/test-database';
import { startTestApp, type TestApp } from '../support/test-app';
import { eventually, mailDrained, mailSettled } from '../support/eventually';

async function forumWithSessions(t: TestApp, organizer: string, orgId: string, capacity?: number): Promise<string> {
  return (await publishedForum(t, organizer, orgId, capacity ? { capacity } : {})).id;
}

describe('mail', () => {
  it('sends registration mail in the reader language, with the agenda as an iCalendar attachment', async () => {
    const sink = await SmtpSink.start();
    const t = await startTestApp({ SMTP_URL: sink.url, MAIL_POLL_MS: '100' });
    try {
      const org = await createOrganization(t);
      const organizer = await userWith(t, [{ role: 'organizer', kind: 'organization', id: org.id }]);
      const eventId = await forumWithSessions(t, organizer, org.id, 1);
      const ru = await createPerson(t, 'Мұрат Мұқаев', {
        fullName: { kk: 'Мұрат Мұқаев', ru: 'Мурат Мукаев' },
        email: 'mukaev@maslikhat.kz',
        language: 'ru',
      });
      const kk = await createPerson(t, 'Алпамыс Кушкинбаев', { email: 'alpamys@akimat.kz', language: 'kk' });
      const first = await t.client.post(
        `/api/v1/events/${eventId}/registrations`,
        { personId: ru.id },
        { token: organizer },
      );
      await t.client.post(`/api/v1/events/${eventId}/registrations`, { personId: kk.id }, { token: organizer });

      const [registered, waitlisted] = await sink.waitFor(2);
      const byRecipient = new Map([registered, waitlisted].map((m) => [(m.to as { text: string }).text, m]));
      const toRu = byRecipient.get('mukaev@maslikhat.kz')!;
      expect(toRu.subject).toBe('Вы зарегистрированы: Форум сельских акимов');
      expect(toRu.text).toContain('Уважаемый(ая) Мурат Мукаев!');
      expect(toRu.text).toContain(formatBadgeCode(first.body.badgeCode));
      expect(toRu.text).toContain('http://localhost:3000/events/forum-of-rural-akims');
      expect(toRu.html).toContain('href="http://localhost:3000/events/forum-of-rural-akims">');
      expect(toRu.html).toContain('<html lang="ru">');
      const ics = toRu.attachments.find((a) => a.filename === 'agenda.ics')!;
      expect(ics.contentType).toBe('text/calendar');
      const calendar = ical.sync.parseICS(ics.content.toString('utf8'));
      const sessions = Object.values(calendar).filter((c) => c?.type === 'VEVENT') as VEvent[];
      expect(sessions.map((s) => s.summary)).toEqual(['Пленарное заседание']);
      expect(ics.content.toString('utf8')).toContain('METHOD:PUBLISH');
      const badge = toRu.attachments.find((a) => a.filename === 'badge-qr.png')!;
      expect(badge.contentType).toBe('image/png');
      expect(badge.content.subarray(1, 4).toString()).toBe('PNG');

      const toKk = byRecipient.get('alpamys@akimat.kz')!;
      expect(toKk.subject).toBe('Күту тізіміндесіз: Ауыл әкімдерінің форумы');
      expect(toKk.text).toContain('1-орындасыз');
      expect(toKk.attachments).toHaveLength(0);

      // A cancellation promotes the next in line, who is told.
      await t.client.patch(`/api/v1/registrations/${first.body.id}`, { action: 'cancel' }, { token: organizer });
      const messages = await sink.waitFor(3);
      expect(messages[2].subject).toBe('Орын босады, сіз тіркелдіңіз: Ауыл әкімдерінің форумы');

      const admin = await t.adminToken();
      // The SMTP server has the third message before the worker has marked it sent.
      await eventually(async () => {
        const outbox = await t.client.get(`/api/v1/mail?event=${eventId}`, { token: admin });
        expect(outbox.body.map((m: { status: string }) => m.status)).toEqual(['sent', 'sent', 'sent']);
      });
      expect((await t.client.get('/api/v1/mail', { token: organizer })).status).toBe(403);
    } finally {
      await t.close();
      await sink.stop();
    }
  });

  it('keeps registrations working while the SMTP server is down, then delivers each message once', async () => {
    const port = await freePort();
    // Nothing listens on `port` until the sink starts later in the test.
    const t = await startTestApp({ SMTP_URL: `smtp://127.0.0.1:${port}`, MAIL_POLL_MS: '100' });
    let sink: SmtpSink | undefined;
    try {
      const org = await createOrganization(t);
      const organizer = await userWith(t, [{ role: 'organizer', kind: 'organization', id: org.id }]);
      const eventId = await forumWithSessions(t, organizer, org.id);
      const person = await createPerson(t, 'Ерлан Төлегенов', { email: 'erlan@auyl.kz' });
      const registration = await t.client.post(
        `/api/v1/events/${eventId}/registrations`,
        { personId: person.id },
        { token: organizer },
      );
      expect(registration.status).toBe(201);

      const row = await eventually(
        async () => {
          const found = (
            await withClient(t.databaseUrl, (c) =>
              c.query<{ status: string; attempts: number; last_error: string | null }>(
                'SELECT status, attempts, last_error FROM mail_outbox',
              ),
            )
          ).rows[0];
          expect(found).toMatchObject({ status: 'queued', attempts: 1 });
          return found;
        },
        { timeoutMs: 10_000, everyMs: 100 },
      );
      expect(row.last_error).toMatch(/ECONNREFUSED|connect/i);

      sink = new SmtpSink(port);
      await sink.listen();
      await sink.waitFor(1, 20_000);
      await mailSettled(t.databaseUrl);
      expect(sink.messages).toHaveLength(1);
      expect(sink.messages[0].subject).toBe('Тіркелдіңіз: Ауыл әкімдерінің форумы');
    } finally {
      await t.close();
      await sink?.stop();
    }
  });

  it('never sends a message twice with two app instances on one database', async () => {
    const sink = await SmtpSink.start();
    const db = await createTestDatabase();
    const shared = { url: db.url, drop: async () => undefined };
    const a = await startTestApp({ SMTP_URL: sink.url, MAIL_POLL_MS: '20' }, shared);
    const b = await startTestApp({ SMTP_URL: sink.url, MAIL_POLL_MS: '20' }, shared);
    try {
      const org = await createOrganization(a);
      const organizer = await userWith(a, [{ role: 'organizer', kind: 'organization', id: org.id }]);
      const eventId = await forumWithSessions(a, organizer, org.id);
      const people = await bulkPeople(a, 30, (n) => ({ fullName: { kk: `Әкім ${n}` }, email: `akim${n}@auyl.kz` }));
      await registerAll(b, organizer, eventId, people, { concurrently: true });
      await sink.waitFor(30);
      await mailSettled(a.databaseUrl);
      const recipients = sink.messages.map((m) => (m.to as { text: string }).text);
      expect(recipients).toHaveLength(30);
      expect(new Set(recipients).size).toBe(30);
    } finally {
      await a.app.close();
      await b.app.close();
      await db.drop();
      await sink.stop();
    }
  });

  it('writes .eml files under DATA_DIR/mail when no SMTP server is configured', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'akim-mail-'));
    const t = await startTestApp({ MAIL_POLL_MS: '100', DATA_DIR: dataDir });
    try {
      const org = await createOrganization(t);
      const organizer = await userWith(t, [{ role: 'organizer', kind: 'organization', id: org.id }]);
      const eventId = await forumWithSessions(t, organizer, org.id);
      const person = await createPerson(t, 'Гүлмира Қаженова', { email: 'gulmira@agency.kz', language: 'kk' });
      await t.client.post(`/api/v1/events/${eventId}/registrations`, { personId: person.id }, { token: organizer });
      const directory = join(dataDir, 'mail');
      await eventually(async () => expect(existsSync(directory) && readdirSync(directory).length > 0).toBe(true), {
        timeoutMs: 10_000,
        everyMs: 100,
      });
      await mailSettled(t.databaseUrl);
      const files = readdirSync(directory);
      expect(files).toHaveLength(1);
      const parsed = await simpleParser(readFileSync(join(directory, files[0])));
      expect(parsed.subject).toBe('Тіркелдіңіз: Ауыл әкімдерінің форумы');
      expect((parsed.to as { text: string }).text).toBe('gulmira@agency.kz');
    } finally {
      await t.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('sends each invitee a personal link that confirms without a password', async () => {
    const sink = await SmtpSink.start();
    const t = await startTestApp({ SMTP_URL: sink.url, MAIL_POLL_MS: '100' });
    try {
      const org = await createOrganization(t);
      const organizer = await userWith(t, [{ role: 'organizer', kind: 'organization', id: org.id }]);
      const eventId = await forumWithSessions(t, organizer, org.id);
      const person = await createPerson(t, 'Айгүл Мұхамбетова', { email: 'aigul@auyl.kz', language: 'ru' });
      await t.client.post(`/api/v1/events/${eventId}/invitations`, { personIds: [person.id] }, { token: organizer });
      const [invitation] = await sink.waitFor(1);
      expect(invitation.subject).toBe('Приглашение: Форум сельских акимов');
      const link = invitation.text!.match(/http:\/\/localhost:3000(\/invitations\/[A-Za-z0-9_-]+)/)![1];
      expect(invitation.html).toContain(`href="http://localhost:3000${link}">`);
      const confirmed = await t.client.post(`/api/v1${link}/confirm`);
      expect(confirmed.body.status).toBe('registered');
      const [, registered] = await sink.waitFor(2);
      expect(registered.subject).toBe('Вы зарегистрированы: Форум сельских акимов');
    } finally {
      await t.close();
      await sink.stop();
    }
  });

  it('turns ten agenda edits in a row into one change notice per registrant', async () => {
    const sink = await SmtpSink.start();
    const t = await startTestApp({ SMTP_URL: sink.url, MAIL_POLL_MS: '100', MAIL_DIGEST_QUIET_SECONDS: '2' });
    try {
      const org = await createOrganization(t);
      const organizer = await userWith(t, [{ role: 'organizer', kind: 'organization', id: org.id }]);
      const eventId = await forumWithSessions(t, organizer, org.id);
      for (const [i, email] of ['a@auyl.kz', 'b@auyl.kz', 'c@auyl.kz'].entries()) {
        const person = await createPerson(t, `Әкім ${i}`, { email, language: 'kk' });
        await t.client.post(`/api/v1/events/${eventId}/registrations`, { personId: person.id }, { token: organizer });
      }
      await sink.waitFor(3);
      const session = await t.client.post(
        `/api/v1/events/${eventId}/sessions`,
        {
          kind: 'panel',
          title: { kk: 'Панель', ru: 'Панель' },
          startsAt: `${FORUM_DAY}T13:00:00+05:00`,
          endsAt: `${FORUM_DAY}T14:00:00+05:00`,
        },
        { token: organizer },
      );
      for (let i = 1; i < 10; i++) {
        const edit = await t.client.patch(
          `/api/v1/sessions/${session.body.id}`,
          { title: { kk: `Панель ${i}`, ru: `Панель ${i}` } },
          { token: organizer },
        );
        expect(edit.status).toBe(200);
      }
      await sink.waitFor(6, 15_000);
      // No fourth notice: once nothing is left that could become one (the change taken, every message sent).
      await mailDrained(t.databaseUrl);
      const notices = sink.messages.slice(3);
      expect(notices).toHaveLength(3);
      expect(notices.every((m) => m.subject === 'Күн тәртібі өзгерді: Ауыл әкімдерінің форумы')).toBe(true);
      expect(new Set(notices.map((m) => (m.to as { text: string }).text)).size).toBe(3);
      const ics = notices[0].attachments.find((a) => a.filename === 'agenda.ics')!;
      expect(ics.content.toString('utf8')).toContain('SUMMARY:Панель 9');
    } finally {
      await t.close();
      await sink.stop();
    }
  });
});
