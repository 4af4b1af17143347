import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newContext, saveScreenshots, seriousAxeViolations, signInContext } from '../support/browser';
import { createOrganization, createPerson, publishedEvent, userAs, userWith } from '../support/factories';
import { createDistricts, DISTRICTS } from '../support/districts';
import { startTestApp, type TestApp } from '../support/test-app';

describe('web app: a forum that reports by region asks the district and organization at registration', () => {
  let t: TestApp;
  let browser: Browser;
  let organizer: string;
  let orgId: string;
  let districtOrgId: string;
  let eventId: string;
  let flaggedId: string;
  const DISTRICT = DISTRICTS.zhanakala;
  const OTHER = DISTRICTS.bokeyOrda;

  beforeAll(async () => {
    t = await startTestApp();
    browser = await launchBrowser();
    await createDistricts(t);
    orgId = (await createOrganization(t)).id;
    districtOrgId = (
      await createOrganization(t, {
        regionCode: OTHER,
        name: { kk: 'Бөкей ордасы ауданының әкімдігі', ru: 'Акимат Бокейординского района' },
      })
    ).id;
    organizer = await userWith(t, [{ role: 'organizer', kind: 'organization', id: orgId }]);
    eventId = (await publishedEvent(t, organizer, [orgId])).id;
    flaggedId = (await publishedEvent(t, organizer, [orgId], { reportsByRegion: true })).id;
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function signedIn(token: string, path: string, viewportName: 'phone' | 'desktop' = 'phone'): Promise<Page> {
    const context = await newContext(browser, t.client.baseUrl, { viewportName, bypassCSP: true });
    await signInContext(context, token, (await t.client.get('/api/v1/auth/me', { token })).body);
    const page = await context.newPage();
    await page.goto(path);
    return page;
  }

  it('lets the organizer turn the report by district on in the forum’s details', async () => {
    const page = await signedIn(organizer, `/organizer/events/${eventId}?tab=details&lang=ru`, 'desktop');
    const box = page.getByLabel('Отчёт по районам: при регистрации спросить район и организацию делегата');
    await box.check();
    await page.getByRole('button', { name: 'Сохранить изменения' }).click();
    await page.getByText('Сохранено.').waitFor();
    const event = await t.client.get(`/api/v1/events/${eventId}`, { token: organizer });
    expect(event.body.reportsByRegion).toBe(true);
    await page.context().close();
  });

  it('prefills the delegate’s district and organization on a phone in Kazakh, and registers under the ones chosen', async () => {
    const person = await createPerson(t, 'Ғабдуллина Сәуле', { regionCode: DISTRICT, organizationId: orgId });
    const delegate = await userAs(t, person.id);
    const page = await signedIn(delegate, `/my?register=${flaggedId}&lang=kk`);
    const panel = page.locator('.register-panel');
    const district = panel.getByLabel('Аудан');
    await panel.getByRole('group', { name: 'Қайдан келесіз' }).waitFor();
    await page.waitForFunction('document.querySelector("#register-district")?.value !== ""');
    expect(await district.inputValue()).toBe(DISTRICT);
    expect(await panel.getByLabel('Ұйым').inputValue()).toBe(orgId);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshots(page, 'register-district');

    // Another district: its own organizations are offered.
    await district.selectOption(OTHER);
    await panel.getByRole('option', { name: 'Бөкей ордасы ауданының әкімдігі' }).waitFor({ state: 'attached' });
    await panel.getByLabel('Ұйым').selectOption(districtOrgId);
    await panel.getByRole('radio', { name: 'Делегат' }).check();
    await panel.getByRole('button', { name: 'Тіркелу' }).click();
    await panel.getByText('Сіз тіркелдіңіз').waitFor();
    const list = await t.client.get(`/api/v1/events/${flaggedId}/registrations`, { token: organizer });
    expect(list.body.items.find((r: { personId: string }) => r.personId === person.id).regionCode).toBe(OTHER);
    const report = await t.client.get(`/api/v1/events/${flaggedId}/attendance?by=organization`, { token: organizer });
    expect(report.body.groups.map((g: { key: string }) => g.key)).toContain(districtOrgId);
    await page.context().close();
  });

  it('points at the district when a delegate without one leaves it empty', async () => {
    const person = await createPerson(t, 'Тоқтаров Нұржан');
    const delegate = await userAs(t, person.id);
    const page = await signedIn(delegate, `/my?register=${flaggedId}&lang=ru`);
    const panel = page.locator('.register-panel');
    await panel.getByLabel('Район').waitFor();
    // The browser's own check would stop an empty required select: send it to the API to show its answer.
    await page.evaluate('document.querySelector("#register-district").removeAttribute("required")');
    await panel.getByRole('button', { name: 'Зарегистрироваться' }).click();
    await panel.locator('#register-district-error').waitFor();
    expect(await panel.getByLabel('Район').getAttribute('aria-invalid')).toBe('true');
    expect(await panel.locator('#register-district-error').innerText()).toMatch(/[а-я]/);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.context().close();
  });
});
