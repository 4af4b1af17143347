import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newContext, saveScreenshots, seriousAxeViolations, signInContext } from '../support/browser';
import {
  atDayFromNow,
  createOrganization,
  createPerson,
  publishedEvent,
  registerAll,
  underWay,
  userWith,
} from '../support/factories';
import { pdfBytes } from '../support/materials';
import { startTestApp, type TestApp } from '../support/test-app';

/** A browser test does many steps; on a shared, loaded machine each takes seconds. */
const BROWSER_TEST_MS = 180_000;

describe('web app: the organizer console’s Materials and Awards tabs', () => {
  let t: TestApp;
  let browser: Browser;
  let dataDir: string;
  let organizer: string;
  let eventId: string;

  const openAs = async (viewportName: 'desktop' | 'phone'): Promise<{ context: BrowserContext; page: Page }> => {
    const context = await newContext(browser, t.client.baseUrl, {
      viewportName,
      bypassCSP: true,
      acceptDownloads: true,
    });
    await signInContext(context, organizer, (await t.client.get('/api/v1/auth/me', { token: organizer })).body);
    return { context, page: await context.newPage() };
  };
  const materials = async () =>
    (await t.client.get(`/api/v1/events/${eventId}/materials`, { token: organizer })).body as {
      id: string;
      visibility: string;
      titles: { kk: string };
    }[];

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'akim-outcomes-'));
    t = await startTestApp({ DATA_DIR: dataDir });
    browser = await launchBrowser();
    const org = await createOrganization(t, {
      name: { kk: 'Алматы облысының әкімдігі', ru: 'Акимат Алматинской области' },
    });
    organizer = await userWith(t, [{ role: 'organizer', kind: 'organization', id: org.id }]);
    eventId = (await publishedEvent(t, organizer, [org.id], underWay())).id;
    const session = await t.client.post(
      `/api/v1/events/${eventId}/sessions`,
      {
        kind: 'plenary',
        title: { kk: 'Пленарлық отырыс', ru: 'Пленарное заседание' },
        startsAt: atDayFromNow(1, '11:00'),
        endsAt: atDayFromNow(1, '12:00'),
      },
      { token: organizer },
    );
    expect(session.status).toBe(201);
    await createPerson(t, 'Марат Сұлтанғазиев', { category: 'oblast_akim' });
    const akims = [
      await createPerson(t, 'Ержан Қасымшалов', { category: 'rural_akim', regionCode: 'KZ-19' }),
      await createPerson(t, 'Жанар Исабекова', { category: 'rural_akim', regionCode: 'KZ-19' }),
    ];
    await registerAll(
      t,
      organizer,
      eventId,
      akims.map((a) => a.id),
    );
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it(
    'uploads a material with its titles, lists it with its size and versions, changes who reads it and deletes it (desktop, kk)',
    async () => {
      const { context, page } = await openAs('desktop');
      await page.goto(`/organizer/events/${eventId}?tab=materials`);
      await page.getByRole('heading', { name: 'Материал жүктеу' }).waitFor();
      await page.locator('#m-file').setInputFiles({
        name: 'baiandama.pdf',
        mimeType: 'application/pdf',
        buffer: pdfBytes('Облыс әкімінің баяндамасы'),
      });
      await page.getByLabel('Атауы қазақша').fill('Облыс әкімінің баяндамасы');
      await page.getByLabel('Атауы орысша').fill('Доклад акима области');
      await page.getByLabel('Сессия').selectOption({ label: 'Пленарлық отырыс' });
      await page.getByRole('button', { name: 'Жүктеу', exact: true }).click();
      await page.getByText('«Облыс әкімінің баяндамасы» жүктелді').waitFor();
      const row = page.getByRole('row').filter({ hasText: 'Облыс әкімінің баяндамасы' });
      expect(await row.textContent()).toContain('Пленарлық отырыс');
      expect(await row.textContent()).toContain(`${pdfBytes('Облыс әкімінің баяндамасы').length} Б`);
      expect(await row.textContent()).toContain('1-нұсқа');
      expect((await materials()).map((m) => [m.titles.kk, m.visibility])).toEqual([
        ['Облыс әкімінің баяндамасы', 'public'],
      ]);
      await saveScreenshots(page, 'organizer-materials');
      expect(await seriousAxeViolations(page)).toEqual([]);

      await page.getByLabel('«Облыс әкімінің баяндамасы» кімге қолжетімді').selectOption('staff');
      await page.getByText('Сақталды').waitFor();
      expect((await materials())[0].visibility).toBe('staff');

      page.once('dialog', (dialog) => void dialog.accept());
      await page.getByRole('button', { name: '«Облыс әкімінің баяндамасы» жою' }).click();
      await page.getByText('«Облыс әкімінің баяндамасы» жойылды').waitFor();
      expect(await materials()).toEqual([]);
      await page.getByText('Әзірге материал жоқ.').waitFor();
      await context.close();
    },
    BROWSER_TEST_MS,
  );

  it(
    'issues letters of gratitude to registrations picked one by one, downloads them all, and revokes one (desktop, kk)',
    async () => {
      const { context, page } = await openAs('desktop');
      await page.goto(`/organizer/events/${eventId}?tab=awards`);
      await page.getByRole('heading', { name: 'Марапат беру' }).waitFor();
      await page.getByLabel('Ержан Қасымшалов').check();
      await page.getByLabel('Жанар Исабекова').check();
      await page.getByLabel('Қол қоятын').fill('Сұлтанғазиев');
      await page.getByRole('button', { name: /Марат Сұлтанғазиев/ }).click();
      await page.getByText('Қол қоятын: Марат Сұлтанғазиев').waitFor();
      await page.getByRole('button', { name: 'Беру', exact: true }).click();
      await page.getByText('Берілді: 2').waitFor();
      const table = page.getByRole('table', { name: 'Марапаттар: 2' });
      expect(await table.textContent()).toContain('Алғыс хат');
      expect(await table.textContent()).toContain('№ 1/');
      expect(await seriousAxeViolations(page)).toEqual([]);

      const [pdf] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Барлығы бір PDF' }).click(),
      ]);
      expect(pdf.suggestedFilename()).toBe('awards.pdf');
      const [zip] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'ZIP, әрқайсысына PDF' }).click(),
      ]);
      expect(zip.suggestedFilename()).toBe('awards.zip');

      await page.getByLabel('Кері қайтару себебі: Жанар Исабекова').fill('Қате берілді');
      await page.getByRole('button', { name: 'Жанар Исабекова марапатын кері қайтару' }).click();
      await page.getByText('Жанар Исабекова марапаты кері қайтарылды').waitFor();
      const awards = (await t.client.get(`/api/v1/events/${eventId}/awards`, { token: organizer })).body as {
        recipient: { name: string };
        revokedAt: string | null;
        verificationCode: string;
      }[];
      const revoked = awards.find((a) => a.recipient.name === 'Жанар Исабекова')!;
      expect(revoked.revokedAt).not.toBeNull();
      expect((await t.client.get(`/api/v1/verify/${revoked.verificationCode}`)).body.revoked).toBe(true);
      expect(awards.find((a) => a.recipient.name === 'Ержан Қасымшалов')!.revokedAt).toBeNull();
      await saveScreenshots(page, 'organizer-awards');
      await context.close();
    },
    BROWSER_TEST_MS,
  );

  it(
    'shows both tabs in Russian at phone size, the issue form by category and region included, and axe is clean',
    async () => {
      const { context, page } = await openAs('phone');
      await page.goto(`/organizer/events/${eventId}?tab=awards`);
      await page.getByRole('heading', { name: 'Марапат беру' }).waitFor();
      await page.getByRole('link', { name: 'Русский' }).click();
      await page.getByRole('heading', { name: 'Выдать награды' }).waitFor();
      await page.getByLabel('По категории и региону').check();
      await page.getByLabel('Категория').selectOption('rural_akim');
      await page.getByLabel('Код региона (KZ-19 или код КАТО)').fill('KZ-19');
      expect(await page.getByRole('table', { name: 'Наград: 2' }).textContent()).toContain('отозвана');
      expect(await seriousAxeViolations(page)).toEqual([]);
      await page.getByRole('link', { name: 'Материалы' }).click();
      await page.getByRole('heading', { name: 'Загрузить материал' }).waitFor();
      await page.getByText('Материалов пока нет.').waitFor();
      expect(await seriousAxeViolations(page)).toEqual([]);
      await saveScreenshots(page, 'organizer-materials-phone');
      await context.close();
    },
    BROWSER_TEST_MS,
  );
});
