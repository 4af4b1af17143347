import type { Browser } from 'playwright-core';
import {
  adoptionRecord,
  adoptionSession,
  createOrganization,
  createPerson,
  publishedEvent,
  registerAll,
  underWay,
  userWith,
} from '../support/factories';
import { launchBrowser, newContext, saveScreenshots, signInContext } from '../support/browser';
import { startTestApp, type TestApp } from '../support/test-app';

describe('web app: target indicators in the execution view', () => {
  let t: TestApp;
  let browser: Browser;
  let secretary: string;
  let resolutionId: string;
  let pointId: string;

  beforeAll(async () => {
    t = await startTestApp();
    browser = await launchBrowser();
    const host = await createOrganization(t, {
      name: { kk: 'Жамбыл облысы әкімдігі', ru: 'Акимат Жамбылской области' },
    });
    const district = await createOrganization(t, { name: { kk: 'Тараз қаласы әкімдігі', ru: 'Акимат города Тараз' } });
    const organizer = await userWith(t, [{ role: 'organizer', kind: 'organization', id: host.id }]);
    const eventId = (await publishedEvent(t, organizer, [host.id], { ...underWay(), quorum: { memberCount: 3 } })).id;
    const sessionId = await adoptionSession(t, organizer, eventId);
    secretary = await userWith(t, [{ role: 'secretary', kind: 'event', id: eventId }]);
    const members = [];
    for (let i = 1; i <= 3; i++) {
      members.push((await createPerson(t, `Актив мүшесі ${i}`)).id);
    }
    const badges = (await registerAll(t, organizer, eventId, members)).map((r) => r.body.badgeCode);
    for (const badgeCode of badges) {
      await t.client.post(`/api/v1/events/${eventId}/check-ins`, { badgeCode, sessionId }, { token: organizer });
    }
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
    resolutionId = created.body.id;
    pointId = created.body.points[0].id;
    const added = await t.client.post(
      `/api/v1/resolutions/${resolutionId}/points/${pointId}/indicators`,
      { name: { kk: 'Мектеп салу', ru: 'Строительство школ' }, unit: { kk: 'дана', ru: 'шт.' }, target: 12 },
      { token: secretary },
    );
    expect(added.status).toBe(201);
    const chair = await createPerson(t, 'Ербол Қарашөкеев');
    const adopted = await t.client.post(
      `/api/v1/resolutions/${resolutionId}/adopt`,
      { votesFor: 3, votesAgainst: 0, votesAbstained: 0, ...adoptionRecord(chair.id) },
      { token: secretary },
    );
    expect(adopted.status).toBe(200);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it("shows each point's indicators with progress and lets the secretary report the value reached", async () => {
    const context = await newContext(browser, t.client.baseUrl);
    await signInContext(context, secretary, (await t.client.get('/api/v1/auth/me', { token: secretary })).body);
    const page = await context.newPage();
    await page.goto('/secretary/execution?lang=ru');
    const card = page.locator(`[data-point="${pointId}"]`);
    await card.getByText('Строительство школ: 0 из 12 шт. (0%)').waitFor();
    expect(await card.getByRole('heading', { level: 4, name: 'Целевые показатели' }).count()).toBe(1);

    const field = card.getByLabel('Достигнуто, шт.');
    await field.fill('-2');
    await card.getByRole('button', { name: 'Сохранить значение' }).click();
    await card.getByText('Введите неотрицательное число').waitFor();

    await field.fill('7');
    await card.getByRole('button', { name: 'Сохранить значение' }).click();
    await card.getByText('Строительство школ: 7 из 12 шт. (58.3%)').waitFor();
    await saveScreenshots(page, 'secretary-execution-indicators');
    const stored = (await t.client.get(`/api/v1/resolutions/${resolutionId}`, { token: secretary })).body;
    expect(stored.points[0].indicators[0]).toMatchObject({ target: 12, actual: 7 });
    await context.close();
  });
});
