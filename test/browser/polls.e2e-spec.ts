import type { Browser, Page } from 'playwright-core';
import {
  adoptionSession,
  createOrganization,
  createPerson,
  publishedEvent,
  registerAll,
  underWay,
  userAs,
  userWith,
} from '../support/factories';
import { launchBrowser, newContext, saveScreenshots, seriousAxeViolations, signInContext } from '../support/browser';
import { startTestApp, type TestApp } from '../support/test-app';

describe('web app: an electronic vote from the secretary console, the members’ phones and the hall screen', () => {
  let t: TestApp;
  let browser: Browser;
  let secretary: string;
  let eventId: string;
  let resolutionId: string;
  const memberTokens: string[] = [];

  const signedIn = async (token: string, viewportName: 'phone' | 'desktop'): Promise<Page> => {
    const context = await newContext(browser, t.client.baseUrl, { viewportName, bypassCSP: true });
    await signInContext(context, token, (await t.client.get('/api/v1/auth/me', { token })).body);
    return context.newPage();
  };

  beforeAll(async () => {
    t = await startTestApp();
    browser = await launchBrowser();
    const host = await createOrganization(t, {
      name: { kk: 'Маңғыстау облысының әкімдігі', ru: 'Акимат Мангистауской области' },
    });
    const organizer = await userWith(t, [{ role: 'organizer', kind: 'organization', id: host.id }]);
    eventId = (
      await publishedEvent(t, organizer, [host.id], {
        title: { kk: 'Белсенділер жиналысы', ru: 'Собрание активистов' },
        ...underWay(),
        quorum: { fraction: 0.5 },
      })
    ).id;
    // One agenda item, under which the protocol records the adopted resolution.
    await adoptionSession(t, organizer, eventId);
    const members = [];
    for (let i = 1; i <= 3; i++) {
      members.push((await createPerson(t, `Белсенді ${i}`)).id);
    }
    const badges = (await registerAll(t, organizer, eventId, members)).map((r) => r.body.badgeCode as string);
    for (const [i, badgeCode] of badges.entries()) {
      expect(
        (await t.client.post(`/api/v1/events/${eventId}/check-ins`, { badgeCode }, { token: organizer })).status,
      ).toBe(200);
      memberTokens.push(await userAs(t, members[i]));
    }
    secretary = await userWith(t, [{ role: 'secretary', kind: 'event', id: eventId }]);
    const draft = await t.client.post(
      `/api/v1/events/${eventId}/resolutions`,
      {
        title: { kk: 'Саябақты абаттандыру туралы', ru: 'О благоустройстве парка' },
        points: [{ text: { kk: 'Саябаққа орындықтар қою', ru: 'Установить в парке скамейки' } }],
      },
      { token: secretary },
    );
    expect(draft.status).toBe(201);
    resolutionId = draft.body.id;
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('opens the vote, shows it on a phone at once, counts on the hall screen within a second, closes and adopts', async () => {
    const console = await signedIn(secretary, 'desktop');
    await console.goto(`/secretary/resolutions/${resolutionId}?lang=ru`);
    await console.getByLabel('Электронное (с телефонов)').check();
    await console.getByRole('button', { name: 'Открыть голосование' }).click();
    await console.getByText('Проголосовали 0 из 3').waitFor();

    const screenContext = await newContext(browser, t.client.baseUrl, { bypassCSP: true });
    const screen = await screenContext.newPage();
    await screen.goto(`/screen/${eventId}?lang=ru`);
    await screen.getByRole('heading', { level: 2, name: 'О благоустройстве парка' }).waitFor();
    await screen.getByText('Проголосовали 0 из 3').waitFor();
    expect(await seriousAxeViolations(screen)).toEqual([]);

    // A member's phone shows the vote card without reloading; the vote is theirs to change until it closes.
    const phone = await signedIn(memberTokens[0], 'phone');
    await phone.goto('/my?lang=kk');
    await phone.getByText('Саябақты абаттандыру туралы').waitFor();
    await phone.getByRole('button', { name: 'Қарсымын' }).click();
    await phone.getByText('Сіздің дауысыңыз: Қарсымын').waitFor();
    await phone.getByRole('button', { name: 'Қолдаймын' }).click();
    await phone.getByText('Сіздің дауысыңыз: Қолдаймын').waitFor();
    expect(await phone.getByRole('button', { name: 'Қолдаймын' }).getAttribute('aria-pressed')).toBe('true');
    expect(await seriousAxeViolations(phone)).toEqual([]);
    await saveScreenshots(phone, 'vote-card');
    await screen.getByText('Проголосовали 1 из 3').waitFor();

    // The next vote reaches the wall within a second of its answer.
    const voted = await t.client.put(
      `/api/v1/polls/${await pollId()}/votes/me`,
      { choice: 'for' },
      { token: memberTokens[1] },
    );
    expect(voted.status).toBe(200);
    const answeredAt = Date.now();
    await screen.getByText('Проголосовали 2 из 3').waitFor({ timeout: 1000 });
    expect(Date.now() - answeredAt).toBeLessThan(1000);
    expect(await screen.locator('body').innerText()).not.toMatch(/Белсенді/);
    await saveScreenshots(screen, 'hall-screen');

    await console.getByText('Проголосовали 2 из 3').waitFor();
    await console.getByRole('button', { name: 'Завершить голосование' }).click();
    await console.getByText('Решение принято (2 «за», нужно не меньше 2)').waitFor();
    await screen.getByTestId('screen-result').getByText('Решение принято').waitFor();
    // Who signs and where it was adopted, asked whichever way the vote was taken (issue 22, item 2).
    await console.locator('#poll-chairId-q').fill('Белсенді 1');
    await console.locator('#poll-chairId option', { hasText: 'Белсенді 1' }).waitFor({ state: 'attached' });
    await console.locator('#poll-chairId').selectOption({ index: 1 });
    await console.locator('#poll-place-kk').fill('Тараз қаласы');
    await console.locator('#poll-place-ru').fill('г. Тараз');
    await console.getByRole('button', { name: 'Принять по итогам голосования' }).click();
    await console.getByTestId('resolution-number').waitFor();
    await console.getByText('За — 2, против — 0, воздержались — 0; присутствовали — 3.').waitFor();
    await console.getByText('Электронное (с телефонов)').waitFor();
    const code = await console.getByTestId('verification-code').locator('a').textContent();
    expect(code).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
    expect(await seriousAxeViolations(console)).toEqual([]);
    // The closed vote leaves the phone.
    await phone.getByText('Саябақты абаттандыру туралы').waitFor({ state: 'detached' });

    // The protocol's screen lists who voted how under the resolution.
    const protocol = await t.client.post(`/api/v1/events/${eventId}/protocols`, {}, { token: secretary });
    expect(protocol.status).toBe(201);
    await console.goto(`/secretary/protocols/${protocol.body.id}?lang=ru`);
    await console.getByText('Кто как голосовал (3)').click();
    await console.getByText('Белсенді 1, Аким села — за').waitFor();
    await console.getByText('Белсенді 2, Аким села — за').waitFor();
    await console.getByText('Белсенді 3, Аким села — не голосовал').waitFor();
    expect(await seriousAxeViolations(console)).toEqual([]);
  });

  async function pollId(): Promise<string> {
    const polls = await t.client.get(`/api/v1/resolutions/${resolutionId}/polls`, { token: secretary });
    return polls.body[0].id as string;
  }
});
