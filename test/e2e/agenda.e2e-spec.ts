import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ical, { type VEvent } from 'node-ical';
import {
  bulkPeople,
  createOrganization,
  createPerson,
  eventBody,
  publishedEvent,
  userWith,
} from '../support/factories';
import { recordQueries } from '../support/query-counter';
import { startTestApp, type TestApp } from '../support/test-app';
import { withClient } from '../support/test-database';

describe('agenda', () => {
  let t: TestApp;
  let organizer: string;
  let eventId: string;
  let sectionId: string;

  beforeAll(async () => {
    t = await startTestApp();
    const org = await createOrganization(t, { name: { kk: 'БҚО әкімдігі', ru: 'Акимат ЗКО' } });
    organizer = await userWith(t, [{ role: 'organizer', kind: 'organization', id: org.id }]);
    const created = await t.client.post(
      '/api/v1/events',
      eventBody([org.id], {
        slug: 'oral-offsite',
        title: { kk: '«Қаладан – Ауылға» көшпелі отырысы', ru: 'Выездное заседание «Из города – в село»' },
      }),
      { token: organizer },
    );
    eventId = created.body.id;
    const akim = await createPerson(t, 'Нариман Төреғалиев', {
      fullName: { kk: 'Нариман Төреғалиев', ru: 'Нариман Турегалиев' },
      position: { kk: 'Батыс Қазақстан облысының әкімі', ru: 'Аким Западно-Казахстанской области' },
    });
    const chair = await createPerson(t, 'Төлеубек Мұқашев');
    const post = (body: Record<string, unknown>) =>
      t.client.post(`/api/v1/events/${eventId}/sessions`, body, { token: organizer });
    await post({
      kind: 'plenary',
      title: { kk: 'Пленарлық отырыс', ru: 'Пленарное заседание' },
      startsAt: '2027-03-10T10:00:00+05:00',
      endsAt: '2027-03-10T12:00:00+05:00',
      room: 'Үлкен зал',
      moderatorIds: [chair.id],
      speakers: [{ personId: akim.id, topic: { kk: 'Ауылды дамыту', ru: 'Развитие села' }, minutes: 20 }],
    });
    const section = await post({
      kind: 'plenary',
      title: { kk: 'Екінші бөлім', ru: 'Вторая часть' },
      startsAt: '2027-03-11T13:00:00+05:00',
      endsAt: '2027-03-11T16:00:00+05:00',
    });
    sectionId = section.body.id;
    await post({
      kind: 'seminar',
      title: { kk: 'Ауыл аманаты', ru: 'Ауыл аманаты' },
      startsAt: '2027-03-11T13:00:00+05:00',
      endsAt: '2027-03-11T14:30:00+05:00',
      room: 'Кіші зал',
      parentId: sectionId,
    });
    await post({
      kind: 'seminar',
      title: { kk: 'Жер аманаты', ru: 'Жер аманаты' },
      startsAt: '2027-03-11T13:00:00+05:00',
      endsAt: '2027-03-11T14:30:00+05:00',
      room: 'Зал 3',
      parentId: sectionId,
    });
    await post({
      kind: 'break',
      title: { kk: 'Үзіліс', ru: 'Перерыв' },
      startsAt: '2027-03-10T12:00:00+05:00',
      endsAt: '2027-03-10T13:00:00+05:00',
    });
  });
  afterAll(async () => {
    await t.close();
  });

  it('shows a draft agenda to its organizers only', async () => {
    expect((await t.client.get(`/api/v1/events/${eventId}/agenda`)).status).toBe(404);
    expect((await t.client.get(`/api/v1/events/${eventId}/agenda`, { token: organizer })).status).toBe(200);
    const participant = await userWith(t, []);
    expect((await t.client.get(`/api/v1/events/${eventId}/agenda`, { token: participant })).status).toBe(404);
    expect((await t.client.post(`/api/v1/events/${eventId}/publish`, undefined, { token: organizer })).status).toBe(
      200,
    );
    expect((await t.client.get(`/api/v1/events/${eventId}/agenda`)).status).toBe(200);
  });

  it('returns days → sessions → sections with children → people, in the asked language', async () => {
    const ru = await t.client.get(`/api/v1/events/oral-offsite/agenda?lang=ru`);
    expect(ru.status).toBe(200);
    expect(ru.body.event).toMatchObject({
      slug: 'oral-offsite',
      title: 'Выездное заседание «Из города – в село»',
      timeZone: 'Asia/Oral',
    });
    expect(ru.body.days.map((d: { date: string }) => d.date)).toEqual(['2027-03-10', '2027-03-11']);
    const [plenary, pause] = ru.body.days[0].sessions;
    expect(plenary).toMatchObject({
      kind: 'plenary',
      title: 'Пленарное заседание',
      startsAt: '2027-03-10T10:00:00+05:00',
      room: 'Үлкен зал',
    });
    expect(plenary.moderators).toEqual([expect.objectContaining({ name: 'Төлеубек Мұқашев' })]);
    expect(plenary.speakers).toEqual([
      expect.objectContaining({
        name: 'Нариман Турегалиев',
        position: 'Аким Западно-Казахстанской области',
        topic: 'Развитие села',
        minutes: 20,
      }),
    ]);
    expect(pause.kind).toBe('break');
    const [section] = ru.body.days[1].sessions;
    expect(section.id).toBe(sectionId);
    expect(section.children.map((c: { title: string }) => c.title)).toEqual(['Ауыл аманаты', 'Жер аманаты']);

    // English is optional: missing texts fall back to Kazakh.
    const en = await t.client.get(`/api/v1/events/oral-offsite/agenda?lang=en`);
    expect(en.body.days[0].sessions[0].title).toBe('Пленарлық отырыс');
    expect(en.body.days[0].sessions[0].speakers[0].name).toBe('Нариман Турегалиев');
    const kk = await t.client.get(`/api/v1/events/oral-offsite/agenda`, { headers: { 'accept-language': 'kk' } });
    expect(kk.body.days[0].sessions[0].speakers[0]).toMatchObject({
      name: 'Нариман Төреғалиев',
      topic: 'Ауылды дамыту',
    });
  });

  it('sends an ETag and answers If-None-Match with 304 until something changes', async () => {
    const first = await t.client.get(`/api/v1/events/${eventId}/agenda?lang=kk`);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^W\/".+"$/);
    expect(first.headers.get('cache-control')).toContain('public');
    const cached = await t.client.get(`/api/v1/events/${eventId}/agenda?lang=kk`, {
      headers: { 'if-none-match': etag },
    });
    expect(cached.status).toBe(304);
    expect(cached.text).toBe('');
    const otherLanguage = await t.client.get(`/api/v1/events/${eventId}/agenda?lang=ru`, {
      headers: { 'if-none-match': etag },
    });
    expect(otherLanguage.status).toBe(200);

    await t.client.patch(
      `/api/v1/sessions/${sectionId}`,
      { title: { kk: 'Форумның екінші бөлімі', ru: 'Вторая часть форума' } },
      { token: organizer },
    );
    const changed = await t.client.get(`/api/v1/events/${eventId}/agenda?lang=kk`, {
      headers: { 'if-none-match': etag },
    });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
  });

  it('exports an iCalendar file that an independent parser reads back, with stable UIDs', async () => {
    const result = await t.client.get(`/api/v1/events/${eventId}/agenda.ics?lang=ru`);
    expect(result.status).toBe(200);
    expect(result.headers.get('content-type')).toContain('text/calendar');
    const parsed = ical.sync.parseICS(result.text);
    const events = Object.values(parsed).filter((c) => c?.type === 'VEVENT') as VEvent[];
    // Four sessions and the section; the break is left out.
    expect(events).toHaveLength(4);
    const plenary = events.find((e) => e.summary === 'Пленарное заседание')!;
    expect(plenary.start.toISOString()).toBe('2027-03-10T05:00:00.000Z');
    expect(plenary.end?.toISOString()).toBe('2027-03-10T07:00:00.000Z');
    expect(result.text).toContain('DTSTART;TZID=Asia/Oral:20270310T100000');
    // After the name and a comma the position starts in lower case, as Russian writes it.
    expect(String(plenary.description)).toContain(
      'Докладчики:\n1. Нариман Турегалиев, аким Западно-Казахстанской области',
    );
    const again = await t.client.get(`/api/v1/events/${eventId}/agenda.ics?lang=kk`);
    const uids = (text: string) => [...text.matchAll(/^UID:(.+)$/gm)].map((m) => m[1].trim()).sort();
    expect(uids(again.text)).toEqual(uids(result.text));
    expect(uids(result.text).every((uid) => uid.endsWith('@localhost'))).toBe(true);
  });

  it('exports an A4 PDF whose text keeps every Kazakh letter', async () => {
    const response = await fetch(`${t.client.baseUrl}/api/v1/events/${eventId}/agenda.pdf?lang=kk`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const dir = mkdtempSync(join(tmpdir(), 'akim-pdf-'));
    try {
      const file = join(dir, 'agenda.pdf');
      writeFileSync(file, Buffer.from(await response.arrayBuffer()));
      const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
      expect(text).toContain('«Қаладан – Ауылға» көшпелі отырысы');
      expect(text).toContain('Нариман Төреғалиев');
      expect(text).toContain('Батыс Қазақстан облысының әкімі');
      expect(text).toContain('10:00–12:00');
      const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
      expect(info).toMatch(/Page size:\s+595\.\d* x 841\.\d*/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('agenda of a large forum', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('is built with a constant number of queries (3 days, 60 sessions, 200 speakers)', async () => {
    const org = await createOrganization(t);
    const admin = await t.adminToken();
    // Its dates need not be ahead: the sessions below are written against them.
    const event = await publishedEvent(t, admin, [org.id], {
      startsAt: '2027-04-01T09:00:00+05:00',
      endsAt: '2027-04-03T19:00:00+05:00',
    });
    // Bulk-load the forum in SQL: the point here is the read path, not 260 POSTs.
    await bulkPeople(t, 200, (n) => ({
      fullName: { kk: `Баяндамашы ${n}`, ru: `Докладчик ${n}` },
      category: 'rural_akim',
    }));
    await withClient(t.databaseUrl, async (client) => {
      await client.query(
        `INSERT INTO sessions (event_id, kind, title, starts_at, ends_at, room)
         SELECT $1, 'speech', jsonb_build_object('kk', 'Сессия ' || n, 'ru', 'Сессия ' || n),
                timestamptz '2027-04-01 09:00+05' + ((n - 1) / 20) * interval '1 day' + ((n - 1) % 20) * interval '30 minutes',
                timestamptz '2027-04-01 09:00+05' + ((n - 1) / 20) * interval '1 day' + ((n - 1) % 20) * interval '30 minutes' + interval '25 minutes',
                'Үлкен зал'
         FROM generate_series(1, 60) n`,
        [event.id],
      );
      await client.query(
        `INSERT INTO session_people (session_id, person_id, role, position, minutes)
         SELECT s.id, p.id, 'speaker', p.rn % 4, 5
         FROM (SELECT id, row_number() OVER (ORDER BY starts_at) - 1 AS sn FROM sessions WHERE event_id = $1) s
         JOIN (SELECT id, row_number() OVER (ORDER BY id) - 1 AS rn FROM people) p ON p.rn / 4 = s.sn AND p.rn < 200`,
        [event.id],
      );
    });
    let body: any;
    const queries = await recordQueries(t.app, async () => {
      const result = await t.client.get(`/api/v1/events/${event.id}/agenda?lang=ru`);
      expect(result.status).toBe(200);
      body = result.body;
    });
    expect(body.days).toHaveLength(3);
    const sessions = body.days.flatMap((d: { sessions: unknown[] }) => d.sessions);
    expect(sessions).toHaveLength(60);
    expect(sessions.flatMap((s: { speakers: unknown[] }) => s.speakers)).toHaveLength(200);
    // The agenda's stamp (nothing rendered yet), the event, its sessions, their people, their public materials: no
    // query per session.
    expect(queries).toHaveLength(5);
  });
});
