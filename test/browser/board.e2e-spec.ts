import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newContext, saveScreenshots, seriousAxeViolations, signInContext } from '../support/browser';
import { createPerson, userWith } from '../support/factories';
import { eventually } from '../support/eventually';
import { startTestApp, type TestApp } from '../support/test-app';

const ALMATY = 'almaty-oblast-rural-akims-forum';
/** A browser test does many steps; on a shared, loaded machine each takes seconds. */
const BROWSER_TEST_MS = 180_000;

describe('web app: the live attendance board', () => {
  let t: TestApp;
  let browser: Browser;
  let eventId: string;
  let organizer: string;
  let badges: string[];

  async function boardPage(token: string, viewportName: 'phone' | 'desktop' = 'desktop', bypassCSP = false) {
    const me = (await t.client.get('/api/v1/auth/me', { token })).body;
    const context = await newContext(browser, t.client.baseUrl, { viewportName, bypassCSP });
    await signInContext(context, token, me);
    const page = await context.newPage();
    return { context, page };
  }

  const total = (page: Page, which: 'registered' | 'present' | 'percent'): Promise<string | null> =>
    page.getByTestId(`total-${which}`).textContent();

  beforeAll(async () => {
    t = await startTestApp({ DEMO_DATA: 'true' });
    browser = await launchBrowser();
    const event = (await t.client.get(`/api/v1/events/${ALMATY}`)).body;
    eventId = event.id;
    organizer = await userWith(t, [{ role: 'organizer', kind: 'organization', id: event.organizerIds[0] }]);
    // Delegates count for the quorum: more than half of them must be present. The forum is opened today (its
    // sessions stay where they are), so that check-ins at its door count: made before it, they would not.
    const patched = await t.client.patch(
      `/api/v1/events/${eventId}`,
      { quorum: { roles: ['delegate'], fraction: 0.5 }, startsAt: new Date(Date.now() - 3_600_000).toISOString() },
      { token: organizer, headers: { 'if-match': String(event.version) } },
    );
    expect(patched.status).toBe(200);
    // Rural akims of three rural districts of Zhambyl district, one of Ile, and a journalist without a region.
    const people = [
      ['Ерлан Сәрсенов', 'KZ-19-ZHAMBYL-AKSENGIR', 'delegate'],
      ['Гүлнар Сағынғалиева', 'KZ-19-ZHAMBYL-AKSENGIR', 'delegate'],
      ['Бауыржан Есенғалиев', 'KZ-19-ZHAMBYL-UZYNAGASH', 'delegate'],
      ['Айгүл Төлегенова', 'KZ-19-ILE-BAISERKE', 'delegate'],
      ['Нұрлан Әбенов', undefined, 'press'],
    ] as const;
    badges = [];
    for (const [name, regionCode, role] of people) {
      const person = await createPerson(t, name, regionCode ? { regionCode } : { category: 'press' });
      const registered = await t.client.post(
        `/api/v1/events/${eventId}/registrations`,
        { personId: person.id, role },
        { token: organizer },
      );
      expect(registered.body.status).toBe('registered');
      badges.push(registered.body.badgeCode);
    }
    const checkedIn = await t.client.post(
      `/api/v1/events/${eventId}/check-ins`,
      { badgeCode: badges[0] },
      {
        token: organizer,
      },
    );
    expect(checkedIn.body.status).toBe('checked_in');
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it(
    'shows registered and present by region, role and session with quorum, and updates after a check-in without a reload',
    async () => {
      const { context, page } = await boardPage(organizer);
      await page.goto(`/board/${eventId}`);
      await page.getByTestId('total-registered').waitFor();
      expect(await total(page, 'registered')).toBe('5');
      expect(await total(page, 'present')).toBe('1');
      expect(await total(page, 'percent')).toBe('20%');
      expect(await page.locator('h1').textContent()).toBe('Алматы облысы ауыл әкімдерінің алғашқы форумы');

      // The region tree: Almaty oblast unfolds into its districts, Zhambyl district into its rural districts.
      const regions = page.locator('table', { has: page.locator('caption', { hasText: 'Өңірлер бойынша' }) });
      const oblast = regions.locator('tbody tr').first();
      expect(await oblast.locator('th').textContent()).toContain('Алматы облысы');
      expect(await oblast.locator('td').nth(0).textContent()).toBe('4');
      expect(await oblast.locator('td').nth(1).textContent()).toBe('1');
      const zhambyl = regions.locator('tbody tr', { hasText: 'Жамбыл ауданы' });
      await zhambyl.getByRole('button', { name: /ашу/ }).click();
      const aksengir = regions.locator('tbody tr', { hasText: 'Ақсеңгір' });
      await aksengir.waitFor();
      expect(await aksengir.locator('td').nth(0).textContent()).toBe('2');
      // Coverage of a district: rural districts that sent someone and those present.
      expect(await zhambyl.locator('td.coverage').textContent()).toMatch(/ішкі өңірдің 1-нен келді \(2-нен тіркелді\)/);
      expect(await regions.locator('tbody tr', { hasText: 'Өңірі көрсетілмеген' }).count()).toBe(1);

      const roles = page.locator('table', { has: page.locator('caption', { hasText: 'Рөлдер бойынша' }) });
      expect(await roles.locator('tbody tr', { hasText: 'Делегат' }).locator('td').nth(0).textContent()).toBe('4');
      expect(await roles.locator('tbody tr', { hasText: 'Баспасөз' }).locator('td').nth(0).textContent()).toBe('1');
      const sessions = page.locator('table', { has: page.locator('caption', { hasText: 'Отырыстар бойынша' }) });
      expect(await sessions.locator('tbody tr').count()).toBeGreaterThan(2);

      // Quorum of the event: 4 delegates, 3 needed, 1 present.
      const eventQuorum = page.locator('.quorum tbody tr', { hasText: 'Іс-шара тұтастай' });
      expect(await eventQuorum.textContent()).toContain('Кворум жоқ');
      expect(await eventQuorum.getAttribute('class')).toBe('not-reached');
      await saveScreenshots(page, 'board');

      // Two more delegates arrive at the door: the board follows within seconds, no reload.
      let reloaded = false;
      page.on('framenavigated', () => (reloaded = true));
      for (const badgeCode of [badges[1], badges[2]]) {
        const done = await t.client.post(`/api/v1/events/${eventId}/check-ins`, { badgeCode }, { token: organizer });
        expect(done.body.status).toBe('checked_in');
      }
      const started = Date.now();
      await page.getByTestId('total-present').filter({ hasText: /^3$/ }).waitFor({ timeout: 15_000 });
      expect(Date.now() - started).toBeLessThan(15_000);
      expect(await total(page, 'percent')).toBe('60%');
      await eventQuorum.filter({ hasText: 'Кворум бар' }).waitFor();
      expect(await eventQuorum.getAttribute('class')).toBe('reached');
      expect(reloaded).toBe(false);
      await saveScreenshots(page, 'board-quorum');

      // In Russian, after the switch.
      await page.getByRole('link', { name: 'Русский' }).click();
      await page.getByText('Кворум есть').first().waitFor();
      expect(await page.locator('.total-label').first().textContent()).toBe('Зарегистрировано');
      await context.close();
    },
    BROWSER_TEST_MS,
  );

  it(
    'stops asking while the page is hidden and asks again at once when it is shown',
    async () => {
      const { context, page } = await boardPage(organizer, 'phone');
      // The page's own count of the polls it starts and of those answered, and a clock the test moves: waits on
      // these conditions instead of on guessed times.
      await page.addInitScript(`{
        const polls = (window.__polls = { started: 0, settled: 0 });
        const fetch = window.fetch.bind(window);
        window.fetch = (input, init) => {
          if (!String(input instanceof Request ? input.url : input).includes('/attendance?')) {
            return fetch(input, init);
          }
          polls.started++;
          return fetch(input, init).finally(() => polls.settled++);
        };
      }`);
      await page.clock.install();
      const polls = (): Promise<{ started: number; settled: number }> => page.evaluate('window.__polls');
      await page.goto(`/board/${ALMATY}`);
      await page.getByTestId('total-registered').waitFor();
      await saveScreenshots(page, 'board-tablet');
      await page.evaluate(
        `Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
         document.dispatchEvent(new Event('visibilitychange'))`,
      );
      // A poll already under way may still land; after that, silence, however long the page stays hidden (here
      // twenty seconds of the page's time, eight poll intervals, run at once).
      const whileHidden = await eventually(async () => {
        const now = await polls();
        expect(now.settled).toBe(now.started);
        return now.started;
      });
      expect(whileHidden).toBeGreaterThan(0);
      await page.clock.runFor(20_000);
      expect((await polls()).started).toBe(whileHidden);
      await page.evaluate(
        `Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'visible' });
         document.dispatchEvent(new Event('visibilitychange'))`,
      );
      await eventually(async () => expect((await polls()).started).toBeGreaterThan(whileHidden));
      await context.close();
    },
    BROWSER_TEST_MS,
  );

  it(
    'downloads the attendance list as CSV and XLSX with the signed-in token',
    async () => {
      const { context, page } = await boardPage(organizer);
      await page.goto(`/board/${eventId}`);
      await page.getByTestId('total-registered').waitFor();

      const [csv] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'CSV жүктеу' }).click(),
      ]);
      expect(csv.suggestedFilename()).toBe(`attendance-${ALMATY}.csv`);
      const text = readFileSync((await csv.path())!, 'utf8');
      expect(text.startsWith('\uFEFFАты-жөні;')).toBe(true);
      expect(text).toContain('Гүлнар Сағынғалиева');
      expect(text.trim().split('\r\n')).toHaveLength(6);

      const [xlsx] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Excel (XLSX) жүктеу' }).click(),
      ]);
      expect(xlsx.suggestedFilename()).toBe(`attendance-${ALMATY}.xlsx`);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(readFileSync((await xlsx.path())!) as unknown as ArrayBuffer);
      const sheet = workbook.worksheets[0];
      expect(sheet.rowCount).toBe(6);
      expect(sheet.getRow(1).getCell(1).value).toBe('Аты-жөні');
      await context.close();
    },
    BROWSER_TEST_MS,
  );

  it(
    'tells a checker and a participant they have no access, in their language',
    async () => {
      const checker = await userWith(t, [{ role: 'checker', kind: 'event', id: eventId }]);
      const participant = await userWith(t, []);
      for (const token of [checker, participant]) {
        const { context, page } = await boardPage(token, 'phone');
        let attendanceAsked = false;
        page.on('request', (request) => {
          attendanceAsked ||= request.url().includes('/attendance');
        });
        await page.goto(`/board/${eventId}`);
        const alert = page.getByRole('alert');
        await alert.waitFor();
        expect(await alert.textContent()).toContain('Бұл тақтаны тек осы іс-шараның ұйымдастырушылары мен хатшылары');
        expect(await page.getByTestId('total-registered').count()).toBe(0);
        expect(attendanceAsked).toBe(false);
        await context.close();
      }
      // And the API itself refuses them both.
      for (const token of [checker, participant]) {
        expect((await t.client.get(`/api/v1/events/${eventId}/attendance`, { token })).status).toBe(403);
      }
    },
    BROWSER_TEST_MS,
  );

  it(
    'has no serious accessibility violations on the board',
    async () => {
      const { context, page } = await boardPage(organizer, 'desktop', true);
      await page.goto(`/board/${eventId}`);
      await page.getByTestId('total-registered').waitFor();
      expect(await seriousAxeViolations(page)).toEqual([]);
      await context.close();
    },
    BROWSER_TEST_MS,
  );
});
