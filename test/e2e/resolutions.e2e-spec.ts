import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  adoptionRecord,
  adoptionSession,
  bulkPeople,
  createOrganization,
  createPerson,
  dayFromNow,
  publishedEvent,
  registerAll,
  underWay,
  userWith,
} from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';
import { withClient } from '../support/test-database';

describe('resolutions and execution control', () => {
  let t: TestApp;
  let org: { id: string };
  let district: { id: string };
  let organizer: string;
  let secretary: string;
  let eventId: string;
  let adoptionSessionId: string;
  let chair: { id: string };
  let badges: string[];

  const draft = (points = 3) => ({
    title: { kk: '«Қаладан – Ауылға» жобасы туралы', ru: 'О проекте «Из города – в село»' },
    preamble: { kk: 'Көшпелі отырыс қаулы етеді:', ru: 'Выездное заседание постановляет:' },
    sessionId: adoptionSessionId,
    points: Array.from({ length: points }, (_, i) => ({
      text: { kk: `${i + 1}-тармақ: ауылдарды дамыту`, ru: `Пункт ${i + 1}: развитие сёл` },
      responsibleOrganizationId: district.id,
      dueDate: i === 0 ? '2020-12-31' : '2099-12-31',
    })),
  });

  beforeAll(async () => {
    t = await startTestApp();
    org = await createOrganization(t, { name: { kk: 'БҚО әкімдігі', ru: 'Акимат ЗКО' } });
    district = await createOrganization(t, {
      name: { kk: 'Жаңақала ауданы әкімдігі', ru: 'Акимат Жанакалинского района' },
    });
    organizer = await userWith(t, [{ role: 'organizer', kind: 'organization', id: org.id }]);
    eventId = (await publishedEvent(t, organizer, [org.id], { ...underWay(), quorum: { memberCount: 10 } })).id;
    adoptionSessionId = await adoptionSession(t, organizer, eventId);
    secretary = await userWith(t, [{ role: 'secretary', kind: 'event', id: eventId }]);
    chair = await createPerson(t, 'Төлеубек Мұқашев', {
      position: { kk: 'Бірлестік төрағасы', ru: 'Председатель ассоциации' },
    });
    const people = await bulkPeople(t, 8, (n) => ({ fullName: { kk: `Депутат ${n}` } }));
    badges = (await registerAll(t, organizer, eventId, people)).map((r) => r.body.badgeCode);
  });
  afterAll(async () => {
    await t.close();
  });

  it('drafts with If-Match, refuses adoption without quorum or majority, then adopts with a number and freezes the text', async () => {
    const created = await t.client.post(`/api/v1/events/${eventId}/resolutions`, draft(), { token: secretary });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'draft', number: null, version: 1 });
    expect(created.body.points.map((p: { number: number }) => p.number)).toEqual([1, 2, 3]);
    const id = created.body.id as string;
    expect((await t.client.get(`/api/v1/resolutions/${id}`)).status).toBe(404);

    const edited = await t.client.patch(
      `/api/v1/resolutions/${id}`,
      { title: { kk: 'Түзетілген атауы', ru: 'Исправленное название' } },
      { token: secretary, headers: { 'if-match': '1' } },
    );
    expect(edited.body.version).toBe(2);
    expect(
      (
        await t.client.patch(
          `/api/v1/resolutions/${id}`,
          { kind: 'decision' },
          { token: secretary, headers: { 'if-match': '1' } },
        )
      ).status,
    ).toBe(409);

    // 10 voting members: a quorum needs 6. Five checked in is not enough.
    for (const badge of badges.slice(0, 5)) {
      await t.client.post(
        `/api/v1/events/${eventId}/check-ins`,
        { badgeCode: badge, sessionId: adoptionSessionId },
        { token: organizer },
      );
    }
    const noQuorum = await t.client.post(
      `/api/v1/resolutions/${id}/adopt`,
      { votesFor: 5, votesAgainst: 0, votesAbstained: 0, ...adoptionRecord(chair.id) },
      { token: secretary, headers: { cookie: 'akim_lang=ru' } },
    );
    expect(noQuorum.status).toBe(422);
    expect(noQuorum.body).toMatchObject({
      code: 'NO_QUORUM',
      message: 'Нет кворума: присутствуют 5, нужно не меньше 6',
    });

    await t.client.post(
      `/api/v1/events/${eventId}/check-ins`,
      { badgeCode: badges[5], sessionId: adoptionSessionId },
      { token: organizer },
    );
    const tooMany = await t.client.post(
      `/api/v1/resolutions/${id}/adopt`,
      { votesFor: 6, votesAgainst: 1, votesAbstained: 0, ...adoptionRecord(chair.id) },
      { token: secretary },
    );
    expect(tooMany.body.code).toBe('VOTES_EXCEED_PRESENT');
    // Under a "majority of all members" rule, 5 of 10 members is not enough even though 6 are present.
    await t.client.patch(
      `/api/v1/events/${eventId}`,
      { quorum: { memberCount: 10, majority: 'members' } },
      { token: organizer },
    );
    const ofMembers = await t.client.post(
      `/api/v1/resolutions/${id}/adopt`,
      { votesFor: 5, votesAgainst: 0, votesAbstained: 1, ...adoptionRecord(chair.id) },
      { token: secretary },
    );
    expect(ofMembers.body).toMatchObject({ code: 'NOT_ADOPTED' });
    await t.client.patch(`/api/v1/events/${eventId}`, { quorum: { memberCount: 10 } }, { token: organizer });
    const rejected = await t.client.post(
      `/api/v1/resolutions/${id}/adopt`,
      { votesFor: 3, votesAgainst: 3, votesAbstained: 0, ...adoptionRecord(chair.id) },
      { token: secretary },
    );
    expect(rejected.status).toBe(422);
    expect(rejected.body.code).toBe('NOT_ADOPTED');

    const adopted = await t.client.post(
      `/api/v1/resolutions/${id}/adopt`,
      {
        votesFor: 5,
        votesAgainst: 0,
        votesAbstained: 1,
        ...adoptionRecord(chair.id, { adoptedAt: '2026-02-01T17:00:00+05:00' }),
      },
      { token: secretary },
    );
    expect(adopted.status).toBe(200);
    expect(adopted.body).toMatchObject({
      status: 'adopted',
      number: '1/2026',
      vote: { for: 5, against: 0, abstained: 1, present: 6 },
      chair: { name: 'Төлеубек Мұқашев' },
    });
    expect(adopted.body.adoptedAt).toBe('2026-02-01T17:00:00+05:00');

    const frozen = await t.client.patch(
      `/api/v1/resolutions/${id}`,
      { title: { kk: 'Жаңа', ru: 'Новое' } },
      { token: secretary },
    );
    expect(frozen.status).toBe(409);
    expect(frozen.body.code).toBe('RESOLUTION_ADOPTED');
    expect(
      (
        await t.client.post(
          `/api/v1/resolutions/${id}/adopt`,
          { votesFor: 6, votesAgainst: 0, votesAbstained: 0, ...adoptionRecord(chair.id) },
          { token: secretary },
        )
      ).status,
    ).toBe(409);
    // The database refuses too, whatever the code does.
    await expect(
      withClient(t.databaseUrl, (c) =>
        c.query(`UPDATE resolutions SET title = '{"kk":"x","ru":"y"}' WHERE id = $1`, [id]),
      ),
    ).rejects.toThrow(/adopted/);

    // Public now, with its amendments.
    const amendment = await t.client.post(`/api/v1/resolutions/${id}/amendments`, draft(1), { token: secretary });
    expect(amendment.status).toBe(201);
    expect(amendment.body.amends).toEqual({ id, number: '1/2026' });
    const publicView = await t.client.get(`/api/v1/resolutions/${id}?lang=ru`);
    expect(publicView.status).toBe(200);
    expect(publicView.body.title).toBe('Исправленное название');
    expect(publicView.body.amendments).toEqual([{ id: amendment.body.id, number: null, status: 'draft' }]);
    expect(
      (await t.client.post(`/api/v1/resolutions/${amendment.body.id}/amendments`, draft(1), { token: secretary })).body
        .code,
    ).toBe('NOT_AMENDABLE');

    // The official document, for anyone, with the number, the vote and the chair; Kazakh letters exact.
    const dir = mkdtempSync(join(tmpdir(), 'akim-resolution-'));
    try {
      for (const layout of ['kk', 'both']) {
        const pdf = await fetch(`${t.client.baseUrl}/api/v1/resolutions/${id}.pdf?lang=${layout}`);
        expect(pdf.status).toBe(200);
        expect(pdf.headers.get('content-type')).toBe('application/pdf');
        writeFileSync(join(dir, `${layout}.pdf`), Buffer.from(await pdf.arrayBuffer()));
        const text = execFileSync('pdftotext', ['-layout', join(dir, `${layout}.pdf`), '-'], { encoding: 'utf8' });
        expect(text).toContain('ҚАУЛЫ');
        expect(text).toContain('№ 1/2026');
        expect(text).toContain('2026 жылғы 1 ақпан');
        expect(text).toContain('Төлеубек Мұқашев');
        expect(text).toContain('1-тармақ: ауылдарды дамыту');
        if (layout === 'both') {
          expect(text).toContain('ПОСТАНОВЛЕНИЕ');
        }
      }
      // Without ?lang= the document is in the reader's language; English readers get both columns.
      for (const [headers, name] of [
        [{ 'accept-language': 'ru-RU,ru;q=0.9' }, 'resolution-ru.pdf'],
        [{ 'accept-language': 'en-GB,en;q=0.9' }, 'resolution-both.pdf'],
        [{ 'accept-language': 'ru', cookie: 'akim_lang=kk' }, 'resolution-kk.pdf'],
        [{}, 'resolution-kk.pdf'],
      ] as const) {
        const pdf = await fetch(`${t.client.baseUrl}/api/v1/resolutions/${id}.pdf`, { headers });
        expect([pdf.status, pdf.headers.get('content-disposition')]).toEqual([
          200,
          `inline; filename="${name}"; filename*=UTF-8''${name}`,
        ]);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    // A draft is not public.
    expect((await t.client.get(`/api/v1/resolutions/${amendment.body.id}.pdf`)).status).toBe(404);
  });

  it('numbers 20 concurrent adoptions distinct and consecutive per organizer and year', async () => {
    const drafts = [];
    for (let i = 0; i < 20; i++) {
      drafts.push(
        (await t.client.post(`/api/v1/events/${eventId}/resolutions`, draft(1), { token: secretary })).body
          .id as string,
      );
    }
    const results = await Promise.all(
      drafts.map((id) =>
        t.client.post(
          `/api/v1/resolutions/${id}/adopt`,
          {
            votesFor: 6,
            votesAgainst: 0,
            votesAbstained: 0,
            ...adoptionRecord(chair.id, { adoptedAt: '2026-03-01T12:00:00+05:00' }),
          },
          { token: secretary },
        ),
      ),
    );
    expect(results.every((r) => r.status === 200)).toBe(true);
    // 1/2026 went to the first test's resolution.
    expect(results.map((r) => r.body.number as string).sort((a, b) => parseInt(a) - parseInt(b))).toEqual(
      Array.from({ length: 20 }, (_, i) => `${i + 2}/2026`),
    );
  });

  it('tracks execution of each point until done, and reports totals, groups and what is overdue', async () => {
    const list = await t.client.get(`/api/v1/events/${eventId}/resolutions`);
    const first = list.body.find((r: { number: string }) => r.number === '1/2026');
    const [overduePoint, point2] = first.points;
    expect(overduePoint.status).toBe('overdue');
    const districtUser = await userWith(t, [{ role: 'organizer', kind: 'organization', id: district.id }]);
    const progress = await t.client.patch(
      `/api/v1/resolutions/${first.id}/points/${point2.id}`,
      { percent: 40, note: 'Жол салынып жатыр', evidenceUrl: 'https://gov.kz/report/1' },
      { token: districtUser },
    );
    expect(progress.status).toBe(200);
    expect(progress.body).toMatchObject({ status: 'in_progress', percent: 40 });
    const done = await t.client.patch(
      `/api/v1/resolutions/${first.id}/points/${point2.id}`,
      { status: 'done' },
      { token: districtUser },
    );
    expect(done.body).toMatchObject({ status: 'done', percent: 100 });
    expect(done.body.progress.map((p: { percent: number }) => p.percent)).toEqual([40, 100]);

    const stranger = await userWith(t, [
      { role: 'organizer', kind: 'organization', id: (await createOrganization(t)).id },
    ]);
    expect(
      (
        await t.client.patch(
          `/api/v1/resolutions/${first.id}/points/${point2.id}`,
          { percent: 10 },
          { token: stranger },
        )
      ).status,
    ).toBe(403);

    const report = await t.client.get(`/api/v1/execution?organization=${district.id}&lang=ru`, { token: organizer });
    expect(report.status).toBe(200);
    // Resolution 1 has 3 points, the twenty others 1 each: 23 points, one done, the first point of each overdue.
    expect(report.body.totals).toMatchObject({ points: 23, done: 1, overdue: 21 });
    expect(report.body.totals.percent).toBe(4.3);
    expect(report.body.groups).toEqual([
      expect.objectContaining({ key: district.id, label: 'Акимат Жанакалинского района', points: 23 }),
    ]);
    expect(report.body.overdue).toHaveLength(21);
    // Overdue is derived at a date: before the deadlines nothing is late.
    const earlier = await t.client.get(`/api/v1/execution?organization=${district.id}&date=2020-06-01`, {
      token: organizer,
    });
    expect(earlier.body.totals.overdue).toBe(0);
    const onlyOverdue = await t.client.get(`/api/v1/execution?overdue=true`, { token: organizer });
    expect(onlyOverdue.body.totals.points).toBe(21);
    expect((await t.client.get('/api/v1/execution')).status).toBe(401);
    // Each sees the points they follow: the responsible district its own, another body and another forum's
    // secretary none of these.
    const responsible = await t.client.get(`/api/v1/execution`, { token: districtUser });
    expect(responsible.body.totals.points).toBe(23);
    expect((await t.client.get(`/api/v1/execution`, { token: stranger })).body.totals).toMatchObject({ points: 0 });
    const otherEvent = (await publishedEvent(t, organizer, [org.id])).id;
    const otherSecretary = await userWith(t, [{ role: 'secretary', kind: 'event', id: otherEvent }]);
    const elsewhere = await t.client.get(`/api/v1/execution?organization=${district.id}`, { token: otherSecretary });
    expect(elsewhere.status).toBe(200);
    expect(elsewhere.body).toMatchObject({ totals: { points: 0 }, overdue: [] });

    const audit = await t.client.get(`/api/v1/audit?entity=point&entityId=${point2.id}`, { token: organizer });
    expect(audit.body.map((a: { action: string }) => a.action)).toEqual(['progress', 'progress']);
  });

  it('lets only the secretaries and organizers of the event draft and adopt', async () => {
    const participant = await userWith(t, []);
    const otherSecretary = await userWith(t, [
      { role: 'secretary', kind: 'event', id: '00000000-0000-4000-8000-0000000000ee' },
    ]);
    expect((await t.client.post(`/api/v1/events/${eventId}/resolutions`, draft(), { token: participant })).status).toBe(
      403,
    );
    expect(
      (await t.client.post(`/api/v1/events/${eventId}/resolutions`, draft(), { token: otherSecretary })).status,
    ).toBe(403);
    const mine = await t.client.post(`/api/v1/events/${eventId}/resolutions`, draft(), { token: secretary });
    expect(
      (
        await t.client.post(
          `/api/v1/resolutions/${mine.body.id}/adopt`,
          { votesFor: 6, votesAgainst: 0, votesAbstained: 0, ...adoptionRecord(chair.id) },
          { token: otherSecretary },
        )
      ).status,
    ).toBe(403);
    expect(
      (await t.client.patch(`/api/v1/resolutions/${mine.body.id}`, { kind: 'decision' }, { token: otherSecretary }))
        .status,
    ).toBe(403);
  });

  /** The text of a resolution's PDF in one layout. */
  async function pdfText(id: string, lang: 'kk' | 'ru'): Promise<string> {
    const dir = mkdtempSync(join(tmpdir(), 'akim-res-'));
    try {
      const pdf = await fetch(`${t.client.baseUrl}/api/v1/resolutions/${id}.pdf?lang=${lang}`);
      writeFileSync(join(dir, 'r.pdf'), Buffer.from(await pdf.arrayBuffer()));
      return execFileSync('pdftotext', ['-layout', join(dir, 'r.pdf'), '-'], { encoding: 'utf8' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  it('dates an adoption within its session (a late record within the event), never before, and requires place and chair (issue 22, item 2)', async () => {
    const id = (await t.client.post(`/api/v1/events/${eventId}/resolutions`, draft(1), { token: secretary })).body
      .id as string;
    const adopt = (body: Record<string, unknown>) =>
      t.client.post(
        `/api/v1/resolutions/${id}/adopt`,
        { votesFor: 6, votesAgainst: 0, votesAbstained: 0, ...body },
        { token: secretary, headers: { cookie: 'akim_lang=ru' } },
      );
    // The session (10.01.2026 16:00–17:00) is over: "now" would date it wrong, so the time must be given.
    const late = await adopt(adoptionRecord(chair.id, { adoptedAt: undefined }));
    expect(late.status).toBe(422);
    expect(late.body).toMatchObject({
      code: 'ADOPTION_TIME_REQUIRED',
      errors: [expect.objectContaining({ field: 'adoptedAt' })],
    });
    expect(late.body.message).toContain('10.01.2026 17:00');
    const early = await adopt(adoptionRecord(chair.id, { adoptedAt: '2026-01-10T15:59:00+05:00' }));
    expect(early.body).toMatchObject({ code: 'ADOPTED_BEFORE_SESSION' });
    expect(early.body.message).toBe(
      'Нельзя принять до начала заседания, на котором принимается документ (10.01.2026 16:00): дата и время принятия — во время заседания или позже',
    );
    const ahead = await adopt(adoptionRecord(chair.id, { adoptedAt: new Date(Date.now() + 86_400_000).toISOString() }));
    expect([ahead.status, ahead.body.code]).toEqual([422, 'ADOPTED_AFTER_EVENT']);
    const noChair = await adopt({ place: { kk: 'Орал', ru: 'Уральск' }, adoptedAt: '2026-01-10T16:40:00+05:00' });
    expect(noChair.status).toBe(400);
    expect(noChair.body.errors.map((e: { field: string }) => e.field)).toContain('chairId');
    const noPlace = await adopt({ chairId: chair.id, adoptedAt: '2026-01-10T16:40:00+05:00' });
    expect(noPlace.status).toBe(400);
    expect(noPlace.body.errors.map((e: { field: string }) => e.field)).toContain('place');

    const adopted = await adopt(
      adoptionRecord(chair.id, {
        place: { kk: 'Тараз қаласы', ru: 'г. Тараз' },
        adoptedAt: '2026-01-10T16:40:00+05:00',
      }),
    );
    expect(adopted.status).toBe(200);
    expect(adopted.body).toMatchObject({
      adoptedAt: '2026-01-10T16:40:00+05:00',
      place: 'г. Тараз',
      places: { kk: 'Тараз қаласы', ru: 'г. Тараз' },
      chair: { id: chair.id },
      session: { startsAt: '2026-01-10T16:00:00+05:00', endsAt: '2026-01-10T17:00:00+05:00' },
    });
    const kk = await pdfText(id, 'kk');
    expect(kk).toContain('Тараз қаласы');
    expect(kk).toContain('2026 жылғы 10 қаңтар');
    expect(kk).toContain('Төлеубек Мұқашев');
    // The place is part of what was adopted: the database keeps it.
    await expect(
      withClient(t.databaseUrl, (c) =>
        c.query(`UPDATE resolutions SET place = '{"kk":"x","ru":"y"}' WHERE id = $1`, [id]),
      ),
    ).rejects.toThrow(/adopted/);

    // A forum a month ahead: nothing can be adopted at it yet, whatever the counts typed.
    const ahead2 = (await publishedEvent(t, organizer, [org.id])).id;
    const futureSession = await adoptionSession(t, organizer, ahead2, {
      startsAt: `${dayFromNow(30)}T16:00:00+05:00`,
      endsAt: `${dayFromNow(30)}T17:00:00+05:00`,
    });
    const future = await t.client.post(
      `/api/v1/events/${ahead2}/resolutions`,
      { ...draft(1), sessionId: futureSession },
      { token: organizer },
    );
    const refused = await t.client.post(
      `/api/v1/resolutions/${future.body.id}/adopt`,
      {
        votesFor: 3,
        votesAgainst: 0,
        votesAbstained: 0,
        presentCount: 3,
        ...adoptionRecord(chair.id, { adoptedAt: undefined }),
      },
      { token: organizer },
    );
    expect([refused.status, refused.body.code]).toEqual([422, 'ADOPTED_BEFORE_SESSION']);
  });

  it('numbers and labels each kind of document in its own series (issue 22, item 10)', async () => {
    const create = async (kind: string) =>
      (await t.client.post(`/api/v1/events/${eventId}/resolutions`, { ...draft(1), kind }, { token: secretary })).body
        .id as string;
    const adopt = (id: string) =>
      t.client.post(
        `/api/v1/resolutions/${id}/adopt?lang=ru`,
        { votesFor: 6, votesAgainst: 0, votesAbstained: 0, ...adoptionRecord(chair.id) },
        { token: secretary },
      );
    const first = await adopt(await create('recommendations'));
    const second = await adopt(await create('recommendations'));
    const decision = await adopt(await create('decision'));
    const resolution = await adopt(await create('resolution'));
    // Resolutions of this organizer are past 20 in 2026; recommendations and decisions start their own series.
    expect([first.body.number, second.body.number, decision.body.number]).toEqual(['1/2026', '2/2026', '1/2026']);
    expect(first.body).toMatchObject({ kind: 'recommendations', label: 'Рекомендации № 1/2026' });
    expect(decision.body.label).toBe('Решение № 1/2026');
    expect(parseInt(resolution.body.number as string)).toBeGreaterThan(20);
    expect(resolution.body.label).toBe(`Постановление № ${resolution.body.number}`);
    const kkView = await t.client.get(`/api/v1/resolutions/${first.body.id}?lang=kk`);
    expect(kkView.body.label).toBe('Ұсынымдар № 1/2026');
    const text = await pdfText(first.body.id as string, 'ru');
    expect(text).toContain('РЕКОМЕНДАЦИИ');
    expect(text).toContain('№ 1/2026');
    expect(text).not.toContain('ПОСТАНОВЛЕНИЕ');
    // The public page of the forum says what each act is.
    const page = await t.client.get(`/events/${eventId}?lang=ru`);
    expect(page.text).toContain('Рекомендации № 2/2026');
    expect(page.text).toContain('Решение № 1/2026');
  });
});
