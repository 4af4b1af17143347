import { createTestDatabase } from '../support/test-database';
import { startTestApp, type TestApp } from '../support/test-app';

describe('demo forums', () => {
  let db: { url: string; drop: () => Promise<void> };
  let t: TestApp;
  beforeAll(async () => {
    db = await createTestDatabase();
    t = await startTestApp({ DEMO_DATA: 'true' }, { url: db.url, drop: async () => undefined });
  });
  afterAll(async () => {
    await t.close();
    await db.drop();
  });

  it('loads the three reference forums: the Uralsk session already held, the two rural akims forums upcoming', async () => {
    const list = await t.client.get('/api/v1/events?lang=kk');
    expect(list.body.items.map((e: { slug: string }) => e.slug).sort()).toEqual([
      'almaty-oblast-rural-akims-forum',
      'oral-offsite-session-qaladan-auylga',
      'wko-rural-akims-forum',
    ]);
    for (const event of list.body.items) {
      const held = event.slug === 'oral-offsite-session-qaladan-auylga';
      expect(event.status).toBe(held ? 'closed' : 'published');
      expect(new Date(event.startsAt).getTime() > Date.now()).toBe(!held);
      expect(event.titles.kk).toMatch(/[әғқңөұүһі]/i);
      expect(event.titles.ru).toBeTruthy();
    }
  });

  it('puts materials on the Almaty forum and its sessions: small real PDFs, public ones for anyone', async () => {
    const forum = 'almaty-oblast-rural-akims-forum';
    const agenda = await t.client.get(`/api/v1/events/${forum}/agenda?lang=kk`);
    const sessionIds = agenda.body.days.flatMap((d: { sessions: { id: string; children: { id: string }[] }[] }) =>
      d.sessions.flatMap((s) => [s.id, ...s.children.map((c) => c.id)]),
    );
    const anyone = await t.client.get(`/api/v1/events/${forum}/materials?lang=kk`);
    expect(anyone.status).toBe(200);
    expect(anyone.body.length).toBeGreaterThanOrEqual(3);
    expect(anyone.body.every((m: { visibility: string }) => m.visibility === 'public')).toBe(true);
    const onSessions = anyone.body.filter((m: { sessionId: string | null }) => m.sessionId !== null);
    expect(onSessions.length).toBeGreaterThanOrEqual(2);
    expect(onSessions.every((m: { sessionId: string }) => sessionIds.includes(m.sessionId))).toBe(true);
    const staff = await t.client.get(`/api/v1/events/${forum}/materials`, { token: await t.adminToken() });
    expect(staff.body.length).toBeGreaterThan(anyone.body.length);
    for (const material of anyone.body) {
      expect(material).toMatchObject({ fileType: 'pdf', version: 1, sizeLabel: expect.stringMatching(/КБ|Б/) });
      const file = await fetch(`${t.client.baseUrl}${material.url}`);
      const bytes = Buffer.from(await file.arrayBuffer());
      expect(file.status).toBe(200);
      expect(bytes.length).toBe(material.size);
      expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    }
    // The public page links them with what each download costs; the participants' one stays off it.
    const page = await t.client.get(`/events/${forum}?lang=kk`);
    for (const material of anyone.body) {
      expect(page.text).toContain(`<a href="${material.url}" hreflang="${material.language}" download>`);
      expect(page.text).toContain(`(PDF, ${material.sizeLabel})`);
    }
    const hidden = staff.body.find((m: { visibility: string }) => m.visibility !== 'public');
    expect(page.text).not.toContain(hidden.url);
  });

  it('models the joint Uralsk session: two organizers, the moderator, the speakers in order, the adoption', async () => {
    const event = await t.client.get('/api/v1/events/oral-offsite-session-qaladan-auylga?lang=ru');
    expect(event.body.kind).toBe('offsite_session');
    expect(event.body.organizers).toHaveLength(2);
    const agenda = await t.client.get('/api/v1/events/oral-offsite-session-qaladan-auylga/agenda?lang=kk');
    const sessions = agenda.body.days.flatMap((d: { sessions: unknown[] }) => d.sessions);
    const plenary = sessions.find((s: { kind: string }) => s.kind === 'plenary');
    expect(plenary.moderators.map((m: { name: string }) => m.name)).toEqual(['Төлеубек Мұқашев']);
    expect(plenary.speakers.map((s: { name: string }) => s.name)).toEqual([
      'Нариман Төреғалиев',
      'Мұрат Мұқаев',
      'Алпамыс Кушкинбаев',
      'Асланбек Саркулов',
      'Мұрат Умралеев',
    ]);
    expect(sessions[sessions.length - 1].kind).toBe('adoption');
  });

  it('keeps the record of the Uralsk session: an approved, published protocol with its attendance log, speeches, decision and instructions', async () => {
    const list = await t.client.get('/api/v1/events/oral-offsite-session-qaladan-auylga/protocols?lang=kk');
    expect(list.status).toBe(200);
    expect(list.body).toHaveLength(1);
    const [protocol] = list.body;
    expect(protocol).toMatchObject({
      status: 'published',
      number: expect.stringMatching(/^1\/\d{4}$/),
      chair: { name: 'Төлеубек Мұқашев' },
      secretary: { name: 'Ләззат Серғазина' },
    });
    expect(protocol.signatures.map((s: { role: string }) => s.role)).toEqual(['chair', 'secretary']);
    expect(protocol.attendance.present).toHaveLength(9);
    expect(protocol.attendance.absent.map((a: { name: string }) => a.name)).toEqual(['Бекболат Нұрмағанбетов']);
    expect(protocol.attendance.guests.map((a: { name: string }) => a.name)).toContain('Нариман Төреғалиев');
    expect(protocol.attendance.quorum).toMatchObject({ members: 10, present: 9, reached: true });
    const plenary = protocol.items.find((i: { title: string }) => i.title.startsWith('Пленарлық'));
    expect(plenary.heard.map((h: { name: string }) => h.name)).toEqual([
      'Нариман Төреғалиев',
      'Мұрат Мұқаев',
      'Алпамыс Кушкинбаев',
      'Асланбек Саркулов',
      'Мұрат Умралеев',
    ]);
    const discussion = protocol.items.find((i: { speeches: unknown[] }) => i.speeches.length > 0);
    expect(discussion.speeches).toHaveLength(4);
    const adoption = protocol.items[protocol.items.length - 1];
    expect(adoption.resolutions).toEqual([
      expect.objectContaining({
        vote: { for: 8, against: 0, abstained: 1, present: 9, mode: 'electronic', pollId: expect.any(String) },
      }),
    ]);
    // Adopted by an electronic vote by name: the nine delegates at the door, each with their vote, sealed.
    const poll = await t.client.get(`/api/v1/polls/${adoption.resolutions[0].vote.pollId}`, {
      token: await t.adminToken(),
    });
    expect(poll.body).toMatchObject({ status: 'closed', present: 9, carried: true });
    expect(poll.body.voters.map((v: { choice: string }) => v.choice).sort()).toEqual([
      ...Array(1).fill('abstained'),
      ...Array(8).fill('for'),
    ]);
    const resolution = await t.client.get(`/api/v1/resolutions/${adoption.resolutions[0].id}`);
    const verified = await t.client.get(`/api/v1/verify/${resolution.body.verification.code}`);
    expect(verified.body).toMatchObject({ matches: true, format: 2 });
    expect(protocol.instructions.map((i: { responsible: { name: string } }) => i.responsible.name)).toEqual([
      'Жаңақала ауданының әкімдігі',
      'Казталов ауданының әкімдігі',
    ]);
    // The first instruction's district reported progress after the protocol was approved; the second is late.
    expect(protocol.instructions.map((i: { status: string; percent: number }) => [i.status, i.percent])).toEqual([
      ['in_progress', 40],
      ['overdue', 0],
    ]);
    // The public page of the forum lists it, with a verification code that says the stored act matches.
    const page = await t.client.get('/events/oral-offsite-session-qaladan-auylga?lang=kk');
    expect(page.status).toBe(200);
    expect(page.text).toContain('Хаттамалар');
    expect(page.text).toContain(`№ ${protocol.number}`);
    const code = /\/verify\/([0-9A-Z]{5}-[0-9A-Z]{5})/.exec(page.text)?.[1];
    expect(code).toBeDefined();
    expect((await t.client.get(`/api/v1/verify/${code}`)).body).toMatchObject({ kind: 'protocol', matches: true });
    expect(protocol.instructions[0].progress).toEqual([
      expect.objectContaining({ percent: 40, note: expect.stringContaining('112 отбасының') }),
    ]);
  });

  it('models the Almaty forum: a second part with three parallel seminars, and the awards', async () => {
    const agenda = await t.client.get('/api/v1/events/almaty-oblast-rural-akims-forum/agenda?lang=kk');
    const sessions = agenda.body.days.flatMap((d: { sessions: unknown[] }) => d.sessions);
    const section = sessions.find((s: { children: unknown[] }) => s.children.length > 0);
    const seminars = section.children.filter((c: { kind: string }) => c.kind === 'seminar');
    expect(seminars).toHaveLength(3);
    expect(new Set(seminars.map((s: { startsAt: string }) => s.startsAt)).size).toBe(1);
    expect(new Set(seminars.map((s: { room: string }) => s.room)).size).toBe(3);
    expect(sessions.some((s: { kind: string }) => s.kind === 'awards')).toBe(true);
  });

  it('gives the Almaty forum an anonymous feedback survey that opens when the forum ends', async () => {
    const forum = (await t.client.get('/api/v1/events/almaty-oblast-rural-akims-forum')).body;
    const surveys = await t.client.get(`/api/v1/events/${forum.id}/surveys?lang=kk`, { token: await t.adminToken() });
    expect(surveys.status).toBe(200);
    expect(surveys.body).toHaveLength(1);
    const [survey] = surveys.body;
    expect(survey).toMatchObject({ anonymous: true, state: 'upcoming', sessionId: null, opensAt: forum.endsAt });
    expect(survey.questions.map((q: { kind: string }) => q.kind)).toEqual(['choice', 'scale', 'text']);
    expect(survey.questions[0].options).toHaveLength(3);
    expect(new Date(survey.closesAt).getTime()).toBeGreaterThan(new Date(forum.endsAt).getTime());
  });

  it('ends the Uralsk session with an adopted resolution whose execution is under way', async () => {
    const resolutions = await t.client.get('/api/v1/events/oral-offsite-session-qaladan-auylga/resolutions?lang=kk');
    expect(resolutions.body).toHaveLength(1);
    const [resolution] = resolutions.body;
    expect(resolution).toMatchObject({
      status: 'adopted',
      number: expect.stringMatching(/^1\/\d{4}$/),
      chair: { name: 'Төлеубек Мұқашев' },
      place: 'Орал қаласы',
      label: expect.stringMatching(/^Қаулы № 1\/\d{4}$/),
    });
    // Adopted during the forum, at its adopting session or after it (issue 22, item 2).
    const forum = (await t.client.get('/api/v1/events/oral-offsite-session-qaladan-auylga')).body;
    const adoptedAt = new Date(resolution.adoptedAt).getTime();
    expect(adoptedAt).toBeGreaterThanOrEqual(new Date(resolution.session.startsAt).getTime());
    expect(adoptedAt).toBeLessThanOrEqual(new Date(forum.endsAt).getTime());
    expect(resolution.points).toHaveLength(5);
    expect(resolution.points.every((p: { responsible: unknown; dueDate: string }) => p.responsible && p.dueDate)).toBe(
      true,
    );
    expect(resolution.points.map((p: { status: string }) => p.status)).toEqual([
      'overdue',
      'in_progress',
      'done',
      'overdue',
      'not_started',
    ]);
    // The housing point carries its target indicators, public with the act.
    expect(resolution.points[1].indicators).toEqual([
      expect.objectContaining({
        name: 'Тұрғын үймен қамтылған отбасылар',
        unit: 'отбасы',
        target: 40,
        actual: 12,
        percent: 30,
      }),
      expect.objectContaining({ target: 60, actual: 25, percent: 41.7 }),
    ]);
    const page = await fetch(`${t.client.baseUrl}/events/oral-offsite-session-qaladan-auylga?lang=kk`);
    expect(await page.text()).toContain('Тұрғын үймен қамтылған отбасылар: 12 / 40 отбасы');
    const admin = await t.adminToken();
    const execution = await t.client.get('/api/v1/execution', { token: admin });
    // The five points and the protocol's two instructions, one of them past its deadline.
    expect(execution.body.totals).toMatchObject({ points: 7, done: 1, overdue: 3, percent: 32.9 });
    expect(execution.body.overdue.map((o: { source: string }) => o.source).sort()).toEqual([
      'protocol',
      'resolution',
      'resolution',
    ]);
  });

  it('holds the WKO road map of article 002: 122 points across the districts, about 24 % done, from the WKO forum', async () => {
    const admin = await t.adminToken();
    const plans = await t.client.get('/api/v1/plans?lang=ru', { token: admin });
    expect(plans.body.items).toEqual([expect.objectContaining({ points: 122, owner: expect.anything() })]);
    const [summary] = plans.body.items;
    expect(summary.percent).toBeGreaterThanOrEqual(23);
    expect(summary.percent).toBeLessThanOrEqual(25);
    const plan = (await t.client.get(`/api/v1/plans/${summary.id}`, { token: admin })).body;
    expect(plan.event).toMatchObject({ slug: 'wko-rural-akims-forum' });
    expect(plan.owner.name).toBe('Батыс Қазақстан облысының әкімдігі');
    const regions = new Set(plan.points.map((p: { regionCode: string }) => p.regionCode));
    expect(regions.size).toBe(13);
    const deadlines = plan.points.map((p: { dueDate: string }) => Date.parse(p.dueDate)).sort();
    expect((deadlines.at(-1) - deadlines[0]) / 86_400_000).toBeGreaterThan(700);

    // The oblast akimat's organizer opens the control room on real work: its districts' and departments' points.
    const [akimat] = (
      await t.client.get(`/api/v1/organizations?q=${encodeURIComponent('Батыс Қазақстан облысының әкімдігі')}`)
    ).body.items;
    const created = await t.client.post(
      '/api/v1/users',
      {
        email: 'wko-organizer@demo.kz',
        password: 'password-123',
        roles: ['participant'],
        scopes: [{ role: 'organizer', kind: 'organization', id: akimat.id }],
      },
      { token: admin },
    );
    expect(created.status).toBe(201);
    const organizer = await t.client.login('wko-organizer@demo.kz', 'password-123');
    const room = await t.client.get('/api/v1/control/points', { token: organizer });
    expect(room.body.view).toBe('mine');
    expect(room.body.total).toBeGreaterThan(10);
    expect(room.body.items[0]).toMatchObject({ source: 'plan', overdue: true });
    const figures = await t.client.get('/api/v1/control/summary?source=plan', { token: organizer });
    expect(figures.body.totals).toMatchObject({ points: 122, percent: summary.percent });
    expect(figures.body.byOrganization.length).toBeGreaterThan(15);
    const trend = figures.body.trend.map((w: { percent: number }) => w.percent);
    expect(trend.at(-1)).toBe(summary.percent);
    expect(trend[0]).toBeLessThan(trend.at(-1));
  });

  it('shows the late-announced WKO forum in the compliance report', async () => {
    const admin = await t.adminToken();
    const report = await t.client.get('/api/v1/events/compliance', { token: admin });
    expect(report.body.totals.events).toBe(3);
    expect(report.body.violations.map((v: { slug: string }) => v.slug)).toEqual(['wko-rural-akims-forum']);
  });

  it('does not load twice: a restart on the same database keeps one copy', async () => {
    const second = await startTestApp({ DEMO_DATA: 'true' }, { url: db.url, drop: async () => undefined });
    try {
      const list = await second.client.get('/api/v1/events');
      expect(list.body.total).toBe(3);
    } finally {
      await second.app.close();
    }
  });
});
