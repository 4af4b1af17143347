import { randomBytes } from 'node:crypto';
import { createOrganization, dayFromNow, userWith } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * The control room's text search reads a stored, folded column (migration ControlSearch): a query in
 * other letter case and without Kazakh letters finds a point, and a point edited later is found by
 * its new wording only.
 */
describe('control room search', () => {
  let t: TestApp;
  let organizer: string;
  let planId: string;
  let pointId: string;
  // A word of this run's own, so that points other specs made never match.
  const tag = `zq${randomBytes(4).toString('hex')}`;
  const ids = async (q: string): Promise<string[]> => {
    const found = await t.client.get(`/api/v1/control/points?q=${encodeURIComponent(q)}&limit=200`, {
      token: organizer,
    });
    expect(found.status).toBe(200);
    return found.body.items.map((p: { id: string }) => p.id);
  };

  beforeAll(async () => {
    t = await startTestApp();
    const owner = (await createOrganization(t, { name: { kk: 'Іздеу әкімдігі', ru: 'Акимат поиска' } })).id;
    organizer = await userWith(t, [{ role: 'organizer', kind: 'organization', id: owner }]);
    const plan = await t.client.post(
      '/api/v1/plans',
      {
        title: { kk: 'Іздеу жоспары', ru: 'План поиска' },
        ownerOrganizationId: owner,
        startsOn: dayFromNow(-30),
        endsOn: dayFromNow(4 * 365),
      },
      { token: organizer },
    );
    expect(plan.status).toBe(201);
    planId = plan.body.id;
    const point = await t.client.post(
      `/api/v1/plans/${planId}/points`,
      {
        text: { kk: `Ғимараттың шатырын жөндеу ${tag}`, ru: `Ремонт крыши здания ${tag}` },
        responsibleOrganizationId: owner,
      },
      { token: organizer },
    );
    expect(point.status).toBe(201);
    pointId = point.body.id;
  });

  afterAll(async () => {
    await t.close();
  });

  it('finds a point by a query in another case and without Kazakh letters', async () => {
    expect(await ids(`ГИМАРАТТЫН ${tag.toUpperCase()}`)).toEqual([pointId]);
    expect(await ids(`Ғимараттың ${tag}`)).toEqual([pointId]);
    expect(await ids(`КРЫШИ ${tag}`)).toEqual([pointId]);
    expect(await ids(`озен ${tag}`)).toEqual([]);
  });

  it('finds a point edited later by its new wording, and no more by the old one', async () => {
    const edited = await t.client.patch(
      `/api/v1/plans/${planId}/points/${pointId}`,
      { text: { kk: `Өзенді тазарту ${tag}`, ru: `Очистка реки ${tag}` } },
      { token: organizer },
    );
    expect(edited.status).toBe(200);
    expect(await ids(`ОЗЕНДИ ${tag}`)).toEqual([pointId]);
    expect(await ids(`очистка ${tag}`)).toEqual([pointId]);
    expect(await ids(`гимарат ${tag}`)).toEqual([]);
  });
});
