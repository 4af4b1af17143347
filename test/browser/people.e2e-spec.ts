import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newContext, saveScreenshots, seriousAxeViolations, signInContext } from '../support/browser';
import { createOrganization, createPerson, publishedEvent, registerAll, userWith } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';
import { withClient } from '../support/test-database';

describe('web app: namesakes told apart in the pickers, duplicates merged on /organizer/people', () => {
  let t: TestApp;
  let browser: Browser;
  let organizer: string;
  let organizerUser: unknown;
  let orgId: string;
  let forumId: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp();
    browser = await launchBrowser();
    orgId = (
      await createOrganization(t, { name: { kk: 'Жаңақала ауданының әкімдігі', ru: 'Акимат Жангалинского района' } })
    ).id;
    const otherOrg = await createOrganization(t, {
      name: { kk: 'Бөкейорда ауданының әкімдігі', ru: 'Акимат Бокейординского района' },
    });
    // The organizer keeps both districts' directories: namesakes are listed only to who may merge them.
    organizer = await userWith(t, [
      { role: 'organizer', kind: 'organization', id: orgId },
      { role: 'organizer', kind: 'organization', id: otherOrg.id },
    ]);
    organizerUser = (await t.client.get('/api/v1/auth/me', { token: organizer })).body;
    // Two akims of one name in two districts, and a record of the first typed again without details.
    ids.first = (await createPerson(t, 'Жұмағалиев Ерлан', { organizationId: orgId })).id;
    ids.second = (
      await createPerson(t, 'Жұмағалиев Ерлан', {
        organizationId: otherOrg.id,
        position: { kk: 'Аудан әкімінің орынбасары', ru: 'Заместитель акима района' },
      })
    ).id;
    ids.copy = (await createPerson(t, 'Сағынтаев  Бақыт', { organizationId: orgId })).id;
    ids.original = (await createPerson(t, 'Сағынтаев Бақыт', { organizationId: orgId })).id;
    forumId = (await publishedEvent(t, organizer, [orgId])).id;
    await registerAll(t, organizer, forumId, [ids.copy]);
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function openAsOrganizer(path: string, viewportName: 'phone' | 'desktop' = 'phone'): Promise<Page> {
    const context = await newContext(browser, t.client.baseUrl, { viewportName, bypassCSP: true });
    await signInContext(context, organizer, organizerUser);
    const page = await context.newPage();
    await page.goto(path);
    return page;
  }

  it('shows the position and organization beside each namesake in the organizer’s person picker', async () => {
    const page = await openAsOrganizer(`/organizer/events/${forumId}?tab=people&lang=kk`);
    await page.getByLabel('Адамдар тізімі').check();
    await page.getByLabel('Тізімге адам қосу').fill('жұмағали');
    const first = page.getByRole('button', { name: /Жұмағалиев Ерлан — Ауыл әкімі, Жаңақала ауданының әкімдігі/ });
    const second = page.getByRole('button', {
      name: /Жұмағалиев Ерлан — Аудан әкімінің орынбасары, Бөкейорда ауданының әкімдігі/,
    });
    await first.waitFor();
    await second.waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshots(page, 'people-picker-namesakes');
    await page.context().close();
  });

  it('lists duplicates on a phone in Russian and merges the copy into the record chosen, with its registration', async () => {
    const page = await openAsOrganizer('/organizer/people?lang=ru');
    await page.getByRole('heading', { level: 1, name: 'Дубликаты людей' }).waitFor();
    const group = page.getByRole('form', { name: /«Сағынтаев {1,2}Бақыт»: записей — 2/ });
    await group.waitFor();
    // The namesakes of two districts are one group too, each with its organization shown.
    await page.getByRole('form', { name: /«Жұмағалиев Ерлан»: записей — 2/ }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshots(page, 'people-duplicates');

    const radios = group.getByRole('radio');
    expect(await radios.count()).toBe(2);
    // Keep the record made second (the original), merge the copy into it.
    await group.locator(`input[value="${ids.original}"]`).check();
    await group.getByRole('button', { name: 'Объединить' }).click();
    await page.getByText(/записи объединены\. Перенесено: регистраций 1/).waitFor();
    await page.getByRole('form', { name: /Сағынтаев/ }).waitFor({ state: 'detached' });
    expect(await seriousAxeViolations(page)).toEqual([]);

    const rows = await withClient(t.databaseUrl, async (client) => {
      const people = await client.query(`SELECT id FROM people WHERE id = ANY($1)`, [[ids.copy, ids.original]]);
      const regs = await client.query(`SELECT person_id FROM registrations WHERE event_id = $1`, [forumId]);
      return { people: people.rows.map((r) => r.id), regs: regs.rows.map((r) => r.person_id) };
    });
    expect(rows).toEqual({ people: [ids.original], regs: [ids.original] });
    await page.context().close();
  });

  it('says why a merge is refused, in the reader’s language', async () => {
    // Both namesakes hold a place in the same forum: a merge would leave it two registrations (409), and the page says so.
    await registerAll(t, organizer, forumId, [ids.first, ids.second]);
    const page = await openAsOrganizer('/organizer/people?lang=kk', 'desktop');
    const group = page.getByRole('form', { name: /«Жұмағалиев Ерлан»: 2 жазба/ });
    await group.getByRole('button', { name: 'Біріктіру' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    // The API's refusal in Kazakh (MERGE_BOTH_REGISTERED's message, naming the forum), not a code.
    expect(await alert.innerText()).toMatch(/[әғқңөұүһі]/);
    expect(await alert.innerText()).not.toMatch(/MERGE_BOTH_REGISTERED|409/);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(
      (await withClient(t.databaseUrl, (c) => c.query('SELECT 1 FROM people WHERE id = $1', [ids.second]))).rowCount,
    ).toBe(1);
    await page.context().close();
  });
});
