import {
  adoptionRecord,
  dayFromNow,
  createOrganization,
  createPerson,
  publishedEvent,
  underWay,
  userWith,
} from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';

describe('road maps (plans)', () => {
  let t: TestApp;
  let owner: { id: string };
  let district: { id: string };
  let organizer: string;
  let districtUser: string;
  let stranger: string;
  let planId: string;

  const plan = (overrides: Record<string, unknown> = {}) => ({
    title: { kk: 'Ауылды дамытудың жол картасы', ru: 'Дорожная карта развития села' },
    ownerOrganizationId: owner.id,
    startsOn: '2026-01-01',
    endsOn: dayFromNow(800),
    ...overrides,
  });

  async function upload(query: string, body: Uint8Array | string, contentType: string, token = organizer) {
    const response = await fetch(`${t.client.baseUrl}/api/v1/plans/import${query}`, {
      method: 'POST',
      body,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), 'content-type': contentType },
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : {} };
  }

  beforeAll(async () => {
    t = await startTestApp();
    owner = await createOrganization(t, { name: { kk: 'БҚО әкімдігі', ru: 'Акимат ЗКО' } });
    district = await createOrganization(t, {
      name: { kk: 'Жаңақала ауданының әкімдігі', ru: 'Акимат Жанакалинского района' },
      parentId: owner.id,
    });
    organizer = await userWith(t, [{ role: 'organizer', kind: 'organization', id: owner.id }]);
    districtUser = await userWith(t, [{ role: 'secretary', kind: 'organization', id: district.id }]);
    stranger = await userWith(t, [{ role: 'organizer', kind: 'organization', id: (await createOrganization(t)).id }]);
  });
  afterAll(async () => {
    await t.close();
  });

  it('creates a plan with points, edits it with If-Match, and refuses everyone but its owners', async () => {
    const created = await t.client.post('/api/v1/plans', plan(), { token: organizer });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ title: 'Ауылды дамытудың жол картасы', owner: { id: owner.id }, points: [] });
    planId = created.body.id;
    expect((await t.client.post('/api/v1/plans', plan(), { token: stranger })).status).toBe(403);
    expect((await t.client.post('/api/v1/plans', plan(), { token: districtUser })).status).toBe(403);
    expect((await t.client.post('/api/v1/plans', plan())).status).toBe(401);
    expect((await t.client.post('/api/v1/plans', plan({ endsOn: '2025-01-01' }), { token: organizer })).status).toBe(
      400,
    );
    expect(
      (await t.client.post('/api/v1/plans', plan({ title: { kk: 'Тек қазақша' } }), { token: organizer })).status,
    ).toBe(400);

    const executor = await createPerson(t, 'Нұрлан Ғабдуллин');
    const point = await t.client.post(
      `/api/v1/plans/${planId}/points`,
      {
        text: { kk: 'Су құбырын салу', ru: 'Построить водопровод' },
        responsibleOrganizationId: district.id,
        executorId: executor.id,
        dueDate: '2026-06-30',
        weight: 2,
      },
      { token: organizer },
    );
    expect(point.status).toBe(201);
    expect(point.body).toMatchObject({ number: 1, weight: 2, responsible: { id: district.id }, status: 'overdue' });
    expect(
      (
        await t.client.post(
          `/api/v1/plans/${planId}/points`,
          { text: { kk: 'а', ru: 'б' }, number: 1 },
          { token: organizer },
        )
      ).status,
    ).toBe(409);
    expect(
      (await t.client.post(`/api/v1/plans/${planId}/points`, { text: { kk: 'а', ru: 'б' } }, { token: districtUser }))
        .status,
    ).toBe(403);
    expect(
      (await t.client.post(`/api/v1/plans/${planId}/points`, { text: { kk: 'а', ru: 'б' } }, { token: stranger }))
        .status,
    ).toBe(404);

    const renamed = await t.client.patch(
      `/api/v1/plans/${planId}`,
      { title: { kk: 'Жол картасы 2026–2027', ru: 'Дорожная карта 2026–2027' } },
      { token: organizer, headers: { 'if-match': String(created.body.version) } },
    );
    expect(renamed.status).toBe(200);
    const stale = await t.client.patch(
      `/api/v1/plans/${planId}`,
      { startsOn: '2026-02-01' },
      { token: organizer, headers: { 'if-match': String(created.body.version) } },
    );
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('VERSION_MISMATCH');
    expect(
      (await t.client.patch(`/api/v1/plans/${planId}`, { startsOn: '2026-02-01' }, { token: districtUser })).status,
    ).toBe(403);
    expect(
      (await t.client.patch(`/api/v1/plans/${planId}`, { startsOn: '2026-02-01' }, { token: stranger })).status,
    ).toBe(404);

    // The responsible district reads the plan and reports progress on its point, but cannot reword it.
    expect((await t.client.get(`/api/v1/plans/${planId}`, { token: districtUser })).status).toBe(200);
    expect((await t.client.get(`/api/v1/plans/${planId}`, { token: stranger })).status).toBe(404);
    expect((await t.client.get(`/api/v1/plans/${planId}`)).status).toBe(401);
    const pointUrl = `/api/v1/plans/${planId}/points/${point.body.id}`;
    const reported = await t.client.patch(
      pointUrl,
      { percent: 40, note: 'Құбырдың жартысы төселді', evidenceUrl: 'https://example.kz/report' },
      { token: districtUser },
    );
    expect(reported.status).toBe(200);
    expect(reported.body).toMatchObject({ percent: 40, progress: [expect.objectContaining({ percent: 40 })] });
    expect((await t.client.patch(pointUrl, { text: { kk: 'x', ru: 'y' } }, { token: districtUser })).status).toBe(403);
    expect((await t.client.patch(pointUrl, { percent: 50 }, { token: stranger })).status).toBe(404);
    expect((await t.client.patch(pointUrl, { percent: 101 }, { token: organizer })).status).toBe(400);
    const moved = await t.client.patch(pointUrl, { dueDate: '2099-01-01' }, { token: organizer });
    expect(moved.body).toMatchObject({ dueDate: '2099-01-01', status: 'in_progress', percent: 40 });

    const list = await t.client.get('/api/v1/plans', { token: districtUser });
    expect(list.body.items).toEqual([expect.objectContaining({ id: planId, points: 1, percent: 40 })]);
    expect((await t.client.get('/api/v1/plans', { token: stranger })).body.items).toEqual([]);
    const participant = await userWith(t, []);
    expect((await t.client.get('/api/v1/plans', { token: participant })).status).toBe(403);
  });

  it('imports from CSV only when every row is right, reporting each bad row; dry run writes nothing', async () => {
    const header = '№;Іс-шара (қаз);Мероприятие (рус);Жауапты орган;Мерзімі;Салмағы;Орындалуы, %';
    // Ahead whenever the suite runs: the point is in progress, not overdue.
    const due = dayFromNow(200);
    const good = [
      `10;Жол жөндеу;Ремонт дороги;Акимат Жанакалинского района;31.12.2026;1;0`,
      `11;Мектеп салу;Строительство школы;Жаңақала ауданының әкімдігі;${due};3;25`,
    ];
    const bad = [
      ...good,
      `12;;Без казахского текста;;;;`,
      `13;Аурухана;Больница;Несуществующий акимат;31.02.2027;0;140`,
      `10;Қайталанған;Повтор;;;;`,
    ].join('\n');
    const before = (await t.client.get(`/api/v1/plans/${planId}`, { token: organizer })).body.points.length;
    const refused = await upload(`?plan=${planId}`, `${header}\n${bad}`, 'text/csv');
    expect(refused.status).toBe(200);
    expect(refused.body.imported).toBe(0);
    expect(
      refused.body.errors.map((e: { row: number; field: string; code: string }) => [e.row, e.field, e.code]),
    ).toEqual([
      [4, 'text.kk', 'isNotEmpty'],
      [5, 'dueDate', 'isDay'],
      [5, 'percent', 'max'],
      [5, 'responsible', 'exists'],
      [5, 'weight', 'min'],
      [6, 'number', 'duplicateInFile'],
    ]);
    expect(refused.body.errors[0].message).toBe('Бос болмауы керек');
    expect((await t.client.get(`/api/v1/plans/${planId}`, { token: organizer })).body.points).toHaveLength(before);

    const dry = await upload(`?plan=${planId}&dryRun=true`, `${header}\n${good.join('\n')}`, 'text/csv');
    expect(dry.body).toMatchObject({ totalRows: 2, imported: 0, dryRun: true, errors: [] });
    expect((await t.client.get(`/api/v1/plans/${planId}`, { token: organizer })).body.points).toHaveLength(before);

    expect((await upload(`?plan=${planId}`, `${header}\n${good.join('\n')}`, 'text/csv', districtUser)).status).toBe(
      403,
    );
    expect((await upload(`?plan=${planId}`, `${header}\n${good.join('\n')}`, 'text/csv', '')).status).toBe(401);
    expect((await upload(`?plan=${planId}`, 'just,some\ntext,here', 'text/csv')).body.code).toBe('IMPORT_UNREADABLE');

    const imported = await upload(`?plan=${planId}`, `${header}\n${good.join('\n')}`, 'text/csv');
    expect(imported.body).toMatchObject({ imported: 2, errors: [] });
    const points = (await t.client.get(`/api/v1/plans/${planId}?lang=ru`, { token: organizer })).body.points;
    expect(points.map((p: { number: number }) => p.number)).toEqual([1, 10, 11]);
    expect(points[2]).toMatchObject({
      text: 'Строительство школы',
      responsible: { id: district.id },
      dueDate: due,
      weight: 3,
      percent: 25,
      status: 'in_progress',
    });
    // The numbers are taken now: the same file again is refused row by row.
    const again = await upload(`?plan=${planId}`, `${header}\n${good.join('\n')}`, 'text/csv');
    expect(again.body.errors.map((e: { code: string }) => e.code)).toEqual(['alreadyExists', 'alreadyExists']);
  });

  it('exports to XLSX with the columns the import reads back', async () => {
    const response = await fetch(`${t.client.baseUrl}/api/v1/plans/${planId}/points.xlsx?lang=kk`, {
      headers: { authorization: `Bearer ${organizer}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('spreadsheetml');
    const file = new Uint8Array(await response.arrayBuffer());
    const copy = await t.client.post('/api/v1/plans', plan(), { token: organizer });
    const imported = await upload(
      `?plan=${copy.body.id}`,
      file,
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(imported.body).toMatchObject({ imported: 3, errors: [] });
    const strip = (p: Record<string, unknown>) => ({
      number: p.number,
      texts: p.texts,
      responsible: p.responsible,
      dueDate: p.dueDate,
      weight: p.weight,
      percent: p.percent,
    });
    const original = (await t.client.get(`/api/v1/plans/${planId}`, { token: organizer })).body.points.map(strip);
    const copied = (await t.client.get(`/api/v1/plans/${copy.body.id}`, { token: organizer })).body.points.map(strip);
    expect(copied).toEqual(original);
    const denied = await fetch(`${t.client.baseUrl}/api/v1/plans/${planId}/points.xlsx`, {
      headers: { authorization: `Bearer ${stranger}` },
    });
    expect(denied.status).toBe(404);
  });

  it('links a road-map point to the adopted resolution point that carries it out', async () => {
    // Under way: an act is adopted during its forum.
    const event = await publishedEvent(t, organizer, [owner.id], underWay());
    const resolution = await t.client.post(
      `/api/v1/events/${event.id}/resolutions`,
      { title: { kk: 'Қаулы', ru: 'Постановление' }, points: [{ text: { kk: 'Су', ru: 'Вода' } }] },
      { token: organizer },
    );
    const planPoint = (await t.client.get(`/api/v1/plans/${planId}`, { token: organizer })).body.points[0];
    const url = `/api/v1/plans/${planId}/points/${planPoint.id}/links`;
    const draftPoint = resolution.body.points[0].id;
    // A draft's point is not in force yet.
    expect((await t.client.post(url, { pointId: draftPoint }, { token: organizer })).status).toBe(422);
    const adopted = await t.client.post(
      `/api/v1/resolutions/${resolution.body.id}/adopt`,
      {
        votesFor: 3,
        votesAgainst: 0,
        votesAbstained: 0,
        presentCount: 3,
        ...adoptionRecord((await createPerson(t, 'Төраға')).id),
      },
      { token: organizer },
    );
    const pointId = adopted.body.points[0].id;
    const linked = await t.client.post(url, { pointId }, { token: organizer });
    expect(linked.status).toBe(201);
    expect(linked.body.links).toEqual([
      { pointId, source: 'resolution', actId: resolution.body.id, number: adopted.body.number },
    ]);
    expect((await t.client.post(url, { pointId }, { token: districtUser })).status).toBe(403);
    expect((await t.client.delete(`${url}/${pointId}`, { token: stranger })).status).toBe(404);
    expect((await t.client.delete(`${url}/${pointId}`, { token: organizer })).status).toBe(204);
    expect((await t.client.delete(`${url}/${pointId}`, { token: organizer })).status).toBe(404);
  });
});
