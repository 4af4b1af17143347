import {
  adoptionRecord,
  adoptionSession,
  bulkPeople,
  createOrganization,
  createPerson,
  publishedEvent,
  registerAll,
  underWay,
  userWith,
} from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';
import { withClient } from '../support/test-database';

describe('target indicators of resolution points', () => {
  let t: TestApp;
  let district: { id: string };
  let organizer: string;
  let secretary: string;
  let districtUser: string;
  let stranger: string;
  let eventId: string;
  let sessionId: string;
  let chair: { id: string };
  let badges: string[];

  const schools = {
    name: { kk: 'Мектеп салу', ru: 'Строительство школ' },
    unit: { kk: 'дана', ru: 'шт.' },
    target: 12,
  };
  const path = (id: string, pointId: string, indicatorId = ''): string =>
    `/api/v1/resolutions/${id}/points/${pointId}/indicators${indicatorId ? `/${indicatorId}` : ''}`;

  const draftResolution = async (): Promise<{ id: string; pointId: string }> => {
    const created = await t.client.post(
      `/api/v1/events/${eventId}/resolutions`,
      {
        title: { kk: 'Жол картасы туралы', ru: 'О дорожной карте' },
        sessionId,
        points: [
          {
            text: { kk: 'Ауылдарда мектептер салу', ru: 'Построить школы в сёлах' },
            responsibleOrganizationId: district.id,
          },
        ],
      },
      { token: secretary },
    );
    expect(created.status).toBe(201);
    return { id: created.body.id, pointId: created.body.points[0].id };
  };

  beforeAll(async () => {
    t = await startTestApp();
    const org = await createOrganization(t, {
      name: { kk: 'Жамбыл облысы әкімдігі', ru: 'Акимат Жамбылской области' },
    });
    district = await createOrganization(t, { name: { kk: 'Тараз қаласы әкімдігі', ru: 'Акимат города Тараз' } });
    organizer = await userWith(t, [{ role: 'organizer', kind: 'organization', id: org.id }]);
    eventId = (await publishedEvent(t, organizer, [org.id], { ...underWay(), quorum: { memberCount: 4 } })).id;
    sessionId = await adoptionSession(t, organizer, eventId);
    secretary = await userWith(t, [{ role: 'secretary', kind: 'event', id: eventId }]);
    districtUser = await userWith(t, [{ role: 'organizer', kind: 'organization', id: district.id }]);
    stranger = await userWith(t, [{ role: 'organizer', kind: 'organization', id: (await createOrganization(t)).id }]);
    chair = await createPerson(t, 'Ербол Қарашөкеев');
    const people = await bulkPeople(t, 4, (n) => ({ fullName: { kk: `Мүше ${n}` } }));
    badges = (await registerAll(t, organizer, eventId, people)).map((r) => r.body.badgeCode);
    for (const badge of badges.slice(0, 3)) {
      await t.client.post(`/api/v1/events/${eventId}/check-ins`, { badgeCode: badge, sessionId }, { token: organizer });
    }
  });
  afterAll(async () => {
    await t.close();
  });

  it('adds, edits and removes indicators on a draft point, and refuses bad input in the reader’s language', async () => {
    const { id, pointId } = await draftResolution();
    const added = await t.client.post(path(id, pointId), { ...schools, actual: 0 }, { token: secretary });
    expect(added.status).toBe(201);
    expect(added.body.indicators).toEqual([
      expect.objectContaining({ number: 1, name: 'Мектеп салу', unit: 'дана', target: 12, actual: 0, percent: 0 }),
    ]);
    const roads = await t.client.post(
      path(id, pointId),
      { name: { kk: 'Жол жөндеу', ru: 'Ремонт дорог' }, unit: { kk: 'км', ru: 'км' }, target: 42.5 },
      { token: organizer, headers: { cookie: 'akim_lang=ru' } },
    );
    expect(roads.body.indicators.map((i: { name: string }) => i.name)).toEqual(['Строительство школ', 'Ремонт дорог']);
    const [first, second] = roads.body.indicators as { id: string }[];

    const edited = await t.client.patch(path(id, pointId, first.id), { target: 14 }, { token: secretary });
    expect(edited.status).toBe(200);
    expect(edited.body.indicators[0]).toMatchObject({ target: 14 });

    const removed = await t.client.delete(path(id, pointId, first.id), { token: secretary });
    expect(removed.status).toBe(200);
    expect(removed.body.indicators).toEqual([expect.objectContaining({ id: second.id, number: 1, target: 42.5 })]);

    for (const body of [
      { ...schools, target: -1 },
      { ...schools, target: 'двенадцать' },
      { ...schools, name: { kk: 'Мектеп' } },
      { ...schools, actual: -3 },
    ]) {
      const bad = await t.client.post(path(id, pointId), body, {
        token: secretary,
        headers: { cookie: 'akim_lang=ru' },
      });
      expect(bad.status).toBe(400);
      expect(bad.body).toMatchObject({ code: 'VALIDATION_FAILED' });
      expect(bad.body.message).toMatch(/[а-яА-Я]/);
      expect(bad.body.details?.length ?? bad.body.errors?.length).toBeGreaterThan(0);
    }
    const badPatch = await t.client.patch(path(id, pointId, second.id), { actual: -1 }, { token: secretary });
    expect(badPatch.status).toBe(400);
    expect(
      (
        await t.client.patch(
          path(id, pointId, '00000000-0000-4000-8000-000000000000'),
          { actual: 1 },
          { token: secretary },
        )
      ).status,
    ).toBe(404);
  });

  it('denies those outside the event: no token, a stranger, the responsible body for targets', async () => {
    const { id, pointId } = await draftResolution();
    const added = await t.client.post(path(id, pointId), schools, { token: secretary });
    const indicatorId = added.body.indicators[0].id as string;

    expect((await t.client.post(path(id, pointId), schools)).status).toBe(401);
    expect((await t.client.patch(path(id, pointId, indicatorId), { actual: 1 })).status).toBe(401);
    expect((await t.client.delete(path(id, pointId, indicatorId))).status).toBe(401);
    for (const token of [stranger, districtUser]) {
      expect((await t.client.post(path(id, pointId), schools, { token })).status).toBe(403);
      expect((await t.client.patch(path(id, pointId, indicatorId), { target: 1 }, { token })).status).toBe(403);
      expect((await t.client.delete(path(id, pointId, indicatorId), { token })).status).toBe(403);
    }
    expect((await t.client.patch(path(id, pointId, indicatorId), { actual: 1 }, { token: stranger })).status).toBe(403);
  });

  it('fixes the target on adoption (in the API and the database) while the actual value keeps being reported', async () => {
    const { id, pointId } = await draftResolution();
    const added = await t.client.post(path(id, pointId), schools, { token: secretary });
    const indicatorId = added.body.indicators[0].id as string;
    const adopted = await t.client.post(
      `/api/v1/resolutions/${id}/adopt`,
      { votesFor: 3, votesAgainst: 0, votesAbstained: 0, ...adoptionRecord(chair.id) },
      { token: secretary },
    );
    expect(adopted.status).toBe(200);

    const fixed = await t.client.patch(
      path(id, pointId, indicatorId),
      { target: 20 },
      { token: secretary, headers: { cookie: 'akim_lang=kk' } },
    );
    expect(fixed.status).toBe(409);
    expect(fixed.body).toMatchObject({ code: 'INDICATOR_TARGET_FIXED' });
    expect(fixed.body.message).toContain('жоспарлы мәні өзгермейді');
    expect((await t.client.post(path(id, pointId), schools, { token: secretary })).body.code).toBe(
      'INDICATOR_TARGET_FIXED',
    );
    expect((await t.client.delete(path(id, pointId, indicatorId), { token: secretary })).status).toBe(409);

    // The responsible district reports what it reached: 7 of 12 schools.
    const reported = await t.client.patch(path(id, pointId, indicatorId), { actual: 7 }, { token: districtUser });
    expect(reported.status).toBe(200);
    expect(reported.body.indicators[0]).toMatchObject({ target: 12, actual: 7, percent: 58.3 });

    // The database refuses a changed target, a new or a removed indicator of an adopted act, whatever the code does.
    await withClient(t.databaseUrl, async (c) => {
      await expect(
        c.query(`UPDATE point_indicators SET target_value = 20 WHERE id = $1`, [indicatorId]),
      ).rejects.toThrow(/adopted act/);
      await expect(
        c.query(`UPDATE point_indicators SET unit = '{"kk":"км","ru":"км"}' WHERE id = $1`, [indicatorId]),
      ).rejects.toThrow(/adopted act/);
      await expect(c.query(`DELETE FROM point_indicators WHERE id = $1`, [indicatorId])).rejects.toThrow(/adopted act/);
      await expect(
        c.query(
          `INSERT INTO point_indicators (point_id, position, name, unit, target_value) VALUES ($1, 2, $2, $2, 1)`,
          [pointId, JSON.stringify({ kk: 'x', ru: 'y' })],
        ),
      ).rejects.toThrow(/adopted act/);
      await c.query(`UPDATE point_indicators SET actual_value = 8 WHERE id = $1`, [indicatorId]);
      await expect(
        c.query(`UPDATE point_indicators SET actual_value = -1 WHERE id = $1`, [indicatorId]),
      ).rejects.toThrow(/check constraint/);
    });

    // The public act shows the indicators.
    const publicView = await t.client.get(`/api/v1/resolutions/${id}?lang=ru`);
    expect(publicView.status).toBe(200);
    expect(publicView.body.points[0].indicators).toEqual([
      expect.objectContaining({ name: 'Строительство школ', unit: 'шт.', target: 12, actual: 8 }),
    ]);
  });
});
