import type { Browser } from 'playwright-core';
import { launchBrowser, newContext, saveScreenshots, seriousAxeViolations } from '../support/browser';
import { ADMIN, startTestApp, type TestApp } from '../support/test-app';

describe('web app: the shell and signing in', () => {
  let t: TestApp;
  let browser: Browser;
  beforeAll(async () => {
    t = await startTestApp();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('serves the shell at every app address, in the language asked, with hashed assets cached for a year', async () => {
    const shell = await t.client.get('/login?lang=ru');
    expect(shell.status).toBe(200);
    expect(shell.headers.get('content-type')).toContain('text/html');
    expect(shell.text).toContain('<html lang="ru"');
    expect(shell.headers.get('set-cookie')).toContain('akim_lang=ru');
    const remembered = await t.client.get('/check-in', { headers: { cookie: 'akim_lang=en' } });
    expect(remembered.text).toContain('<html lang="en"');
    const asset = /src="(\/assets\/[^"]+\.js)"/.exec(shell.text)?.[1];
    expect(asset).toBeDefined();
    const script = await t.client.get(asset!);
    expect(script.status).toBe(200);
    expect(script.headers.get('cache-control')).toContain('max-age=31536000');
    expect((await t.client.get('/assets/missing.js')).status).toBe(404);
  });

  it('signs in in Kazakh by default, shows a refusal in Russian after the switch, and goes on to the next page', async () => {
    const context = await newContext(browser, t.client.baseUrl, { viewportName: 'phone' });
    const page = await context.newPage();
    await page.goto('/login?next=/my');
    await page.locator('h1').waitFor();
    expect(await page.locator('h1').textContent()).toBe('Жүйеге кіру');
    expect(await page.getAttribute('html', 'lang')).toBe('kk');
    await saveScreenshots(page, 'login');

    await page.getByRole('link', { name: 'Русский' }).click();
    expect(await page.locator('h1').textContent()).toBe('Вход в систему');
    expect(await page.getAttribute('html', 'lang')).toBe('ru');
    await page.getByLabel('Электронная почта').fill(ADMIN.email);
    await page.getByLabel('Пароль').fill('not-the-password');
    await page.getByRole('button', { name: 'Войти' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/[А-Яа-я]/);

    await page.getByLabel('Пароль').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Войти' }).click();
    await page.waitForURL((url) => url.pathname === '/my');
    expect(await page.evaluate('localStorage.getItem("akim.token")')).toBeTruthy();
    // The choice is remembered for the next page, also across a reload.
    await page.goto('/login');
    expect(await page.locator('h1').textContent()).toBe('Вход в систему');
    await context.close();
  });

  it('never follows a next address of another site', async () => {
    const email = `p${Date.now()}@test.kz`;
    await t.client.post(
      '/api/v1/users',
      { email, password: 'password-123', roles: ['participant'], scopes: [] },
      { token: await t.adminToken() },
    );
    const context = await newContext(browser, t.client.baseUrl);
    const page = await context.newPage();
    await page.goto('/login?next=//evil.example/phish');
    await page.getByLabel('Электрондық пошта').fill(email);
    await page.getByLabel('Құпиясөз').fill('password-123');
    await page.getByRole('button', { name: 'Кіру' }).click();
    await page.waitForURL((url) => url.pathname === '/my');
    expect(new URL(page.url()).host).toBe(new URL(t.client.baseUrl).host);
    await context.close();
  });

  it('has no serious accessibility violations on the sign-in page', async () => {
    const context = await newContext(browser, t.client.baseUrl, { bypassCSP: true });
    const page = await context.newPage();
    await page.goto('/login');
    await page.locator('h1').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await context.close();
  });
});
