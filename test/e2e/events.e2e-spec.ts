import { createOrganization, createPerson, eventBody, userWith } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';

describe('events', () => {
  let t: TestApp;
  let org: { id: string };
  let otherOrg: { id: string };
  let organizer: string;
  let outsider: string;
  beforeAll(async () => {
    t = await startTestApp();
    org = await createOrganization(t);
    otherOrg = await createOrganization(t);
    organizer = await userWith(t, [{ role: 'organizer', kind: 'organization', id: org.id }]);
    outsider = await userWith(t, [{ role: 'organizer', kind: 'organization', id: otherOrg.id }]);
  });
  afterAll(async () => {
    await t.close();
  });

  it('creates a draft with a readable slug, hidden from the public until published', async () => {
    const created = await t.client.post('/api/v1/events', eventBody([org.id]), { token: organizer });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      slug: 'forum-of-rural-akims',
      status: 'draft',
      title: 'Ауыл әкімдерінің форумы',
      startsAt: '2027-03-10T10:00:00+05:00',
      timeZone: 'Asia/Oral',
      version: 1,
      organizerIds: [org.id],
    });
    const id = created.body.id as string;
    expect((await t.client.get(`/api/v1/events/${id}`)).status).toBe(404);
    expect((await t.client.get(`/api/v1/events/${id}`, { token: outsider })).status).toBe(404);
    expect((await t.client.get(`/api/v1/events/forum-of-rural-akims`, { token: organizer })).status).toBe(200);

    const again = await t.client.post('/api/v1/events', eventBody([org.id]), { token: organizer });
    expect(again.body.slug).toBe('forum-of-rural-akims-2');

    const published = await t.client.post(`/api/v1/events/${id}/publish`, undefined, { token: organizer });
    expect(published.status).toBe(200);
    expect(published.body.status).toBe('published');
    expect(published.body.announcedAt).not.toBeNull();
    const publicView = await t.client.get(`/api/v1/events/forum-of-rural-akims?lang=ru`);
    expect(publicView.status).toBe(200);
    expect(publicView.body.title).toBe('Форум сельских акимов');
    const republish = await t.client.post(`/api/v1/events/${id}/publish`, undefined, { token: organizer });
    expect(republish.status).toBe(409);
    expect(republish.body.code).toBe('INVALID_STATUS_CHANGE');
  });

  it("names the forum's place as it was called on the forum's day: Astana's forum of 2021 was in Nur-Sultan", async () => {
    const forumOn = async (day: string, slug: string) => {
      const created = await t.client.post(
        '/api/v1/events',
        eventBody([org.id], {
          slug,
          regionCode: 'KZ-71',
          timeZone: 'Asia/Almaty',
          startsAt: `${day}T10:00:00+06:00`,
          endsAt: `${day}T18:00:00+06:00`,
        }),
        { token: organizer },
      );
      expect(created.status).toBe(201);
      return created.body.id as string;
    };
    // Historical dates: the city was Нұр-Сұлтан from 2019-03-23 to 2022-09-17.
    const then = await forumOn('2021-05-10', 'astana-forum-2021');
    const now = await forumOn('2023-05-10', 'astana-forum-2023');
    const read = (id: string, lang: string) => t.client.get(`/api/v1/events/${id}?lang=${lang}`, { token: organizer });
    expect((await read(then, 'kk')).body.regionName).toBe('Нұр-Сұлтан');
    expect((await read(then, 'ru')).body.regionName).toBe('Нур-Султан');
    expect((await read(now, 'kk')).body.regionName).toBe('Астана қаласы');
    const agenda = await t.client.get(`/api/v1/events/${then}/agenda?lang=ru`, { token: organizer });
    expect(agenda.status).toBe(200);
    expect(agenda.body.event.region).toEqual({ code: 'KZ-71', name: 'Нур-Султан' });
  });

  it('refuses organizers outside the event and anonymous callers', async () => {
    const created = await t.client.post('/api/v1/events', eventBody([org.id]), { token: organizer });
    const id = created.body.id as string;
    await t.client.post(`/api/v1/events/${id}/publish`, undefined, { token: organizer });
    expect((await t.client.post('/api/v1/events', eventBody([org.id]), { token: outsider })).status).toBe(403);
    expect((await t.client.post('/api/v1/events', eventBody([org.id]))).status).toBe(401);
    const participant = await userWith(t, []);
    expect((await t.client.post('/api/v1/events', eventBody([org.id]), { token: participant })).status).toBe(403);
    for (const result of [
      await t.client.patch(`/api/v1/events/${id}`, { capacity: 10 }, { token: outsider }),
      await t.client.post(`/api/v1/events/${id}/cancel`, undefined, { token: outsider }),
      await t.client.post(
        `/api/v1/events/${id}/sessions`,
        {
          kind: 'plenary',
          title: { kk: 'а', ru: 'б' },
          startsAt: '2027-03-10T10:00:00+05:00',
          endsAt: '2027-03-10T11:00:00+05:00',
        },
        { token: outsider },
      ),
    ]) {
      expect(result.status).toBe(403);
      expect(result.body.code).toBe('FORBIDDEN');
    }
    // An organizer scoped to the event itself (not its organization) may manage it.
    const eventOrganizer = await userWith(t, [{ role: 'organizer', kind: 'event', id }]);
    expect((await t.client.patch(`/api/v1/events/${id}`, { capacity: 10 }, { token: eventOrganizer })).status).toBe(
      200,
    );
  });

  it('validates bodies: missing Russian title, end before start, unknown zone, bare local times', async () => {
    const bad = await t.client.post(
      '/api/v1/events',
      eventBody([org.id], { title: { kk: 'Тек қазақша' }, startsAt: '2027-03-10T10:00:00' }),
      { token: organizer, headers: { cookie: 'akim_lang=ru' } },
    );
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(
      expect.arrayContaining(['title.ru', 'startsAt']),
    );
    const backwards = await t.client.post(
      '/api/v1/events',
      eventBody([org.id], { endsAt: '2027-03-09T10:00:00+05:00' }),
      { token: organizer },
    );
    expect(backwards.status).toBe(400);
    expect(backwards.body.errors[0]).toMatchObject({ field: 'endsAt', code: 'endsAfterStart' });
    const zone = await t.client.post('/api/v1/events', eventBody([org.id], { timeZone: 'Mars/Olympus' }), {
      token: organizer,
    });
    expect(zone.status).toBe(400);
    const unknownOrg = await t.client.post(
      '/api/v1/events',
      eventBody([org.id, '00000000-0000-4000-8000-000000000001']),
      { token: await t.adminToken() },
    );
    expect(unknownOrg.status).toBe(422);
  });

  it('reports the announcement lead time against the strictest organizer rule', async () => {
    const strict = await createOrganization(t, { announcementLeadDays: 10 });
    const onTime = await t.client.post(
      '/api/v1/events',
      eventBody([org.id], { announcedAt: '2027-03-04T09:00:00+05:00' }),
      { token: organizer },
    );
    expect(onTime.body).toMatchObject({ leadTimeDays: 6, requiredLeadDays: 5, meetsLeadTimeRule: true });
    const joint = await t.client.post(
      '/api/v1/events',
      eventBody([org.id, strict.id], { announcedAt: '2027-03-04T09:00:00+05:00' }),
      { token: await t.adminToken() },
    );
    expect(joint.body).toMatchObject({ leadTimeDays: 6, requiredLeadDays: 10, meetsLeadTimeRule: false });
    const late = await t.client.post(
      '/api/v1/events',
      eventBody([org.id], { announcedAt: '2027-03-08T12:00:00+05:00' }),
      { token: organizer },
    );
    expect(late.body).toMatchObject({ leadTimeDays: 1, meetsLeadTimeRule: false });
    const never = await t.client.post('/api/v1/events', eventBody([org.id]), { token: organizer });
    expect(never.body).toMatchObject({ leadTimeDays: null, meetsLeadTimeRule: false });
  });

  it('updates with If-Match: a stale version is 409 VERSION_MISMATCH, and every change is audited', async () => {
    const created = await t.client.post('/api/v1/events', eventBody([org.id]), { token: organizer });
    const id = created.body.id as string;
    const first = await t.client.patch(
      `/api/v1/events/${id}`,
      { capacity: 300 },
      { token: organizer, headers: { 'if-match': '1' } },
    );
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ capacity: 300, version: 2 });
    const stale = await t.client.patch(
      `/api/v1/events/${id}`,
      { capacity: 5 },
      { token: organizer, headers: { 'if-match': '1' } },
    );
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('VERSION_MISMATCH');

    const audit = await t.client.get(`/api/v1/audit?entity=event&entityId=${id}`, { token: organizer });
    expect(audit.status).toBe(200);
    expect(audit.body.map((a: { action: string }) => a.action)).toEqual(['update', 'create']);
    expect(audit.body[0].changes).toEqual({ capacity: { from: null, to: 300 } });
    expect(audit.body[0].actorEmail).toMatch(/@test\.kz$/);
    expect((await t.client.get(`/api/v1/audit?entity=event&entityId=${id}`, { token: outsider })).status).toBe(403);
  });

  it('filters by region subtree, kind, status, dates and text', async () => {
    const admin = await t.adminToken();
    await t.client.post(
      '/api/v1/regions',
      {
        code: 'KZ-27-TESTDIST',
        parentCode: 'KZ-27',
        level: 'district',
        name: { kk: 'Сынақ ауданы', ru: 'Тестовый район' },
      },
      { token: admin },
    );
    await t.client.post(
      '/api/v1/regions',
      {
        code: 'KZ-27-TESTDIST-RURAL',
        parentCode: 'KZ-27-TESTDIST',
        level: 'rural_district',
        name: { kk: 'Сынақ ауылдық округі', ru: 'Тестовый сельский округ' },
      },
      { token: admin },
    );
    const deep = await t.client.post(
      '/api/v1/events',
      eventBody([org.id], {
        regionCode: 'KZ-27-TESTDIST-RURAL',
        kind: 'round_table',
        title: { kk: 'Дөңгелек үстел Жаңақала', ru: 'Круглый стол Жанакала' },
      }),
      { token: organizer },
    );
    await t.client.post(`/api/v1/events/${deep.body.id}/publish`, undefined, { token: organizer });
    const almaty = await t.client.post(
      '/api/v1/events',
      eventBody([org.id], {
        regionCode: 'KZ-19',
        startsAt: '2027-05-10T10:00:00+05:00',
        endsAt: '2027-05-10T18:00:00+05:00',
      }),
      { token: organizer },
    );
    await t.client.post(`/api/v1/events/${almaty.body.id}/publish`, undefined, { token: organizer });

    const inWko = await t.client.get('/api/v1/events?region=KZ-27&kind=round_table');
    expect(inWko.body.items.map((e: { id: string }) => e.id)).toEqual([deep.body.id]);
    const inDistrict = await t.client.get('/api/v1/events?region=KZ-27-TESTDIST');
    expect(inDistrict.body.items.map((e: { id: string }) => e.id)).toEqual([deep.body.id]);
    const inAlmaty = await t.client.get('/api/v1/events?region=KZ-19');
    expect(inAlmaty.body.items.map((e: { id: string }) => e.id)).toEqual([almaty.body.id]);
    const byText = await t.client.get(`/api/v1/events?q=${encodeURIComponent('жаңақала')}`);
    expect(byText.body.items.map((e: { id: string }) => e.id)).toEqual([deep.body.id]);
    const byDate = await t.client.get('/api/v1/events?from=2027-04-01T00:00:00Z');
    expect(byDate.body.items.map((e: { id: string }) => e.id)).toEqual([almaty.body.id]);
    // The public never sees drafts; the organizer sees their own.
    const publicDrafts = await t.client.get('/api/v1/events?status=draft');
    expect(publicDrafts.body.total).toBe(0);
    const myDrafts = await t.client.get('/api/v1/events?status=draft', { token: organizer });
    expect(myDrafts.body.total).toBeGreaterThan(0);
  });

  it('reports announcement compliance by organizer and region, listing late events', async () => {
    const lateOrg = await createOrganization(t, {
      name: { kk: 'Кешіккен аудан әкімдігі', ru: 'Опоздавший акимат района' },
    });
    const lateOrganizer = await userWith(t, [{ role: 'organizer', kind: 'organization', id: lateOrg.id }]);
    const late = await t.client.post(
      '/api/v1/events',
      eventBody([lateOrg.id], {
        regionCode: 'KZ-31',
        announcedAt: '2027-06-08T10:00:00+05:00',
        startsAt: '2027-06-10T10:00:00+05:00',
        endsAt: '2027-06-10T12:00:00+05:00',
      }),
      { token: lateOrganizer },
    );
    await t.client.post(`/api/v1/events/${late.body.id}/publish`, undefined, { token: lateOrganizer });
    const report = await t.client.get(
      '/api/v1/events/compliance?from=2027-06-01T00:00:00Z&to=2027-07-01T00:00:00Z&lang=ru',
      { token: organizer },
    );
    expect(report.status).toBe(200);
    expect(report.body.totals).toMatchObject({ events: 1, inTime: 0, late: 1 });
    expect(report.body.byOrganizer).toEqual([
      expect.objectContaining({ key: lateOrg.id, label: 'Опоздавший акимат района', late: 1, percent: 0 }),
    ]);
    expect(report.body.byRegion).toEqual([
      expect.objectContaining({ key: 'KZ-31', label: 'Жамбылская область', late: 1 }),
    ]);
    expect(report.body.violations).toEqual([
      expect.objectContaining({ id: late.body.id, leadTimeDays: 2, requiredLeadDays: 5 }),
    ]);
    expect((await t.client.get('/api/v1/events/compliance')).status).toBe(401);
  });

  it('refuses to move an event so that its sessions fall outside it', async () => {
    const created = await t.client.post('/api/v1/events', eventBody([org.id]), { token: organizer });
    const id = created.body.id as string;
    const speaker = await createPerson(t, 'Мұрат Мұқаев');
    const session = await t.client.post(
      `/api/v1/events/${id}/sessions`,
      {
        kind: 'plenary',
        title: { kk: 'Пленарлық', ru: 'Пленарное' },
        startsAt: '2027-03-11T15:00:00+05:00',
        endsAt: '2027-03-11T16:00:00+05:00',
        speakers: [{ personId: speaker.id }],
      },
      { token: organizer },
    );
    expect(session.status).toBe(201);
    const shrink = await t.client.patch(
      `/api/v1/events/${id}`,
      { endsAt: '2027-03-10T18:00:00+05:00' },
      { token: organizer },
    );
    expect(shrink.status).toBe(409);
    expect(shrink.body.code).toBe('OUTSIDE_EVENT');
  });
});
