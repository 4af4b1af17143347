import { networkInterfaces } from 'node:os';
import type { Browser } from 'playwright-core';
import { launchBrowser, newContext } from '../support/browser';
import { ADMIN, startTestApp, type TestApp } from '../support/test-app';

/** The machine's first non-loopback IPv4 address: how a phone on the venue's Wi-Fi reaches the laptop. */
function venueAddress(): string {
  const address = Object.values(networkInterfaces())
    .flat()
    .find((entry) => entry && entry.family === 'IPv4' && !entry.internal)?.address;
  if (!address) {
    throw new Error('this machine has no non-loopback IPv4 address to test the venue network with');
  }
  return address;
}

describe('web app: a phone on the venue network, over plain HTTP', () => {
  let t: TestApp;
  let browser: Browser;
  beforeAll(async () => {
    t = await startTestApp({ DEMO_DATA: 'true' }, undefined, { host: '0.0.0.0', address: venueAddress() });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('loads sign-in, the door, a public page and the API docs with every script and style, and a favicon', async () => {
    expect(t.client.baseUrl).not.toContain('127.0.0.1');
    const context = await newContext(browser, t.client.baseUrl, { viewportName: 'phone' });
    const page = await context.newPage();
    const failed: string[] = [];
    page.on('requestfailed', (request) => failed.push(`${request.url()} ${request.failure()?.errorText}`));
    const icons: number[] = [];
    page.on('response', (response) => {
      if (new URL(response.url()).pathname === '/favicon.ico') {
        icons.push(response.status());
      }
    });

    await page.goto('/login');
    await page.getByLabel('Электрондық пошта').waitFor();
    await page.goto('/check-in');
    // Signed out, the door sends the phone to sign-in: that it does so shows the app ran at all.
    // Waiting for that redirect keeps it from cancelling the next navigation.
    await page.waitForURL(/\/login\?next=%2Fcheck-in/);
    await page.getByLabel('Электрондық пошта').waitFor();
    await page.goto('/events/wko-rural-akims-forum');
    await page.locator('h1').waitFor();
    await page.goto('/api/docs');
    await page.locator('.swagger-ui .info').waitFor();

    expect(failed).toEqual([]);
    const favicon = await context.request.get('/favicon.ico');
    expect(favicon.status()).toBe(200);
    expect(favicon.headers()['content-type']).toBe('image/x-icon');
    expect(icons.every((status) => status === 200)).toBe(true);
    await context.close();
  });

  it('signs in on the phone and opens every app there: the organizer, the secretary, the door, the board, /my', async () => {
    const events = await t.client.get('/api/v1/events', { token: await t.adminToken() });
    const eventId = (events.body.items as { id: string }[])[0]?.id;
    expect(eventId).toBeDefined();
    const context = await newContext(browser, t.client.baseUrl, { viewportName: 'phone' });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('requestfailed', (request) => {
      // A navigation cancels the previous page's loads (ERR_ABORTED): not a failure of the server.
      if (request.failure()?.errorText !== 'net::ERR_ABORTED') {
        problems.push(`${request.url()} ${request.failure()?.errorText}`);
      }
    });
    page.on('console', (message) => {
      if (message.type() === 'error') {
        problems.push(`console: ${message.text()}`);
      }
    });
    await page.goto('/login?next=/organizer');
    await page.getByLabel('Электрондық пошта').fill(ADMIN.email);
    await page.getByLabel('Құпиясөз').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Кіру' }).click();
    await page.waitForURL((url) => url.pathname === '/organizer');
    for (const path of ['/organizer', '/secretary', '/check-in', `/board/${eventId}`, '/my']) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      expect(await page.evaluate("document.getElementById('root')?.innerText.trim().length ?? 0")).toBeGreaterThan(0);
    }
    expect(problems).toEqual([]);
    // Over plain HTTP the door says what works (typed codes, search) and what needs https (camera, offline).
    await page.goto('/check-in');
    await page.locator('[data-not-secure]').waitFor();
    expect(await page.locator('[data-not-secure]').textContent()).toContain('https');
    await context.close();
  });
});
