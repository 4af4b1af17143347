import { networkInterfaces } from 'node:os';
import type { Browser } from 'playwright-core';
import { launchBrowser, newContext } from '../support/browser';
import { startTestApp, type TestApp } from '../support/test-app';

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
    // Signed out, the door asks for sign-in: what matters is that the app ran at all.
    await page.waitForFunction("(document.getElementById('root')?.childElementCount ?? 0) > 0");
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
});
