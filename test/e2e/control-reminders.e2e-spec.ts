import type { ParsedMail } from 'mailparser';
import { ControlRemindersService } from '../../apps/api/src/outcomes/control/control-reminders.service';
import { createOrganization, createPerson, dayFromNow, userWith } from '../support/factories';
import { mailSettled } from '../support/eventually';
import { SmtpSink } from '../support/smtp-sink';
import { createTestDatabase, withClient } from '../support/test-database';
import { startTestApp, type TestApp } from '../support/test-app';

/** Days from `base` as `YYYY-MM-DD`. */
const plus = (base: string, days: number): string =>
  new Date(Date.parse(`${base}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

describe('execution control: reminders, overdue notices and the weekly digest', () => {
  // Every date is computed from one "today" handed to the scheduler: the suite also runs with the clock years ahead.
  const today = dayFromNow(0);
  let sink: SmtpSink;
  let first: TestApp;
  let second: TestApp;
  let organizer: string;
  let planId: string;
  const points: Record<'near' | 'late' | 'far' | 'done' | 'optedOut', string> = {} as never;

  const received = (): { to: string; subject: string; text: string }[] =>
    sink.messages.map((m: ParsedMail) => ({
      to: (m.to as { text: string }).text,
      subject: m.subject ?? '',
      text: m.text ?? '',
    }));

  async function queueOnBoth(date: string): Promise<number> {
    const counts = await Promise.all([first, second].map((app) => app.app.get(ControlRemindersService).queueDue(date)));
    await mailSettled(first.databaseUrl);
    return counts[0] + counts[1];
  }

  beforeAll(async () => {
    sink = await SmtpSink.start();
    const db = await createTestDatabase();
    // Two instances on one database, each with its own mail worker.
    first = await startTestApp({ SMTP_URL: sink.url, MAIL_POLL_MS: '100' }, db);
    second = await startTestApp({ SMTP_URL: sink.url, MAIL_POLL_MS: '100' }, { url: db.url, drop: async () => {} });
    const oblast = await createOrganization(first, { name: { kk: 'БҚО әкімдігі', ru: 'Акимат ЗКО' } });
    const district = await createOrganization(first, {
      name: { kk: 'Жаңақала ауданының әкімдігі', ru: 'Акимат Жанакалинского района' },
      parentId: oblast.id,
    });
    const executor = await createPerson(first, 'Ерлан Жақсыбаев', {
      fullName: { kk: 'Ерлан Жақсыбаев', ru: 'Ерлан Жаксыбаев' },
      email: 'executor@zhanakala.kz',
      language: 'ru',
    });
    const head = await createPerson(first, 'Асқар Әкімов', { email: 'head@zhanakala.kz', language: 'kk' });
    const optedOut = await createPerson(first, 'Бақыт Бекова', { email: 'bekova@zhanakala.kz', language: 'ru' });
    await withClient(db.url, (c) => c.query(`UPDATE people SET reminders_opt_out = true WHERE id = $1`, [optedOut.id]));
    const admin = await first.adminToken();
    const named = await first.client.patch(
      `/api/v1/organizations/${district.id}`,
      { headPersonId: head.id },
      { token: admin },
    );
    expect(named.body.headPersonId).toBe(head.id);
    organizer = await userWith(first, [{ role: 'organizer', kind: 'organization', id: oblast.id }]);
    planId = (
      await first.client.post(
        '/api/v1/plans',
        {
          title: { kk: 'Жол картасы', ru: 'Дорожная карта' },
          ownerOrganizationId: oblast.id,
          startsOn: plus(today, -60),
          endsOn: plus(today, 400),
        },
        { token: organizer },
      )
    ).body.id;
    const make: [keyof typeof points, string, number, string][] = [
      ['near', 'Построить школу', 3, executor.id],
      ['late', 'Осветить улицу', -1, executor.id],
      ['far', 'Провести водопровод', 20, executor.id],
      ['done', 'Отремонтировать дорогу', -1, executor.id],
      ['optedOut', 'Открыть клуб', 2, optedOut.id],
    ];
    for (const [key, ru, days, executorId] of make) {
      const point = await first.client.post(
        `/api/v1/plans/${planId}/points`,
        {
          text: { kk: `${ru} (kk)`, ru },
          responsibleOrganizationId: district.id,
          executorId,
          dueDate: plus(today, days),
        },
        { token: organizer },
      );
      expect(point.status).toBe(201);
      points[key] = point.body.id;
    }
    const done = await first.client.patch(
      `/api/v1/plans/${planId}/points/${points.done}`,
      { status: 'done', percent: 100 },
      { token: organizer },
    );
    expect(done.status).toBe(200);
  });
  afterAll(async () => {
    await second?.close();
    await first?.close();
    await sink?.stop();
  });

  it('tells each person once with two instances, in their language, and again after a deadline moves', async () => {
    // A reminder 3 days ahead, an overdue notice the day after, one digest for the district's head; nothing for the
    // far point, the done one, or the person who opted out. Both instances run at once: each message once.
    expect(await queueOnBoth(today)).toBe(3);
    expect(await queueOnBoth(today)).toBe(0);
    const mail = received();
    expect(mail.map((m) => m.to).sort()).toEqual([
      'executor@zhanakala.kz',
      'executor@zhanakala.kz',
      'head@zhanakala.kz',
    ]);
    const reminder = mail.find((m) => m.subject.startsWith('Приближается срок исполнения'))!;
    expect(reminder.text).toContain('Уважаемый(ая) Ерлан Жаксыбаев!');
    expect(reminder.text).toContain('осталось дней: 3');
    expect(reminder.text).toContain('Построить школу');
    const overdue = mail.find((m) => m.subject.startsWith('Срок исполнения истёк'))!;
    expect(overdue.text).toContain('Осветить улицу');
    expect(overdue.text).not.toContain('Построить школу');
    const digest = mail.find((m) => m.to === 'head@zhanakala.kz')!;
    expect(digest.subject).toBe('Мерзімі өткен тапсырмалар (1): Жаңақала ауданының әкімдігі');
    expect(digest.text).toContain('Осветить улицу (kk)');
    expect(digest.text).not.toContain('Отремонтировать дорогу');
    expect(mail.some((m) => m.text.includes('Открыть клуб') || m.text.includes('Провести водопровод'))).toBe(false);

    // The deadline moves: a reminder for the new one, once.
    const moved = await first.client.patch(
      `/api/v1/plans/${planId}/points/${points.near}`,
      { dueDate: plus(today, 2) },
      { token: organizer },
    );
    expect(moved.status).toBe(200);
    expect(await queueOnBoth(today)).toBe(1);
    expect(received()[3].text).toContain('осталось дней: 2');

    // A week on: the moved point is overdue (its notice); the first late one was told already, and more than a week
    // has passed for it. The head's digest of the new week lists the three overdue points.
    expect(await queueOnBoth(plus(today, 7))).toBe(2);
    expect(await queueOnBoth(plus(today, 7))).toBe(0);
    const later = received().slice(4);
    expect(later.map((m) => m.to).sort()).toEqual(['executor@zhanakala.kz', 'head@zhanakala.kz']);
    expect(later.find((m) => m.to === 'executor@zhanakala.kz')!.text).toContain('Построить школу');
    expect(later.find((m) => m.to === 'head@zhanakala.kz')!.subject).toContain('(3)');
    const { rows } = await withClient(first.databaseUrl, (c) =>
      c.query<{ purpose: string; n: number }>(
        `SELECT purpose, count(*)::int AS n FROM mail_outbox WHERE status = 'sent' GROUP BY purpose ORDER BY purpose`,
      ),
    );
    expect(rows).toEqual([
      { purpose: 'control.digest', n: 2 },
      { purpose: 'control.overdue', n: 2 },
      { purpose: 'control.reminder', n: 2 },
    ]);
  });
});
