import type { ParsedMail } from 'mailparser';
import ical, { type VEvent } from 'node-ical';
import { NotificationsService } from '../../apps/api/src/participation/notifications/notifications.service';
import { adoptionRecord, createOrganization, createPerson, underWay, userWith } from '../support/factories';
import { DAY_BEFORE, FORUM_DAY, publishedForum } from './mail-fixtures';

const MONTHS = {
  kk: [
    'қаңтар',
    'ақпан',
    'наурыз',
    'сәуір',
    'мамыр',
    'маусым',
    'шілде',
    'тамыз',
    'қыркүйек',
    'қазан',
    'қараша',
    'желтоқсан',
  ],
  ru: [
    'января',
    'февраля',
    'марта',
    'апреля',
    'мая',
    'июня',
    'июля',
    'августа',
    'сентября',
    'октября',
    'ноября',
    'декабря',
  ],
};
/** A `YYYY-MM-DD` day as the messages write it: '2030 жылғы 1 маусым', '1 июня 2030 г.'. */
const longDate = (lang: 'kk' | 'ru', day: string): string => {
  const [year, month, date] = day.split('-').map(Number);
  return lang === 'kk' ? `${year} жылғы ${date} ${MONTHS.kk[month - 1]}` : `${date} ${MONTHS.ru[month - 1]} ${year} г.`;
};
import { SmtpSink } from '../support/smtp-sink';
import { eventually, mailSettled } from '../support/eventually';
import { withClient } from '../support/test-database';
import { startTestApp, type TestApp } from '../support/test-app';

const PUBLIC = 'http://localhost:3000';

async function register(t: TestApp, eventId: string, personId: string, token: string): Promise<{ id: string }> {
  const result = await t.client.post(`/api/v1/events/${eventId}/registrations`, { personId }, { token });
  expect(result.status).toBe(201);
  return result.body;
}

const to = (mail: ParsedMail): string => (mail.to as { text: string }).text;
const header = (mail: ParsedMail, name: string): string | undefined =>
  mail.headerLines
    .find((h) => h.key === name)
    ?.line.replace(/\r?\n\s+/g, '')
    .replace(/^[^:]+:\s*/, '');

function calendarOf(mail: ParsedMail): { raw: string; sessions: VEvent[] } {
  const ics = mail.attachments.find((a) => a.filename === 'agenda.ics');
  expect(ics).toBeDefined();
  const raw = ics!.content.toString('utf8');
  const sessions = Object.values(ical.sync.parseICS(raw)).filter((c) => c?.type === 'VEVENT') as VEvent[];
  return { raw, sessions };
}

/** A participant's own account, with the person record that its first self-registration makes. */
async function participant(
  t: TestApp,
  email: string,
  fullName: string,
  language: string,
): Promise<{ token: string; personId: () => Promise<string> }> {
  const created = await t.client.post(
    '/api/v1/users',
    { email, password: 'password-123', fullName, language, roles: ['participant'] },
    { token: await t.adminToken() },
  );
  expect(created.status).toBe(201);
  const token = await t.client.login(email, 'password-123');
  return {
    token,
    personId: async () => (await t.client.get('/api/v1/auth/me', { token })).body.personId as string,
  };
}

describe('mail: reminders, resolutions, the organizers’ view', () => {
  it('reminds the day before at 18:00 in the event’s zone, once, with the agenda, honouring opt-outs', async () => {
    const sink = await SmtpSink.start();
    const t = await startTestApp({ SMTP_URL: sink.url, MAIL_POLL_MS: '100' });
    try {
      const admin = await t.adminToken();
      const org = await createOrganization(t);
      const organizer = await userWith(t, [{ role: 'organizer', kind: 'organization', id: org.id }]);
      // Asia/Oral, 10:00 on FORUM_DAY: the reminder is due from 18:00 local the day before.
      const event = await publishedForum(t, organizer, org.id, { capacity: 5 });
      const kk = await createPerson(t, 'Алпамыс Кушкинбаев', { email: 'alpamys@akimat.kz', language: 'kk' });
      const ru = await createPerson(t, 'Мұрат Мұқаев', {
        fullName: { kk: 'Мұрат Мұқаев', ru: 'Мурат Мукаев' },
        email: 'mukaev@maslikhat.kz',
        language: 'ru',
      });
      const staffOptOut = await createPerson(t, 'Гүлмира Қаженова', { email: 'gulmira@agency.kz', language: 'kk' });
      const late = await createPerson(t, 'Ерлан Төлегенов', { email: 'erlan@auyl.kz', language: 'ru' });
      const waiting = await createPerson(t, 'Айгүл Мұхамбетова', { email: 'aigul@auyl.kz', language: 'kk' });
      for (const person of [kk, ru, staffOptOut, late]) {
        await register(t, event.id, person.id, organizer);
      }

      // The person opts out themself, signed in; staff opt another one out through PATCH /people/:id.
      const self = await participant(t, 'self@test.kz', 'Бауыржан Сәрсенов', 'kk');
      expect((await t.client.post(`/api/v1/events/${event.id}/registrations`, {}, { token: self.token })).status).toBe(
        201,
      );
      expect((await t.client.get('/api/v1/mail/preferences', { token: self.token })).body).toEqual({
        remindersOptOut: false,
      });
      const chosen = await t.client.request('PUT', '/api/v1/mail/preferences', {
        body: { remindersOptOut: true },
        token: self.token,
      });
      expect(chosen.status).toBe(200);
      expect(chosen.body).toEqual({ remindersOptOut: true });
      expect(
        (
          await t.client.request('PUT', '/api/v1/mail/preferences', {
            body: { remindersOptOut: 'yes' },
            token: self.token,
          })
        ).status,
      ).toBe(400);
      expect((await t.client.get('/api/v1/mail/preferences', { token: organizer })).body.code).toBe('NO_PERSON_RECORD');
      const selfId = await self.personId();
      expect(
        (await t.client.patch(`/api/v1/people/${selfId}`, { email: 'self@auyl.kz' }, { token: admin })).body,
      ).toMatchObject({ remindersOptOut: true, email: 'self@auyl.kz' });
      const patched = await t.client.patch(
        `/api/v1/people/${staffOptOut.id}`,
        { remindersOptOut: true },
        { token: admin },
      );
      expect(patched.body.remindersOptOut).toBe(true);

      await register(t, event.id, waiting.id, organizer);
      // Registered (or changed) after the reminder moment: they were just sent the agenda, no reminder.
      await withClient(t.databaseUrl, (c) =>
        c.query(`UPDATE registrations SET updated_at = $2 WHERE person_id = $1`, [
          late.id,
          `${DAY_BEFORE}T19:00:00+05:00`,
        ]),
      );
      await sink.waitFor(5);
      const welcome = sink.messages.find((m) => to(m) === 'alpamys@akimat.kz')!;

      const notifications = t.app.get(NotificationsService);
      expect(await notifications.scheduleReminders(new Date(`${DAY_BEFORE}T17:59:00+05:00`))).toBe(0);
      // Two instances at the same moment: one set of reminders.
      const moment = new Date(`${DAY_BEFORE}T18:00:00+05:00`);
      const runs = await Promise.all([
        notifications.scheduleReminders(moment),
        notifications.scheduleReminders(moment),
      ]);
      expect(runs[0] + runs[1]).toBe(2);
      expect(await notifications.scheduleReminders(new Date(`${DAY_BEFORE}T23:30:00+05:00`))).toBe(0);
      await sink.waitFor(7);
      // On the day itself nobody is reminded any more, not even someone the scheduler missed.
      await withClient(t.databaseUrl, (c) => c.query(`DELETE FROM mail_outbox WHERE purpose = 'reminder'`));
      expect(await notifications.scheduleReminders(new Date(`${FORUM_DAY}T07:00:00+05:00`))).toBe(0);
      expect(await notifications.scheduleReminders(moment)).toBe(2);

      await sink.waitFor(9);
      await mailSettled(t.databaseUrl);
      const reminders = sink.messages.filter((m) => header(m, 'list-unsubscribe'));
      expect(reminders.map(to).sort()).toEqual([
        'alpamys@akimat.kz',
        'alpamys@akimat.kz',
        'mukaev@maslikhat.kz',
        'mukaev@maslikhat.kz',
      ]);

      const toKk = reminders.find((m) => to(m) === 'alpamys@akimat.kz')!;
      expect(toKk.subject).toBe('Ертең: Ауыл әкімдерінің форумы');
      expect(toKk.text).toContain('Құрметті Алпамыс Кушкинбаев!');
      expect(toKk.text).toContain('Еске саламыз: «Ауыл әкімдерінің форумы» іс-шарасы ертең өтеді.');
      expect(toKk.text).toContain(`${longDate('kk', FORUM_DAY)}, 10:00–18:00`);
      expect(toKk.html).toContain('<html lang="kk">');
      expect(toKk.html).toContain('Еске саламыз: «Ауыл әкімдерінің форумы» іс-шарасы ертең өтеді.');
      const kkCalendar = calendarOf(toKk);
      expect(kkCalendar.raw).toContain('METHOD:PUBLISH');
      expect(kkCalendar.sessions.map((s) => s.summary)).toEqual(['Пленарлық отырыс']);
      expect(kkCalendar.sessions[0].start.toISOString()).toBe(`${FORUM_DAY}T05:00:00.000Z`);
      // Stable UIDs: the reminder's calendar updates the entry the registration message made.
      expect(kkCalendar.sessions[0].uid).toBe(`${event.sessionId}@localhost`);
      expect(calendarOf(welcome).sessions[0].uid).toBe(kkCalendar.sessions[0].uid);
      expect(toKk.attachments.some((a) => a.filename === 'badge-qr.png')).toBe(true);

      const toRu = reminders.find((m) => to(m) === 'mukaev@maslikhat.kz')!;
      expect(toRu.subject).toBe('Завтра: Форум сельских акимов');
      expect(toRu.text).toContain('Напоминаем: мероприятие «Форум сельских акимов» состоится завтра.');
      expect(toRu.text).toContain(`${longDate('ru', FORUM_DAY)}, 10:00–18:00`);
      expect(toRu.html).toContain('<html lang="ru">');
      expect(calendarOf(toRu).sessions.map((s) => s.summary)).toEqual(['Пленарное заседание']);

      // The one-click link: in the body, in List-Unsubscribe, working without signing in.
      const unsubscribe = header(toRu, 'list-unsubscribe')!.match(
        /^<(http:\/\/localhost:3000(\/api\/v1\/mail\/unsubscribe\/[\w-]+))>$/,
      )!;
      expect(header(toRu, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
      expect(toRu.text).toContain(`Чтобы больше не получать напоминания: ${unsubscribe[1]}`);
      expect(toRu.html).toContain(`href="${unsubscribe[1]}"`);
      const page = await t.client.get(unsubscribe[2]);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toContain('text/html');
      expect(page.text).toContain('<html lang="ru">');
      expect(page.text).toContain('<form method="post">');
      // Opening the link (as mail scanners do) changes nothing; the button (or a client's one-click POST) does.
      expect((await t.client.get(`/api/v1/people/${ru.id}`, { token: admin })).body.remindersOptOut).toBe(false);

      // A link works for 180 days; past them it answers 410 with where to go instead, and changes nothing.
      const lifetime = await withClient(t.databaseUrl, (c) =>
        c.query<{ days: number }>(
          `SELECT extract(day FROM expires_at - created_at)::int AS days FROM mail_unsubscribe_tokens WHERE person_id = $1`,
          [ru.id],
        ),
      );
      expect([...new Set(lifetime.rows.map((r) => r.days))]).toEqual([180]);
      // As if the mail had been sent 181 days ago.
      const age = (sign: '+' | '-') =>
        withClient(t.databaseUrl, (c) =>
          c.query(
            `UPDATE mail_unsubscribe_tokens SET created_at = created_at ${sign} interval '181 days',
               expires_at = expires_at ${sign} interval '181 days' WHERE person_id = $1`,
            [ru.id],
          ),
        );
      await age('-');
      for (const expired of [await t.client.get(unsubscribe[2]), await t.client.request('POST', unsubscribe[2])]) {
        expect(expired.status).toBe(410);
        expect(expired.text).toContain('<html lang="ru">');
        expect(expired.text).toContain('Срок действия ссылки истёк');
        expect(expired.text).toContain('href="http://localhost:3000/my"');
        expect(expired.text).not.toContain('<form');
      }
      expect((await t.client.get(`/api/v1/people/${ru.id}`, { token: admin })).body.remindersOptOut).toBe(false);
      await age('+');
      const done = await t.client.request('POST', unsubscribe[2], {
        rawBody: 'List-Unsubscribe=One-Click',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
      expect(done.status).toBe(200);
      expect(done.text).toContain('Напоминания отключены');
      expect((await t.client.request('POST', unsubscribe[2])).status).toBe(200);
      expect((await t.client.get(`/api/v1/people/${ru.id}`, { token: admin })).body.remindersOptOut).toBe(true);
      expect((await t.client.get('/api/v1/mail/unsubscribe/not-a-token')).status).toBe(404);
      expect((await t.client.request('POST', '/api/v1/mail/unsubscribe/not-a-token')).status).toBe(404);

      // The event moves a day later: a new reminder is due, to those who still want one.
      await withClient(t.databaseUrl, (c) =>
        c.query(
          `UPDATE events SET starts_at = starts_at + interval '1 day', ends_at = ends_at + interval '1 day' WHERE id = $1`,
          [event.id],
        ),
      );
      expect(await notifications.scheduleReminders(new Date(`${FORUM_DAY}T18:00:00+05:00`))).toBe(2);
      await sink.waitFor(11);
      await mailSettled(t.databaseUrl);
      const second = sink.messages.slice(9);
      expect(second.map(to).sort()).toEqual(['alpamys@akimat.kz', 'erlan@auyl.kz']);
      const all = sink.messages.filter((m) => header(m, 'list-unsubscribe')).map(to);
      for (const optedOut of ['gulmira@agency.kz', 'self@auyl.kz', 'aigul@auyl.kz']) {
        expect(all).not.toContain(optedOut);
      }
      // Other messages still reach people who opted out of reminders.
      expect(sink.messages.some((m) => to(m) === 'gulmira@agency.kz')).toBe(true);
    } finally {
      await t.close();
      await sink.stop();
    }
  });

  it('takes the reminder hour from config and the day from the event’s own zone', async () => {
    const t = await startTestApp({ MAIL_REMINDER_HOUR: '9' });
    try {
      const org = await createOrganization(t);
      const organizer = await userWith(t, [{ role: 'organizer', kind: 'organization', id: org.id }]);
      const event = await publishedForum(t, organizer, org.id, {
        timeZone: 'Europe/Moscow',
        startsAt: `${FORUM_DAY}T08:00:00+03:00`,
        endsAt: `${FORUM_DAY}T16:00:00+03:00`,
      });
      const person = await createPerson(t, 'Алпамыс Кушкинбаев', { email: 'alpamys@akimat.kz' });
      await register(t, event.id, person.id, organizer);
      const notifications = t.app.get(NotificationsService);
      // 09:00 in Moscow is 06:00 UTC; in Kazakhstan it would already have been 04:00 UTC.
      expect(await notifications.scheduleReminders(new Date(`${DAY_BEFORE}T05:59:00Z`))).toBe(0);
      expect(await notifications.scheduleReminders(new Date(`${DAY_BEFORE}T06:00:00Z`))).toBe(1);
      const [row] = (
        await withClient(t.databaseUrl, (c) =>
          c.query(`SELECT purpose, status, headers FROM mail_outbox WHERE purpose = 'reminder'`),
        )
      ).rows;
      expect(row.status).toBe('queued');
      expect(row.headers['List-Unsubscribe']).toMatch(
        /^<http:\/\/localhost:3000\/api\/v1\/mail\/unsubscribe\/[\w-]{43}>$/,
      );
    } finally {
      await t.close();
    }
  });

  it('tells the event’s registered participants, in their language, that a resolution was adopted', async () => {
    const sink = await SmtpSink.start();
    const t = await startTestApp({ SMTP_URL: sink.url, MAIL_POLL_MS: '100' });
    try {
      const org = await createOrganization(t);
      const organizer = await userWith(t, [{ role: 'organizer', kind: 'organization', id: org.id }]);
      // Under way: an act is adopted during its forum (issue 22, item 2).
      const event = await publishedForum(t, organizer, org.id, { capacity: 3, ...underWay() });
      const kk = await createPerson(t, 'Алпамыс Кушкинбаев', { email: 'alpamys@akimat.kz', language: 'kk' });
      const ru = await createPerson(t, 'Мұрат Мұқаев', { email: 'mukaev@maslikhat.kz', language: 'ru' });
      const noEmail = await createPerson(t, 'Ерлан Төлегенов');
      const waiting = await createPerson(t, 'Айгүл Мұхамбетова', { email: 'aigul@auyl.kz', language: 'kk' });
      const cancelled = await createPerson(t, 'Гүлмира Қаженова', { email: 'gulmira@agency.kz', language: 'ru' });
      for (const person of [kk, ru, noEmail, waiting, cancelled]) {
        await register(t, event.id, person.id, organizer);
      }
      const registrations = await t.client.get(`/api/v1/events/${event.id}/registrations?status=waitlisted`, {
        token: organizer,
      });
      const toCancel = registrations.body.items.find((r: { personId: string }) => r.personId === cancelled.id);
      await t.client.patch(`/api/v1/registrations/${toCancel.id}`, { action: 'cancel' }, { token: organizer });
      await sink.waitFor(4);

      const draft = await t.client.post(
        `/api/v1/events/${event.id}/resolutions`,
        {
          title: { kk: 'Ауылдарды дамыту туралы', ru: 'О развитии сёл' },
          points: [{ text: { kk: 'Жол салу', ru: 'Построить дорогу' } }],
        },
        { token: organizer },
      );
      const adopted = await t.client.post(
        `/api/v1/resolutions/${draft.body.id}/adopt`,
        {
          votesFor: 3,
          votesAgainst: 0,
          votesAbstained: 0,
          presentCount: 3,
          ...adoptionRecord(noEmail.id, { adoptedAt: undefined }),
        },
        { token: organizer },
      );
      expect(adopted.status).toBe(200);
      const number = adopted.body.number as string;

      await sink.waitFor(6);
      await mailSettled(t.databaseUrl);
      const notices = sink.messages.slice(4);
      expect(notices.map(to).sort()).toEqual(['alpamys@akimat.kz', 'mukaev@maslikhat.kz']);
      const toKk = notices.find((m) => to(m) === 'alpamys@akimat.kz')!;
      expect(toKk.subject).toBe(`Қабылданды: қаулы № ${number} «Ауылдарды дамыту туралы»`);
      const pdfKk = `${PUBLIC}/api/v1/resolutions/${draft.body.id}.pdf?lang=kk`;
      expect(toKk.text).toContain(`«Ауыл әкімдерінің форумы» іс-шарасында қаулы № ${number}`);
      expect(toKk.text).toContain(`Құжаттың ресми мәтіні (PDF): ${pdfKk}`);
      expect(toKk.text).toContain(`Форум беті: ${PUBLIC}/events/forum-of-rural-akims`);
      expect(toKk.html).toContain('<html lang="kk">');
      expect(toKk.html).toContain(`href="${pdfKk}"`);
      const toRu = notices.find((m) => to(m) === 'mukaev@maslikhat.kz')!;
      expect(toRu.subject).toBe(`Принято: постановление № ${number} «О развитии сёл»`);
      expect(toRu.text).toContain(`${PUBLIC}/api/v1/resolutions/${draft.body.id}.pdf?lang=ru`);
      expect(toRu.html).toContain('<html lang="ru">');
      expect(toRu.html).toContain('Официальный текст документа (PDF)');
      // The link works without signing in: the PDF of an adopted resolution of a public event.
      const pdf = await t.client.get(`/api/v1/resolutions/${draft.body.id}.pdf?lang=ru`);
      expect(pdf.status).toBe(200);
      expect(pdf.headers.get('content-type')).toBe('application/pdf');
    } finally {
      await t.close();
      await sink.stop();
    }
  });

  it('shows organizers the messages of their own event with failures and reasons, and lets them resend', async () => {
    const sink = await SmtpSink.start();
    sink.rejected.add('bounce@auyl.kz');
    const t = await startTestApp({ SMTP_URL: sink.url, MAIL_POLL_MS: '100', MAIL_MAX_ATTEMPTS: '1' });
    try {
      const org = await createOrganization(t);
      const otherOrg = await createOrganization(t);
      const organizer = await userWith(t, [{ role: 'organizer', kind: 'organization', id: org.id }]);
      const stranger = await userWith(t, [{ role: 'organizer', kind: 'organization', id: otherOrg.id }]);
      const participantToken = await userWith(t, []);
      const event = await publishedForum(t, organizer, org.id);
      const good = await createPerson(t, 'Алпамыс Кушкинбаев', { email: 'alpamys@akimat.kz', language: 'kk' });
      const bounce = await createPerson(t, 'Мұрат Мұқаев', { email: 'bounce@auyl.kz', language: 'ru' });
      await register(t, event.id, good.id, organizer);
      await register(t, event.id, bounce.id, organizer);
      await sink.waitFor(1);

      const failed = await eventually(
        async () => {
          const list = await t.client.get(`/api/v1/events/${event.id}/mail?status=failed`, { token: organizer });
          expect(list.body[0]).toBeDefined();
          return list.body[0] as { id: string; status: string; attempts: number; lastError: string; subject: string };
        },
        { timeoutMs: 15_000, everyMs: 100 },
      );
      expect(failed).toMatchObject({
        status: 'failed',
        attempts: 1,
        subject: 'Вы зарегистрированы: Форум сельских акимов',
      });
      expect(failed.lastError).toMatch(/550.*bounce@auyl\.kz unavailable/);
      const all = await t.client.get(`/api/v1/events/${event.id}/mail`, { token: organizer });
      expect(all.status).toBe(200);
      expect(all.body.map((m: { status: string; recipient: string }) => `${m.recipient} ${m.status}`).sort()).toEqual([
        'alpamys@akimat.kz sent',
        'bounce@auyl.kz failed',
      ]);
      expect(all.body[0]).not.toHaveProperty('text');
      const sent = all.body.find((m: { status: string }) => m.status === 'sent');
      expect((await t.client.get(`/api/v1/events/${event.id}/mail?status=lost`, { token: organizer })).status).toBe(
        400,
      );

      const doc = (await t.client.get('/api/docs-json')).body;
      expect(doc.paths['/api/v1/events/{id}/mail'].get.parameters.map((p: { name: string }) => p.name)).toEqual(
        expect.arrayContaining(['id', 'status']),
      );
      expect(Object.keys(doc.paths['/api/v1/mail/unsubscribe/{token}']).sort()).toEqual(['get', 'post']);
      expect(Object.keys(doc.paths['/api/v1/mail/preferences']).sort()).toEqual(['get', 'put']);
      expect(doc.components.schemas.MailMessageResponseDto.required).toEqual(
        expect.arrayContaining(['status', 'attempts', 'lastError']),
      );

      // Only the event's own organizers (and admins) see or resend its messages.
      const denied = await t.client.get(`/api/v1/events/${event.id}/mail`, { token: stranger });
      expect(denied.status).toBe(403);
      expect(denied.body.code).toBe('FORBIDDEN');
      expect((await t.client.get(`/api/v1/events/${event.id}/mail`, { token: participantToken })).status).toBe(403);
      expect((await t.client.get(`/api/v1/events/${event.id}/mail`)).status).toBe(401);
      expect((await t.client.post(`/api/v1/mail/${sent.id}/resend`, undefined, { token: stranger })).status).toBe(403);
      expect(
        (await t.client.post(`/api/v1/mail/${sent.id}/resend`, undefined, { token: participantToken })).status,
      ).toBe(403);
      expect((await t.client.get('/api/v1/mail', { token: organizer })).status).toBe(403);
      expect((await t.client.post('/api/v1/mail/abc/resend', undefined, { token: organizer })).status).toBe(400);
      expect((await t.client.post('/api/v1/mail/99999999/resend', undefined, { token: organizer })).status).toBe(404);

      // An organizer scoped to this one event counts too.
      const scoped = await t.client.post(
        '/api/v1/users',
        {
          email: 'event-organizer@test.kz',
          password: 'password-123',
          scopes: [{ role: 'organizer', kind: 'event', id: event.id }],
        },
        { token: await t.adminToken() },
      );
      expect(scoped.status).toBe(201);
      const scopedToken = await t.client.login('event-organizer@test.kz', 'password-123');
      expect((await t.client.get(`/api/v1/events/${event.id}/mail`, { token: scopedToken })).body).toHaveLength(2);

      const resent = await t.client.post(`/api/v1/mail/${sent.id}/resend`, undefined, { token: organizer });
      expect(resent.status).toBe(204);
      await sink.waitFor(2);
      expect(sink.messages.map(to)).toEqual(['alpamys@akimat.kz', 'alpamys@akimat.kz']);
      sink.rejected.clear();
      expect((await t.client.post(`/api/v1/mail/${failed.id}/resend`, undefined, { token: scopedToken })).status).toBe(
        204,
      );
      await sink.waitFor(3);
      expect(to(sink.messages[2])).toBe('bounce@auyl.kz');
      const after = await eventually(
        async () => {
          const sent = await t.client.get(`/api/v1/events/${event.id}/mail?status=sent`, { token: organizer });
          expect(sent.body).toHaveLength(2);
          return sent;
        },
        { timeoutMs: 10_000, everyMs: 100 },
      );
      expect(after.body.every((m: { lastError: string | null }) => m.lastError === null)).toBe(true);
    } finally {
      await t.close();
      await sink.stop();
    }
  });

  it('writes every registration message in Kazakh and Russian, as plain text and as escaped HTML', async () => {
    const sink = await SmtpSink.start();
    const t = await startTestApp({ SMTP_URL: sink.url, MAIL_POLL_MS: '100', MAIL_DIGEST_QUIET_SECONDS: '1' });
    try {
      const admin = await t.adminToken();
      const org = await createOrganization(t);
      const organizer = await userWith(t, [{ role: 'organizer', kind: 'organization', id: org.id }]);
      const event = await publishedForum(t, organizer, org.id, { capacity: 2 });
      const invitedKk = await createPerson(t, 'Әкім <b>Бек</b> & Ко', { email: 'kk1@auyl.kz', language: 'kk' });
      const invitedRu = await createPerson(t, 'Мұрат Мұқаев', { email: 'ru1@auyl.kz', language: 'ru' });
      const waitKk = await createPerson(t, 'Айгүл Мұхамбетова', { email: 'kk2@auyl.kz', language: 'kk' });
      const waitRu = await createPerson(t, 'Ерлан Төлегенов', { email: 'ru2@auyl.kz', language: 'ru' });

      const invited = await t.client.post(
        `/api/v1/events/${event.id}/invitations`,
        { personIds: [invitedKk.id, invitedRu.id] },
        { token: organizer },
      );
      for (const invitation of invited.body.invitations as { link: string }[]) {
        const confirmed = await t.client.post(`/api/v1${invitation.link.slice(PUBLIC.length)}/confirm`);
        expect(confirmed.body.status).toBe('registered');
      }
      await register(t, event.id, waitKk.id, organizer);
      await register(t, event.id, waitRu.id, organizer);
      const list = await t.client.get(`/api/v1/events/${event.id}/registrations?status=registered`, {
        token: organizer,
      });
      for (const registration of list.body.items as { id: string }[]) {
        await t.client.patch(`/api/v1/registrations/${registration.id}`, { action: 'cancel' }, { token: organizer });
      }
      await sink.waitFor(8);
      // The agenda changes: the two now registered hear of it once the edits settle.
      await t.client.post(
        `/api/v1/events/${event.id}/sessions`,
        {
          kind: 'panel',
          title: { kk: 'Панель', ru: 'Панель' },
          startsAt: `${FORUM_DAY}T13:00:00+05:00`,
          endsAt: `${FORUM_DAY}T14:00:00+05:00`,
        },
        { token: organizer },
      );
      await sink.waitFor(10, 20_000);

      // A request awaiting approval: the participant's own account, once it has an e-mail.
      const approval = await publishedForum(t, organizer, org.id, { requiresApproval: true, slug: 'approval-forum' });
      const received: Record<string, string> = {};
      for (const [lang, email] of [
        ['kk', 'kk3@auyl.kz'],
        ['ru', 'ru3@auyl.kz'],
      ]) {
        const self = await participant(t, `self-${lang}@test.kz`, `Қатысушы ${lang}`, lang);
        const first = await t.client.post(`/api/v1/events/${approval.id}/registrations`, {}, { token: self.token });
        expect(first.body.status).toBe('pending');
        await t.client.patch(`/api/v1/people/${await self.personId()}`, { email, language: lang }, { token: admin });
        await t.client.patch(`/api/v1/registrations/${first.body.id}`, { action: 'cancel' }, { token: self.token });
        const again = await t.client.post(`/api/v1/events/${approval.id}/registrations`, {}, { token: self.token });
        expect(again.body.status).toBe('pending');
        received[lang] = email;
      }
      await sink.waitFor(12);
      await mailSettled(t.databaseUrl);
      expect(sink.messages).toHaveLength(12);

      const expected: [string, string, string, string][] = [
        [
          'kk1@auyl.kz',
          'Шақыру: Ауыл әкімдерінің форумы',
          'kk',
          'Сізді «Ауыл әкімдерінің форумы» іс-шарасына шақырамыз.',
        ],
        [
          'ru1@auyl.kz',
          'Приглашение: Форум сельских акимов',
          'ru',
          'Приглашаем вас на мероприятие «Форум сельских акимов».',
        ],
        [
          'kk1@auyl.kz',
          'Тіркелдіңіз: Ауыл әкімдерінің форумы',
          'kk',
          'Сіз «Ауыл әкімдерінің форумы» іс-шарасына тіркелдіңіз.',
        ],
        [
          'ru1@auyl.kz',
          'Вы зарегистрированы: Форум сельских акимов',
          'ru',
          'Вы зарегистрированы на мероприятие «Форум сельских акимов».',
        ],
        ['kk2@auyl.kz', 'Күту тізіміндесіз: Ауыл әкімдерінің форумы', 'kk', 'Сіз күту тізімінде 1-орындасыз'],
        ['ru2@auyl.kz', 'Вы в листе ожидания: Форум сельских акимов', 'ru', 'Вы 2-й в листе ожидания'],
        [
          'kk2@auyl.kz',
          'Орын босады, сіз тіркелдіңіз: Ауыл әкімдерінің форумы',
          'kk',
          'Күту тізімінен «Ауыл әкімдерінің форумы» іс-шарасына тіркелдіңіз.',
        ],
        [
          'ru2@auyl.kz',
          'Место освободилось, вы зарегистрированы: Форум сельских акимов',
          'ru',
          'Вы переведены из листа ожидания',
        ],
        [
          'kk2@auyl.kz',
          'Күн тәртібі өзгерді: Ауыл әкімдерінің форумы',
          'kk',
          'күн тәртібі өзгерді. Жаңа нұсқасы қоса берілген файлда.',
        ],
        [
          'ru2@auyl.kz',
          'Программа изменилась: Форум сельских акимов',
          'ru',
          'Программа мероприятия «Форум сельских акимов» изменилась.',
        ],
        [received.kk, 'Өтінішіңіз қабылданды: Ауыл әкімдерінің форумы', 'kk', 'ұйымдастырушылардың қарауында'],
        [received.ru, 'Заявка принята: Форум сельских акимов', 'ru', 'рассматривается организаторами'],
      ];
      for (const [recipient, subject, lang, sentence] of expected) {
        const mail = sink.messages.find((m) => to(m) === recipient && m.subject === subject);
        expect(mail ? subject : `${subject} to ${recipient} missing`).toBe(subject);
        expect(mail!.text).toContain(sentence);
        expect(mail!.text).toContain(lang === 'kk' ? 'Құрметті ' : 'Уважаемый(ая) ');
        expect(mail!.html).toContain(`<html lang="${lang}">`);
        expect(mail!.html).toContain(sentence);
        expect(mail!.html).toContain(`<title>${subject}</title>`);
      }
      const hostile = sink.messages.find((m) => to(m) === 'kk1@auyl.kz')!;
      expect(hostile.text).toContain('Құрметті Әкім <b>Бек</b> & Ко!');
      expect(hostile.html).toContain('Құрметті Әкім &lt;b&gt;Бек&lt;/b&gt; &amp; Ко!');
      expect(hostile.html).not.toContain('<b>Бек</b>');
    } finally {
      await t.close();
      await sink.stop();
    }
  });
});
