import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  adoptionSession,
  createOrganization,
  createPerson,
  publishedEvent,
  registerAll,
  UNDER_WAY_SINCE,
  underWay,
  userAs,
  userWith,
} from '../support/factories';
import { launchBrowser, newContext, saveScreenshot, seriousAxeViolations, signInContext } from '../support/browser';
import { startTestApp, type TestApp } from '../support/test-app';

const TABLET = { width: 768, height: 1024 };
const PHONE = { width: 390, height: 844 };

describe('web app: the live protocol on the secretary tablet', () => {
  let t: TestApp;
  let browser: Browser;
  let secretary: string;
  let second: string;
  let chairToken: string;
  let eventId: string;
  let district: { id: string };
  let plenaryId: string;
  let adoptionId: string;

  const asSecretary = async (): Promise<{ context: BrowserContext; page: Page }> => {
    const context = await newContext(browser, t.client.baseUrl, { bypassCSP: true, viewport: TABLET });
    await signInContext(context, secretary, (await t.client.get('/api/v1/auth/me', { token: secretary })).body);
    return { context, page: await context.newPage() };
  };

  beforeAll(async () => {
    t = await startTestApp();
    browser = await launchBrowser();
    const host = await createOrganization(t, { name: { kk: 'БҚО әкімдігі', ru: 'Акимат ЗКО' } });
    district = await createOrganization(t, { name: { kk: 'Бөрлі ауданы әкімдігі', ru: 'Акимат Бурлинского района' } });
    const organizer = await userWith(t, [{ role: 'organizer', kind: 'organization', id: host.id }]);
    eventId = (
      await publishedEvent(t, organizer, [host.id], {
        title: { kk: 'Мәслихат сессиясы', ru: 'Сессия маслихата' },
        ...underWay(),
        quorum: { roles: ['delegate'] },
      })
    ).id;
    const chair = await createPerson(t, 'Нариман Төреғалиев', { position: { kk: 'Облыс әкімі', ru: 'Аким области' } });
    const clerk = await createPerson(t, 'Айгүл Сейітова', { position: { kk: 'Хатшы', ru: 'Секретарь' } });
    const speaker = await createPerson(t, 'Бақытжан Ахметов', { position: { kk: 'Аудан әкімі', ru: 'Аким района' } });
    const plenary = await t.client.post(
      `/api/v1/events/${eventId}/sessions`,
      {
        kind: 'plenary',
        title: { kk: 'Ауыл жолдары туралы', ru: 'О сельских дорогах' },
        startsAt: `${UNDER_WAY_SINCE}T10:00:00+05:00`,
        endsAt: `${UNDER_WAY_SINCE}T12:00:00+05:00`,
        moderatorIds: [chair.id],
        speakers: [{ personId: speaker.id, topic: { kk: 'Жол жөндеу', ru: 'Ремонт дорог' } }],
      },
      { token: organizer },
    );
    expect(plenary.status).toBe(201);
    plenaryId = plenary.body.id;
    adoptionId = await adoptionSession(t, organizer, eventId);
    const members = [
      (await createPerson(t, 'Депутат Бір')).id,
      (await createPerson(t, 'Депутат Екі')).id,
      (await createPerson(t, 'Депутат Үш')).id,
    ];
    const badges = (await registerAll(t, organizer, eventId, members)).map((r) => r.body.badgeCode);
    for (const badgeCode of badges.slice(0, 2)) {
      await t.client.post(`/api/v1/events/${eventId}/check-ins`, { badgeCode }, { token: organizer });
    }
    secretary = await userAs(t, clerk.id, [{ role: 'secretary', kind: 'event', id: eventId }]);
    second = await userWith(t, [{ role: 'secretary', kind: 'event', id: eventId }]);
    chairToken = await userAs(t, chair.id);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('starts the protocol from the agenda, keeps it during the meeting with another secretary, and signs it', async () => {
    const { context, page } = await asSecretary();
    await page.goto('/secretary?lang=kk');
    await page.getByRole('button', { name: 'Хаттама жасау' }).click();
    await page.getByRole('heading', { level: 1, name: 'Мәслихат сессиясы: хаттама' }).waitFor();
    await page.getByText('Қатысқандар: 2 (барлығы 3 мүше)').first().waitFor();
    const protocolId = page.url().split('/').pop()!;
    const item = (await t.client.get(`/api/v1/protocols/${protocolId}`, { token: secretary })).body.items[0];
    const card = page.locator('section.pr-item').first();
    await card.getByText('Бақытжан Ахметов, Аудан әкімі — «Жол жөндеу»').waitFor();

    await card.getByRole('button', { name: 'Қарауды бастау' }).click();
    await card.getByText('қаралуда').waitFor();

    // A speech from the floor by a name said in the hall.
    await card.locator('summary', { hasText: 'Сөйлегенді қосу' }).click();
    await page.locator(`#speech-${item.id}-name-kk`).fill('Ғалым Жұмабаев');
    await page.locator(`#speech-${item.id}-name-ru`).fill('Галым Жумабаев');
    await page.locator(`#speech-${item.id}-summary-kk`).fill('Жолды жөндеуді сұрады');
    await page.locator(`#speech-${item.id}-summary-ru`).fill('Попросил отремонтировать дорогу');
    await card.getByRole('button', { name: 'Сөйлегенді қосу' }).click();
    await card.getByText('Ғалым Жұмабаев').waitFor();

    // The summary saves itself when typing pauses.
    await page.locator(`#item-${item.id}-summary-kk`).fill('Баяндама тыңдалды');
    await page.locator(`#item-${item.id}-summary-ru`).fill('Заслушан доклад');
    await card.getByText('Сақталды').waitFor();
    expect(
      (await t.client.get(`/api/v1/protocols/${protocolId}?lang=ru`, { token: secretary })).body.items[0].summary,
    ).toBe('Заслушан доклад');

    // Meanwhile the second secretary appends a line: it shows up on this tablet without a reload.
    const other = await t.client.post(
      `/api/v1/protocols/${protocolId}/items/${item.id}/speeches`,
      { name: { kk: 'Сәуле Қайырова', ru: 'Сауле Кайырова' } },
      { token: second },
    );
    expect(other.status).toBe(201);
    await card.getByText('Сәуле Қайырова').waitFor({ timeout: 15_000 });
    await card.getByText('Ғалым Жұмабаев').waitFor();

    // An instruction to a district akimat.
    await card.locator('summary', { hasText: 'Тапсырма қосу' }).click();
    await page.locator(`#instruction-${item.id}-text-kk`).fill('Жолды жөндеу жоспарын ұсыну');
    await page.locator(`#instruction-${item.id}-text-ru`).fill('Представить план ремонта дороги');
    await page.locator(`#instruction-${item.id}-org-q`).fill('Бөрлі');
    await page
      .locator(`#instruction-${item.id}-org`)
      .locator(`option[value="${district.id}"]`)
      .waitFor({ state: 'attached' });
    await page.locator(`#instruction-${item.id}-org`).selectOption(district.id);
    await card.getByRole('button', { name: 'Тапсырма қосу' }).click();
    await card.getByText('Жолды жөндеу жоспарын ұсыну').waitFor();
    await card.locator('.pr-instructions').getByText('Бөрлі ауданы әкімдігі').waitFor();

    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'protocol-draft-tablet');

    // The chair signs from their own account; the secretary signs here, and the protocol is approved.
    expect((await t.client.post(`/api/v1/protocols/${protocolId}/sign`, undefined, { token: chairToken })).status).toBe(
      200,
    );
    await page.reload();
    await page.getByText('Қол қою басталды').waitFor();
    await page.getByRole('button', { name: 'Қол қою', exact: true }).click();
    await page.getByText('Хаттамаға қол қойылған: мәтіні өзгермейді.').waitFor();
    await page.getByText('№ 1/2026').first().waitFor();
    expect(await page.locator(`#item-${item.id}-summary-kk`).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Сөйлегенді қосу' }).count()).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.setViewportSize(PHONE);
    await saveScreenshot(page, 'protocol-approved-phone');

    // Its instruction is followed in the execution screen like a resolution's point.
    await page.setViewportSize(TABLET);
    await page.goto(`/secretary/execution?event=${eventId}`);
    const instruction = page.locator('li.sec-card', { hasText: '№ 1/2026 хаттама, 1-тапсырма' });
    await instruction.getByText('Жолды жөндеу жоспарын ұсыну').waitFor();
    await instruction.getByRole('button', { name: /^Орындалу барысын белгілеу/ }).click();
    await instruction.getByLabel('Орындалу пайызы').fill('40');
    await instruction.getByRole('button', { name: 'Белгілеу', exact: true }).click();
    await page.locator('li.sec-card', { hasText: '№ 1/2026 хаттама, 1-тапсырма' }).getByText('Орындалуы 40%').waitFor();
    await context.close();
  });

  it("starts a session's own protocol from the console, lists it beside the forum's, and shows the API's refusal", async () => {
    const { context, page } = await asSecretary();
    await page.goto('/secretary?lang=kk');
    const forum = page.locator('section.sec-forum', { hasText: 'Мәслихат сессиясы' });
    // The forum's protocol from the test above is listed; the session picker offers the sessions without one.
    await forum.getByRole('link', { name: 'Форумның хаттамасы' }).waitFor();
    await forum.locator('summary', { hasText: 'Отырыстың хаттамасын жасау' }).click();
    const picker = forum.getByLabel('Күн тәртібіндегі отырыс');
    await picker.selectOption(plenaryId);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.setViewportSize(PHONE);
    await saveScreenshot(page, 'protocols-by-forum-phone');
    await page.setViewportSize(TABLET);
    await forum.getByRole('button', { name: 'Хаттаманы бастау' }).click();

    // The protocol page says which session it is the protocol of, and its items are the session's.
    await page.getByRole('heading', { level: 1, name: '«Ауыл жолдары туралы» отырысының хаттамасы' }).waitFor();
    await page.getByText('Форум: Мәслихат сессиясы').waitFor();
    const protocolId = page.url().split('/').pop()!;
    const created = (await t.client.get(`/api/v1/protocols/${protocolId}`, { token: secretary })).body;
    expect(created).toMatchObject({ sessionId: plenaryId, status: 'draft' });
    await page.locator('section.pr-item').first().getByText('Бақытжан Ахметов, Аудан әкімі — «Жол жөндеу»').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);

    // Back on the list: both protocols, the forum's numbered, the session's a draft; the plenary is no longer offered.
    await page.getByRole('link', { name: /Форумдар тізіміне/ }).click();
    const session = forum.locator('li', { hasText: '«Ауыл жолдары туралы» отырысының хаттамасы' });
    await session.getByText('жоба').waitFor();
    await forum.locator('li', { hasText: 'Форумның хаттамасы' }).getByText('№ 1/2026').first().waitFor();
    await forum.locator('summary', { hasText: 'Отырыстың хаттамасын жасау' }).click();
    expect(await picker.locator(`option[value="${plenaryId}"]`).count()).toBe(0);

    // Another secretary starts the adoption session's protocol meanwhile: the API's refusal is shown in Kazakh.
    await picker.selectOption(adoptionId);
    const other = await t.client.post(
      `/api/v1/events/${eventId}/protocols`,
      { sessionId: adoptionId },
      { token: second },
    );
    expect(other.status).toBe(201);
    await forum.getByRole('button', { name: 'Хаттаманы бастау' }).click();
    await forum.getByText('Бұл отырыстың хаттамасы бар').waitFor();
    expect(page.url()).toMatch(/\/secretary(\?|$)/);
    await context.close();
  });
});
