import { execFileSync } from 'node:child_process';
import type { Browser } from 'playwright-core';
import { launchBrowser, newContext, saveScreenshots, seriousAxeViolations, signInContext } from '../support/browser';
import { userAs } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';

/** A browser test does many steps; on a shared, loaded machine each takes seconds. */
const BROWSER_TEST_MS = 180_000;

describe('web app: my awards', () => {
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

  it(
    'a rural akim opens the letter of gratitude of the Almaty forum in /my on a phone, and the page passes axe',
    async () => {
      const found = await t.client.get(`/api/v1/people?q=${encodeURIComponent('Қасымшалов')}`, {
        token: await t.adminToken(),
      });
      const personId: string = found.body.items[0].id;
      const token = await userAs(t, personId);
      const me = (await t.client.get('/api/v1/auth/me', { token })).body;
      const context = await newContext(browser, t.client.baseUrl, {
        viewportName: 'phone',
        bypassCSP: true,
        acceptDownloads: true,
      });
      await signInContext(context, token, me);
      const page = await context.newPage();
      await page.goto('/my');

      const section = page.getByRole('region', { name: 'Менің марапаттарым' });
      const letter = section.getByRole('listitem').filter({ hasText: 'Алғыс хат' });
      await letter.waitFor();
      expect(await letter.textContent()).toContain('Алматы облысы ауыл әкімдерінің алғашқы форумы');
      expect(await letter.textContent()).toContain('№ 1/');
      expect(await letter.textContent()).toContain('Марат Сұлтанғазиев');
      await saveScreenshots(page, 'my-awards');
      expect(await seriousAxeViolations(page)).toEqual([]);

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        letter.getByRole('button', { name: 'PDF жүктеу' }).click(),
      ]);
      const file = await download.path();
      const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
      expect(text).toContain('АЛҒЫС ХАТ');
      expect(text).toContain('Ержан Қасымшалов');

      // The verification link opens the public page of this letter, in Russian on request.
      await letter.getByRole('link', { name: 'Түпнұсқалығын тексеру' }).click();
      await page.waitForURL((url) => url.pathname.startsWith('/verify/'));
      expect(await page.locator('h2').first().textContent()).toContain('Сәйкес келеді');
      expect(await page.content()).toContain('Ержан Қасымшалов');
      await context.close();
    },
    BROWSER_TEST_MS,
  );
});
