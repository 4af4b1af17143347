import type { AgendaSession } from '@app/contracts';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser, newContext, saveScreenshot, saveScreenshots, seriousAxeViolations } from '../support/browser';
import { startTestApp, type TestApp } from '../support/test-app';

const ALMATY = 'almaty-oblast-rural-akims-forum';
const ORAL = 'oral-offsite-session-qaladan-auylga';

interface ApiAgenda {
  event: { title: string };
  days: { sessions: AgendaSession[] }[];
}

const allSessions = (agenda: ApiAgenda): AgendaSession[] =>
  agenda.days.flatMap((d) => d.sessions.flatMap((s) => [s, ...s.children]));

describe('public pages in a browser', () => {
  let t: TestApp;
  let browser: Browser;
  let kk: ApiAgenda;
  let ru: ApiAgenda;

  beforeAll(async () => {
    t = await startTestApp({ DEMO_DATA: 'true' });
    browser = await launchBrowser();
    kk = (await t.client.get(`/api/v1/events/${ALMATY}/agenda?lang=kk`)).body;
    ru = (await t.client.get(`/api/v1/events/${ALMATY}/agenda?lang=ru`)).body;
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('shows the Almaty forum agenda in Kazakh, switches to Russian, and remembers the choice', async () => {
    const context = await newContext(browser, t.client.baseUrl, { viewportName: 'phone' });
    const page = await context.newPage();
    await page.goto(`/events/${ALMATY}`);
    expect(await page.getAttribute('html', 'lang')).toBe('kk');
    expect(await page.locator('h1').textContent()).toBe(kk.event.title);
    expect(await page.locator('h2').first().textContent()).toMatch(/^1-күн · \d{4} жылғы \d+ \S+$/);
    for (const session of allSessions(kk)) {
      expect(await page.getByRole('heading', { name: session.title, exact: true }).isVisible()).toBe(true);
    }
    expect(await page.getByRole('link', { name: 'Қазақша' }).getAttribute('aria-current')).toBe('true');
    await saveScreenshots(page, 'pages-forum');

    await page.getByRole('link', { name: 'Русский' }).click();
    await page.waitForURL((url) => url.searchParams.get('lang') === 'ru');
    expect(await page.getAttribute('html', 'lang')).toBe('ru');
    expect(await page.locator('h1').textContent()).toBe(ru.event.title);
    expect(await page.locator('h2').first().textContent()).toMatch(/^День 1 · \d+ \S+ \d{4} г\.$/);
    for (const session of allSessions(ru)) {
      expect(await page.getByRole('heading', { name: session.title, exact: true }).isVisible()).toBe(true);
    }
    expect(await page.getByText('Пленарное заседание').first().isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'Русский' }).getAttribute('aria-current')).toBe('true');
    await saveScreenshots(page, 'pages-forum-ru');

    // The choice is remembered: the list (and the React app) open in Russian.
    await page.getByRole('link', { name: 'Форумы', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/');
    expect(await page.getAttribute('html', 'lang')).toBe('ru');
    expect(await page.locator('h1').textContent()).toBe('Предстоящие форумы');
    await context.close();
  });

  it('is whole with JavaScript disabled: every session, moderator and speaker; the filter form works too', async () => {
    const context = await newContext(browser, t.client.baseUrl, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`/events/${ALMATY}`);
    const sessions = allSessions(kk);
    expect(await page.locator('h3, h4').count()).toBe(sessions.length);
    const text = await page.locator('main').innerText();
    for (const session of sessions) {
      expect(text).toContain(session.title);
      for (const person of [...session.moderators, ...session.speakers]) {
        expect(text).toContain(person.name);
      }
    }
    const speakers = sessions.reduce((sum, s) => sum + s.speakers.length, 0);
    expect(speakers).toBeGreaterThan(5);
    expect(await page.locator('ol.sp > li').count()).toBe(speakers);

    await page.goto('/');
    await page.getByLabel('Өңір').selectOption('KZ-27');
    await page.getByRole('button', { name: 'Көрсету' }).click();
    await page.waitForURL((url) => url.searchParams.get('region') === 'KZ-27');
    const links = await page.locator('main h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(['/events/wko-rural-akims-forum']);
    expect(await page.getByLabel('Өңір').inputValue()).toBe('KZ-27');
    await context.close();
  });

  it('lists the forums at phone and desktop size, with a skip link as the first stop of the keyboard', async () => {
    const context = await newContext(browser, t.client.baseUrl, { viewportName: 'phone' });
    const page = await context.newPage();
    await page.goto('/');
    expect(await page.locator('main h2 a').count()).toBe(2);
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement.textContent')).toBe('Негізгі мазмұнға өту');
    await page.keyboard.press('Enter');
    expect(await page.evaluate('document.activeElement.id')).toBe('main');
    await saveScreenshots(page, 'pages-list');
    await page.goto(`/events/${ORAL}`);
    await saveScreenshots(page, 'pages-forum-held');
    await page.goto('/events/no-such-forum');
    await saveScreenshot(page, 'pages-not-found-phone');
    await context.close();
  });

  it('prints a clean A4 programme: no navigation, language switch or buttons, sessions kept whole', async () => {
    const context = await newContext(browser, t.client.baseUrl);
    const page = await context.newPage();
    await page.goto(`/events/${ALMATY}`);
    expect(await page.locator('header').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header').isVisible()).toBe(false);
    expect(await page.locator('.btns').isVisible()).toBe(false);
    expect(await page.evaluate('getComputedStyle(document.querySelector("li.s")).breakInside')).toBe('avoid');
    expect(await page.getByRole('navigation', { name: 'Тіл' }).isVisible()).toBe(false);
    await saveScreenshot(page, 'pages-forum-print');

    const dir = join(process.cwd(), 'test/artifacts');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'pages-forum-print.pdf');
    await page.pdf({ path: file, preferCSSPageSize: true });
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:.*\(A4\)/);
    const printed = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(printed).toContain(kk.event.title);
    expect(printed).toContain(allSessions(kk).at(-1)!.title);
    expect(printed).not.toContain('Менің тіркелулерім');
    expect(printed).not.toContain('Күнтізбеге қосу');
    await context.close();
  });

  it('has no serious or critical accessibility violations on the list, a forum and the 404 page', async () => {
    const context = await newContext(browser, t.client.baseUrl, { bypassCSP: true });
    const page = await context.newPage();
    for (const path of ['/', `/events/${ALMATY}`, `/events/${ORAL}?lang=ru`, '/events/no-such-forum?lang=en']) {
      await page.goto(path);
      expect({ path, violations: await seriousAxeViolations(page) }).toEqual({ path, violations: [] });
    }
    await context.close();
  });
});
