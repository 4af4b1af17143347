import {
  adoptionRecord,
  createOrganization,
  createPerson,
  dayFromNow,
  publishedEvent,
  underWay,
  userWith,
} from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';
import { withClient } from '../support/test-database';

/**
 * The control room's figures on a data set whose right answers the test works out itself: points of a road map
 * and of an adopted resolution, across an oblast's organizations and districts, with weights, deadlines and
 * dated progress.
 */
describe('control room', () => {
  let t: TestApp;
  let admin: string;
  let oblastOrganizer: string;
  const org: Record<'oblast' | 'dept' | 'distA' | 'ruralA' | 'distB' | 'other', string> = {} as never;
  const regionOf: Record<string, string> = {};
  const parentOf: Record<string, string | null> = {};
  interface Point {
    id: string;
    responsible: string;
    region: string;
    weight: number;
    status: string;
    percent: number;
    due: string | null;
    /** Progress steps: percent and how many weeks ago. */
    history: { percent: number; weeksAgo: number }[];
  }
  const points: Point[] = [];
  let planId: string;

  const DAY = '2027-06-15';
  const REGIONS = { 'KZ-27': null, 'T-D1': 'KZ-27', 'T-D1-R1': 'T-D1', 'T-D2': 'KZ-27' } as const;
  const regionParent = (code: string): string | null => REGIONS[code as keyof typeof REGIONS] ?? null;
  const within = (code: string, top: string): boolean =>
    code === top || (regionParent(code) !== null && within(regionParent(code)!, top));
  const orgWithin = (id: string, top: string): boolean =>
    id === top || (parentOf[id] !== null && parentOf[id] !== undefined && orgWithin(parentOf[id]!, top));
  const round1 = (n: number): number => Math.round(n * 10) / 10;
  const figures = (set: Point[], day: string) => {
    const counted = set.filter((p) => p.status !== 'cancelled');
    const weight = counted.reduce((s, p) => s + p.weight, 0);
    return {
      points: set.length,
      done: set.filter((p) => p.status === 'done').length,
      inProgress: set.filter((p) => p.status === 'in_progress').length,
      overdue: set.filter((p) => p.due !== null && p.due < day && !['done', 'cancelled'].includes(p.status)).length,
      percent: weight === 0 ? 0 : round1(counted.reduce((s, p) => s + p.weight * p.percent, 0) / weight),
    };
  };
  // A fixed pseudo-random sequence: the same data set on every run.
  let seed = 7;
  const next = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return Math.floor(seed / 65536) % n;
  };

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.adminToken();
    for (const [code, parent] of Object.entries(REGIONS)) {
      if (parent) {
        const level = parent === 'KZ-27' ? 'district' : 'rural_district';
        const made = await t.client.post(
          '/api/v1/regions',
          { code, parentCode: parent, level, name: { kk: `${code} ауданы`, ru: `Район ${code}` } },
          { token: admin },
        );
        expect(made.status).toBe(201);
      }
    }
    const make = async (key: keyof typeof org, regionCode: string, parent: string | null, kk: string, ru: string) => {
      org[key] = (
        await createOrganization(t, { name: { kk, ru }, regionCode, ...(parent ? { parentId: parent } : {}) })
      ).id;
      regionOf[org[key]] = regionCode;
      parentOf[org[key]] = parent;
    };
    await make('oblast', 'KZ-27', null, 'Батыс Қазақстан облысының әкімдігі', 'Акимат Западно-Казахстанской области');
    await make('dept', 'KZ-27', org.oblast, 'Құрылыс басқармасы', 'Управление строительства');
    await make('distA', 'T-D1', org.oblast, 'Жаңақала ауданының әкімдігі', 'Акимат Жанакалинского района');
    await make('ruralA', 'T-D1-R1', org.distA, 'Мастексай ауылдық округінің әкімі', 'Аким Мастексайского с. о.');
    await make('distB', 'T-D2', org.oblast, 'Қазталов ауданының әкімдігі', 'Акимат Казталовского района');
    await make('other', 'KZ-10', null, 'Абай облысының әкімдігі', 'Акимат области Абай');
    oblastOrganizer = await userWith(t, [{ role: 'organizer', kind: 'organization', id: org.oblast }]);

    // Under way: an act is adopted during its forum.
    const event = await publishedEvent(t, oblastOrganizer, [org.oblast], underWay());
    const plan = await t.client.post(
      '/api/v1/plans',
      {
        title: { kk: 'Жол картасы', ru: 'Дорожная карта' },
        ownerOrganizationId: org.oblast,
        startsOn: '2026-01-01',
        endsOn: '2027-12-31',
        eventId: event.id,
      },
      { token: oblastOrganizer },
    );
    expect(plan.status).toBe(201);
    planId = plan.body.id;

    const responsibles = [org.dept, org.distA, org.ruralA, org.distB];
    for (let i = 0; i < 24; i++) {
      const responsible = responsibles[next(4)];
      // A department's work is done in a district; a district's in itself.
      const region = responsible === org.dept ? ['T-D1-R1', 'T-D2', 'KZ-27'][next(3)] : regionOf[responsible];
      const weight = [1, 2, 3][next(3)];
      const due = i % 5 === 4 ? null : `2027-0${1 + next(9)}-1${next(9)}`;
      const made = await t.client.post(
        `/api/v1/plans/${planId}/points`,
        {
          text: { kk: `${i + 1}. Ауылдағы жолды жөндеу`, ru: `${i + 1}. Ремонт дороги в селе` },
          responsibleOrganizationId: responsible,
          ...(responsible === org.dept ? { regionCode: region } : {}),
          weight,
          ...(due ? { dueDate: due } : {}),
        },
        { token: oblastOrganizer },
      );
      expect(made.status).toBe(201);
      const steps = [0, 20, 50, 100, 35][next(5)];
      const history =
        steps === 0
          ? []
          : steps === 35
            ? [
                { percent: 10, weeksAgo: 6 },
                { percent: 35, weeksAgo: 2 },
              ]
            : [{ percent: steps, weeksAgo: next(10) }];
      const point: Point = {
        id: made.body.id,
        responsible,
        region,
        weight,
        status: 'not_started',
        percent: 0,
        due,
        history,
      };
      for (const step of history) {
        const reported = await t.client.patch(
          `/api/v1/plans/${planId}/points/${point.id}`,
          { percent: step.percent, note: 'Жұмыс жүріп жатыр' },
          { token: oblastOrganizer },
        );
        expect(reported.status).toBe(200);
        point.percent = step.percent;
        point.status = step.percent === 100 ? 'done' : 'in_progress';
      }
      if (i === 7) {
        const cancelled = await t.client.patch(
          `/api/v1/plans/${planId}/points/${point.id}`,
          { status: 'cancelled', note: 'Қажет емес' },
          { token: oblastOrganizer },
        );
        expect(cancelled.status).toBe(200);
        point.status = 'cancelled';
        point.history = [];
      }
      points.push(point);
    }

    // One point due in a few days, whenever the suite runs: the default view has urgent work to show.
    const urgent = await t.client.post(
      `/api/v1/plans/${planId}/points`,
      { text: { kk: 'Шұғыл іс', ru: 'Срочное дело' }, responsibleOrganizationId: org.distA, dueDate: dayFromNow(5) },
      { token: oblastOrganizer },
    );
    points.push({
      id: urgent.body.id,
      responsible: org.distA,
      region: 'T-D1',
      weight: 1,
      status: 'not_started',
      percent: 0,
      due: dayFromNow(5),
      history: [],
    });

    // An adopted resolution of the oblast's forum, with two points.
    const resolution = await t.client.post(
      `/api/v1/events/${event.id}/resolutions`,
      {
        title: { kk: 'Қаулы', ru: 'Постановление' },
        points: [
          {
            text: { kk: 'Мектеп салу', ru: 'Построить школу' },
            responsibleOrganizationId: org.distB,
            dueDate: '2027-02-01',
          },
          {
            text: { kk: 'Қасымшалов көшесін жарықтандыру', ru: 'Осветить улицу Касымшалова' },
            responsibleOrganizationId: org.ruralA,
            dueDate: '2027-09-01',
          },
        ],
      },
      { token: oblastOrganizer },
    );
    expect(resolution.status).toBe(201);
    const adopted = await t.client.post(
      `/api/v1/resolutions/${resolution.body.id}/adopt`,
      {
        votesFor: 5,
        votesAgainst: 0,
        votesAbstained: 0,
        presentCount: 5,
        ...adoptionRecord((await createPerson(t, 'Төраға')).id),
      },
      { token: oblastOrganizer },
    );
    expect(adopted.status).toBe(200);
    const [school, street] = adopted.body.points;
    const progress = await t.client.patch(
      `/api/v1/resolutions/${resolution.body.id}/points/${street.id}`,
      { percent: 60, note: 'Шамдар орнатылды', evidenceUrl: 'https://example.kz/photo/1' },
      { token: oblastOrganizer },
    );
    expect(progress.status).toBe(200);
    points.push(
      {
        id: school.id,
        responsible: org.distB,
        region: 'T-D2',
        weight: 1,
        status: 'not_started',
        percent: 0,
        due: '2027-02-01',
        history: [],
      },
      {
        id: street.id,
        responsible: org.ruralA,
        region: 'T-D1-R1',
        weight: 1,
        status: 'in_progress',
        percent: 60,
        due: '2027-09-01',
        history: [{ percent: 60, weeksAgo: 3 }],
      },
    );

    // Progress reported in the past: each note moved back by its weeks (the API dates notes by the clock).
    await withClient(t.databaseUrl, async (client) => {
      for (const point of points) {
        for (const [i, step] of point.history.entries()) {
          for (const table of ['plan_point_progress', 'point_progress']) {
            await client.query(
              `UPDATE ${table} SET at = now() - make_interval(weeks => $2) + make_interval(secs => $3)
               WHERE id = (SELECT id FROM ${table} WHERE point_id = $1 ORDER BY at, id OFFSET $3 LIMIT 1)`,
              [point.id, step.weeksAgo, i],
            );
          }
        }
      }
    });
  });
  afterAll(async () => {
    await t.close();
  });

  const summary = (query: string, token = oblastOrganizer) =>
    t.client.get(`/api/v1/control/summary?${query}`, { token });

  it('totals: weighted percent with cancelled points left out, overdue judged on the day asked', async () => {
    for (const day of [DAY, '2027-01-01', '2027-12-31']) {
      const result = await summary(`date=${day}`, admin);
      expect(result.status).toBe(200);
      expect(result.body.totals).toEqual(figures(points, day));
    }
    expect(figures(points, DAY).overdue).toBeGreaterThan(0);
  });

  it('by organization including its sub-organizations, and by region along the tree', async () => {
    for (const key of ['oblast', 'distA', 'ruralA', 'distB', 'dept'] as const) {
      const result = await summary(`date=${DAY}&organization=${org[key]}`);
      expect(result.body.totals).toEqual(
        figures(
          points.filter((p) => orgWithin(p.responsible, org[key])),
          DAY,
        ),
      );
    }
    for (const code of Object.keys(REGIONS)) {
      const result = await summary(`date=${DAY}&region=${code}`);
      expect(result.body.totals).toEqual(
        figures(
          points.filter((p) => within(p.region, code)),
          DAY,
        ),
      );
    }
    const all = await summary(`date=${DAY}`);
    const byOrg = Object.fromEntries(all.body.byOrganization.map((g: { id: string }) => [g.id, g]));
    for (const id of new Set(points.map((p) => p.responsible))) {
      expect(byOrg[id]).toMatchObject(
        figures(
          points.filter((p) => p.responsible === id),
          DAY,
        ),
      );
    }
    const ru = await summary(`date=${DAY}&lang=ru&organization=${org.distA}`);
    const names = { [org.distA]: 'Акимат Жанакалинского района', [org.ruralA]: 'Аким Мастексайского с. о.' };
    expect(ru.body.byOrganization.map((g: { id: string; name: string }) => [g.id, g.name])).toEqual(
      expect.arrayContaining(
        [...new Set(points.filter((p) => orgWithin(p.responsible, org.distA)).map((p) => p.responsible))].map((id) => [
          id,
          names[id],
        ]),
      ),
    );
    expect(ru.body.byOrganization).toHaveLength(2);
    expect(new Set(points.map((p) => p.responsible)).size).toBe(4);
  });

  it('the weekly trend follows the dated progress notes', async () => {
    const result = await summary('', admin);
    const trend: { week: string; percent: number }[] = result.body.trend;
    expect(trend).toHaveLength(26);
    const counted = points.filter((p) => p.status !== 'cancelled');
    const weight = counted.reduce((s, p) => s + p.weight, 0);
    // Week k from the end holds the notes made up to k weeks ago (a note k weeks ago falls in that week or the next).
    const expected = (weeksBack: number): number =>
      round1(
        counted.reduce((s, p) => {
          const last = p.history.filter((h) => h.weeksAgo >= weeksBack).at(-1);
          return s + p.weight * (last?.percent ?? 0);
        }, 0) / weight,
      );
    expect(trend.at(-1)!.percent).toBe(figures(points, result.body.date).percent);
    expect(trend.at(-1)!.percent).toBe(expected(0));
    // Weeks are Mondays; a note "k weeks ago" lands in the week k back, or k + 1 back early on a Monday.
    for (const back of [3, 7, 12]) {
      const atWeek = trend[trend.length - 1 - back].percent;
      expect([expected(back), expected(back + 1)]).toContain(atWeek);
    }
    expect(trend[0].percent).toBe(0);
    expect(new Set(trend.map((w) => w.percent)).size).toBeGreaterThan(3);
    expect(new Date(`${trend[0].week}T00:00:00Z`).getUTCDay()).toBe(1);
  });

  it('lists points by source, status, deadline and Kazakh-aware words; each opens its history', async () => {
    const list = await t.client.get(`/api/v1/control/points?date=${DAY}&overdue=true&limit=200`, { token: admin });
    expect(list.body.total).toBe(figures(points, DAY).overdue);
    expect(list.body.items.every((p: { status: string }) => p.status === 'overdue')).toBe(true);
    const resolutions = await t.client.get(`/api/v1/control/points?source=resolution`, { token: admin });
    expect(resolutions.body.total).toBe(2);
    // «касымшал» without Kazakh letters finds «Қасымшалов».
    const found = await t.client.get(`/api/v1/control/points?q=касымшал`, { token: admin });
    expect(found.body.items.map((p: { id: string }) => p.id)).toEqual([points.at(-1)!.id]);
    const due = await t.client.get(`/api/v1/control/points?due_before=2027-03-01&limit=200`, { token: admin });
    expect(due.body.total).toBe(points.filter((p) => p.due !== null && p.due <= '2027-03-01').length);
    const done = await t.client.get(`/api/v1/control/points?status=done&limit=200`, { token: admin });
    expect(done.body.total).toBe(points.filter((p) => p.status === 'done').length);

    const history = await t.client.get(`/api/v1/control/points/${points.at(-1)!.id}/history`, {
      token: oblastOrganizer,
    });
    expect(history.status).toBe(200);
    expect(history.body.history).toEqual([
      expect.objectContaining({ percent: 60, note: 'Шамдар орнатылды', evidenceUrl: 'https://example.kz/photo/1' }),
    ]);
  });

  it('opens by default on the own organizations’ points overdue or due within 14 days', async () => {
    const today = (await summary('')).body.date as string;
    const soon = new Date(Date.parse(`${today}T00:00:00Z`) + 14 * 86_400_000).toISOString().slice(0, 10);
    const distAUser = await userWith(t, [{ role: 'organizer', kind: 'organization', id: org.distA }]);
    const mine = await t.client.get('/api/v1/control/points?limit=200', { token: distAUser });
    const expected = points.filter(
      (p) =>
        orgWithin(p.responsible, org.distA) &&
        !['done', 'cancelled'].includes(p.status) &&
        p.due !== null &&
        p.due <= soon,
    );
    expect(mine.body.view).toBe('mine');
    expect(mine.body.items.map((p: { id: string }) => p.id).sort()).toEqual(expected.map((p) => p.id).sort());
    // With nothing urgent of its own: the open points it follows rather than an empty screen.
    const quiet = await userWith(t, [{ role: 'organizer', kind: 'organization', id: org.distB }]);
    const open = await t.client.get('/api/v1/control/points?limit=200', { token: quiet });
    const distBOpen = points.filter(
      (p) => p.responsible === org.distB && !['done', 'cancelled'].includes(p.status) && !(p.due && p.due <= soon),
    );
    if (
      distBOpen.length ===
      points.filter((p) => p.responsible === org.distB && !['done', 'cancelled'].includes(p.status)).length
    ) {
      expect(open.body.view).toBe('all_open');
      expect(open.body.total).toBe(distBOpen.length);
    }
  });

  it('shows each user only what they follow, and refuses everyone else', async () => {
    const distAUser = await userWith(t, [{ role: 'secretary', kind: 'organization', id: org.distA }]);
    const own = await summary(`date=${DAY}`, distAUser);
    expect(own.body.totals).toEqual(
      figures(
        points.filter((p) => orgWithin(p.responsible, org.distA)),
        DAY,
      ),
    );
    const stranger = await userWith(t, [{ role: 'organizer', kind: 'organization', id: org.other }]);
    expect((await summary(`date=${DAY}`, stranger)).body.totals.points).toBe(0);
    expect((await t.client.get(`/api/v1/control/points/${points[0].id}/history`, { token: stranger })).status).toBe(
      404,
    );
    expect((await t.client.get('/api/v1/control/points')).status).toBe(401);
    expect((await t.client.get('/api/v1/control/summary')).status).toBe(401);
    const participant = await userWith(t, []);
    expect((await t.client.get('/api/v1/control/points', { token: participant })).status).toBe(403);
    const checker = await userWith(t, [{ role: 'checker', kind: 'organization', id: org.oblast }]);
    expect((await t.client.get('/api/v1/control/summary', { token: checker })).status).toBe(403);
    expect((await t.client.get('/api/v1/control/points?status=late', { token: admin })).status).toBe(400);
  });
});
