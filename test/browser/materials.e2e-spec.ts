import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { launchBrowser, newContext, saveScreenshots, seriousAxeViolations, signInContext } from '../support/browser';
import { createPerson, userAs } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';

const ALMATY = 'almaty-oblast-rural-akims-forum';

describe("web app: a delegate takes a forum's materials home on a phone", () => {
  let t: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    t = await startTestApp({ DEMO_DATA: 'true' });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('lists the materials with their sizes under the registration and downloads one, axe clean', async () => {
    const delegate = await createPerson(t, 'Ерлан Сәрсенов');
    const token = await userAs(t, delegate.id);
    const registered = await t.client.post(`/api/v1/events/${ALMATY}/registrations`, {}, { token });
    expect(registered.body.status).toBe('registered');
    const materials = (await t.client.get(`/api/v1/events/${ALMATY}/materials?lang=kk`, { token })).body as {
      id: string;
      title: string;
      size: number;
      sizeLabel: string;
      visibility: string;
    }[];
    // A registered delegate also gets the participants' draft.
    expect(materials.some((m) => m.visibility === 'participants')).toBe(true);

    const context = await newContext(browser, t.client.baseUrl, { viewportName: 'phone', bypassCSP: true });
    await signInContext(context, token, (await t.client.get('/api/v1/auth/me', { token })).body);
    const page = await context.newPage();
    await page.goto('/my');
    const section = page.locator('li.registration section.materials');
    await section.getByRole('heading', { name: 'Материалдар' }).waitFor();
    const items = section.locator('li');
    expect(await items.count()).toBe(materials.length);
    for (const material of materials) {
      await section.getByText(`(PDF, ${material.sizeLabel})`).first().waitFor();
    }
    await saveScreenshots(page, 'my-materials');
    expect(await seriousAxeViolations(page)).toEqual([]);

    const wanted = materials.find((m) => m.visibility === 'participants')!;
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      section.getByRole('button', { name: `${wanted.title} жүктеу, ${wanted.sizeLabel}` }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${wanted.title}.pdf`);
    const saved = readFileSync((await download.path())!);
    expect(saved.length).toBe(wanted.size);
    expect(saved.subarray(0, 5).toString()).toBe('%PDF-');
    await context.close();
  }, 180_000);
});
