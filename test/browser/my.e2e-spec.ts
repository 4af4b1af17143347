import jsQR from 'jsqr';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newContext, saveScreenshots, seriousAxeViolations, signInContext } from '../support/browser';
import { createOrganization, createPerson, publishedEvent, userWith } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';

const ALMATY = 'almaty-oblast-rural-akims-forum';
const WKO = 'wko-rural-akims-forum';
const HELD = 'oral-offsite-session-qaladan-auylga';
/** A browser test does many steps; on a shared, loaded machine each takes seconds. */
const BROWSER_TEST_MS = 180_000;

/** Reads the pixels of a shown QR image in the page and decodes them here with jsQR. */
async function decodeQr(page: Page, selector: string): Promise<string | undefined> {
  // The test's TypeScript has no DOM types: the page's objects are reached through globalThis.
  const pixels = await page.locator(selector).evaluate(async (img: any) => {
    await img.decode();
    const size = 300;
    const canvas = (globalThis as any).document.createElement('canvas');
    canvas.width = size;
    canvas.height = size;
    const context = canvas.getContext('2d');
    context.imageSmoothingEnabled = false;
    context.drawImage(img, 0, 0, size, size);
    return { size, data: Array.from(context.getImageData(0, 0, size, size).data as number[]) };
  });
  return jsQR(Uint8ClampedArray.from(pixels.data), pixels.size, pixels.size)?.data;
}

describe('web app: my registrations, the badge, invitations', () => {
  let t: TestApp;
  let browser: Browser;
  let almatyId: string;
  let organizer: string;
  let fullEventId: string;

  async function participant(fullName: string): Promise<{ email: string; password: string }> {
    const email = `akim${Date.now()}${Math.random().toString(36).slice(2, 6)}@test.kz`;
    const created = await t.client.post(
      '/api/v1/users',
      { email, password: 'password-123', fullName, roles: ['participant'], scopes: [] },
      { token: await t.adminToken() },
    );
    expect(created.status).toBe(201);
    return { email, password: 'password-123' };
  }

  /** Signs in through the sign-in page, as a person would, landing back on `path`. */
  async function signedInPage(context: BrowserContext, path: string, account: { email: string; password: string }) {
    const page = await context.newPage();
    await page.goto(path);
    await page.waitForURL((url) => url.pathname === '/login');
    await page.getByLabel('Электрондық пошта').fill(account.email);
    await page.getByLabel('Құпиясөз').fill(account.password);
    await page.getByRole('button', { name: 'Кіру' }).click();
    await page.waitForURL((url) => url.pathname === '/my');
    return page;
  }

  beforeAll(async () => {
    t = await startTestApp({ DEMO_DATA: 'true' });
    browser = await launchBrowser();
    almatyId = (await t.client.get(`/api/v1/events/${ALMATY}`)).body.id;
    const org = await createOrganization(t);
    organizer = await userWith(t, [{ role: 'organizer', kind: 'organization', id: org.id }]);
    // A forum with one seat, already taken: the next one waits.
    fullEventId = (await publishedEvent(t, organizer, [org.id], { capacity: 1 })).id;
    const first = await createPerson(t, 'Асан Бірінші');
    const taken = await t.client.post(
      `/api/v1/events/${fullEventId}/registrations`,
      { personId: first.id },
      { token: organizer },
    );
    expect(taken.body.status).toBe('registered');
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it(
    'signs an akim in from the forum link, registers once, shows the status and the badge whose QR decodes to the badge code',
    async () => {
      const account = await participant('Ерлан Сәрсенов');
      const context = await newContext(browser, t.client.baseUrl, { viewportName: 'phone' });
      const page = await signedInPage(context, `/my?register=${almatyId}`, account);
      expect(new URL(page.url()).searchParams.get('register')).toBe(almatyId);

      const panel = page.locator('.register-panel');
      await panel.getByRole('heading', { name: 'Алматы облысы ауыл әкімдерінің алғашқы форумы' }).waitFor();
      await saveScreenshots(page, 'my-register');
      await panel.getByRole('radio', { name: 'Делегат' }).check();
      // A double tap: the button is held while the request runs, and the Idempotency-Key covers a retry.
      await panel.getByRole('button', { name: 'Тіркелу' }).dblclick();
      await panel.getByText('Сіз тіркелдіңіз. Кіреберісте QR-бейджді көрсетіңіз.').waitFor();

      const token = await t.client.login(account.email, account.password);
      const mine = (await t.client.get('/api/v1/registrations/mine', { token })).body;
      expect(mine).toHaveLength(1);
      expect(mine[0]).toMatchObject({ eventId: almatyId, status: 'registered', role: 'delegate' });
      const badgeCode: string = mine[0].badgeCode;

      const item = page.locator('li.registration');
      await item.getByText('Тіркелген', { exact: true }).waitFor();
      expect(await item.locator('h2').textContent()).toBe('Алматы облысы ауыл әкімдерінің алғашқы форумы');
      // Dates in the event's zone, in Kazakh.
      expect(await item.locator('dd').first().textContent()).toMatch(/\d{4}/);
      await saveScreenshots(page, 'my-registered');

      await item.getByRole('button', { name: 'QR-бейджді көрсету' }).click();
      const dialog = page.getByRole('dialog', { name: 'Ерлан Сәрсенов' });
      await dialog.waitFor();
      await dialog.locator('img.badge-qr').waitFor();
      expect(new URL(page.url()).searchParams.get('badge')).toBe(mine[0].id);
      expect(await decodeQr(page, 'img.badge-qr')).toBe(badgeCode);
      // The code in four groups of five, to read out or type at the door; the QR code holds it as stored.
      expect(await dialog.locator('.badge-code').textContent()).toContain(badgeCode.match(/.{5}/g)!.join('-'));
      expect(await dialog.textContent()).not.toContain(badgeCode);
      await saveScreenshots(page, 'my-badge');
      expect(await page.evaluate(`localStorage.getItem('akim.badge.${mine[0].id}')`)).toContain(
        'data:image/png;base64,',
      );

      // Once shown, the badge opens without a connection too (kept on the device as a data: URL).
      await dialog.getByRole('button', { name: 'Жабу' }).click();
      await item.waitFor();
      await context.setOffline(true);
      await item.getByRole('button', { name: 'QR-бейджді көрсету' }).click();
      await page.locator('img.badge-qr').waitFor();
      expect(await decodeQr(page, 'img.badge-qr')).toBe(badgeCode);
      await context.setOffline(false);
      await page.keyboard.press('Escape');
      await item.waitFor();

      // The same forum again: already in, no second registration.
      await page.goto(`/my?register=${ALMATY}`);
      await page.getByText('Сіз бұл іс-шараға тіркелгенсіз.').waitFor();
      expect((await t.client.get('/api/v1/registrations/mine', { token })).body).toHaveLength(1);
      await context.close();
    },
    BROWSER_TEST_MS,
  );

  it(
    "follows the reader's language: a Russian browser reads the forum and registers in Russian, as does a Russian account in a Kazakh browser",
    async () => {
      const email = `ru${Date.now()}@test.kz`;
      const created = await t.client.post(
        '/api/v1/users',
        { email, password: 'password-123', fullName: 'Мурат Мукаев', roles: ['participant'], language: 'ru' },
        { token: await t.adminToken() },
      );
      expect(created.status).toBe(201);

      // Chromium set to Russian, nobody signed in: the server pages and the sign-in in Russian.
      const ruBrowser = await newContext(browser, t.client.baseUrl, { viewportName: 'phone', locale: 'ru-RU' });
      const page = await ruBrowser.newPage();
      await page.goto('/');
      expect(await page.getAttribute('html', 'lang')).toBe('ru');
      await page.getByRole('heading', { level: 1, name: 'Предстоящие форумы' }).waitFor();
      await page.goto(`/events/${ALMATY}`);
      expect(await page.getAttribute('html', 'lang')).toBe('ru');
      await page.getByRole('link', { name: 'Зарегистрироваться' }).click();
      await page.waitForURL((url) => url.pathname === '/login');
      expect(await page.getAttribute('html', 'lang')).toBe('ru');
      await page.getByLabel('Электронная почта').fill(email);
      await page.getByLabel('Пароль').fill('password-123');
      await page.getByRole('button', { name: 'Войти' }).click();
      await page.waitForURL((url) => url.pathname === '/my');
      const panel = page.locator('.register-panel');
      const titleRu: string = (await t.client.get(`/api/v1/events/${ALMATY}?lang=ru`)).body.title;
      await panel.getByRole('heading', { name: titleRu }).waitFor();
      await panel.getByRole('button', { name: 'Зарегистрироваться' }).waitFor();
      expect(await panel.textContent()).toContain('Когда:');
      expect(await page.locator('h1').textContent()).toBe('Мои регистрации');
      expect(await page.getAttribute('html', 'lang')).toBe('ru');
      await saveScreenshots(page, 'my-register-ru');
      await ruBrowser.close();

      // The same account in a Kazakh browser: its own language, even when the device still holds it as Kazakh
      // (the app asks the server who is signed in).
      const token = await t.client.login(email, 'password-123');
      const me = (await t.client.get('/api/v1/auth/me', { token })).body;
      expect(me.language).toBe('ru');
      const kkBrowser = await newContext(browser, t.client.baseUrl, { viewportName: 'desktop' });
      await signInContext(kkBrowser, token, { ...me, language: 'kk' });
      const mine = await kkBrowser.newPage();
      await mine.goto(`/my?register=${WKO}`);
      await mine.locator('.register-panel').getByRole('button', { name: 'Зарегистрироваться' }).waitFor();
      expect(await mine.locator('h1').textContent()).toBe('Мои регистрации');
      expect(await mine.getAttribute('html', 'lang')).toBe('ru');
      // A language chosen on the device wins over the account's, on the next visit too.
      await mine.getByRole('link', { name: 'Қазақша' }).click();
      await mine.locator('.register-panel').getByRole('button', { name: 'Тіркелу' }).waitFor();
      await mine.reload();
      await mine.locator('.register-panel').getByRole('button', { name: 'Тіркелу' }).waitFor();
      expect(await mine.getAttribute('html', 'lang')).toBe('kk');
      expect(await mine.locator('h1').textContent()).toBe('Менің тіркелулерім');
      await kkBrowser.close();
    },
    BROWSER_TEST_MS,
  );

  it(
    'registers by slug as a guest, switches language, and cancels after a confirmation',
    async () => {
      const account = await participant('Гүлнар Сағынғалиева');
      const context = await newContext(browser, t.client.baseUrl, { viewportName: 'desktop' });
      const page = await signedInPage(context, `/my?register=${WKO}`, account);
      const panel = page.locator('.register-panel');
      await panel.getByRole('radio', { name: 'Қонақ' }).check();
      await panel.getByRole('button', { name: 'Тіркелу' }).click();
      await panel.getByText('Сіз тіркелдіңіз.', { exact: false }).waitFor();

      await page.getByRole('link', { name: 'Русский' }).click();
      const item = page.locator('li.registration');
      await item.getByText('Зарегистрирован', { exact: true }).waitFor();
      expect(await item.textContent()).toContain('Гость');
      expect(await page.locator('h1').textContent()).toBe('Мои регистрации');

      await item.getByRole('button', { name: 'Отменить регистрацию' }).click();
      await item.getByText('Точно отменить регистрацию?', { exact: false }).waitFor();
      await item.getByRole('button', { name: 'Нет, оставить' }).click();
      expect(await item.getByText('Зарегистрирован', { exact: true }).count()).toBe(1);
      await item.getByRole('button', { name: 'Отменить регистрацию' }).click();
      await item.getByRole('button', { name: 'Да, отменить' }).click();
      await item.getByText('Отменено', { exact: true }).waitFor();
      const token = await t.client.login(account.email, account.password);
      expect((await t.client.get('/api/v1/registrations/mine', { token })).body[0].status).toBe('cancelled');
      await context.close();
    },
    BROWSER_TEST_MS,
  );

  it(
    'puts a registration over capacity on the waitlist with its place, and explains a closed registration in my language',
    async () => {
      const account = await participant('Бауыржан Есенғалиев');
      const context = await newContext(browser, t.client.baseUrl, { viewportName: 'phone' });
      const page = await signedInPage(context, `/my?register=${fullEventId}`, account);
      const panel = page.locator('.register-panel');
      await panel.getByRole('button', { name: 'Тіркелу' }).click();
      await panel.getByText('кезектегі орныңыз — 1', { exact: false }).waitFor();
      const item = page.locator('li.registration');
      await item.locator('.status', { hasText: 'Күту тізімінде' }).waitFor();
      expect(await item.textContent()).toContain('Кезектегі орныңыз: 1');
      await saveScreenshots(page, 'my-waitlisted');

      // The Uralsk session is over: the API refuses, and the page says why in Kazakh.
      await page.goto(`/my?register=${HELD}`);
      await page.locator('.register-panel').getByRole('button', { name: 'Тіркелу' }).click();
      const alert = page.locator('.register-panel').getByRole('alert');
      await alert.waitFor();
      expect(await alert.textContent()).toMatch(/[әғқңөұүһі]/i);
      const token = await t.client.login(account.email, account.password);
      expect((await t.client.get('/api/v1/registrations/mine', { token })).body).toHaveLength(1);
      await context.close();
    },
    BROWSER_TEST_MS,
  );

  it(
    'opens an invitation link without a password: one confirms and gets a badge, another declines',
    async () => {
      const [aigul, nurlan] = [await createPerson(t, 'Айгүл Төлегенова'), await createPerson(t, 'Нұрлан Әбенов')];
      const org = (await t.client.get(`/api/v1/events/${WKO}`)).body.organizerIds[0];
      const wkoOrganizer = await userWith(t, [{ role: 'organizer', kind: 'organization', id: org }]);
      const wkoId = (await t.client.get(`/api/v1/events/${WKO}`)).body.id;
      const invited = await t.client.post(
        `/api/v1/events/${wkoId}/invitations`,
        { personIds: [aigul.id, nurlan.id] },
        { token: wkoOrganizer },
      );
      expect(invited.status).toBe(200);
      const linkOf = (personId: string): string =>
        new URL(invited.body.invitations.find((i: { personId: string }) => i.personId === personId).link).pathname;

      const context = await newContext(browser, t.client.baseUrl, { viewportName: 'phone' });
      const page = await context.newPage();
      await page.goto(linkOf(aigul.id));
      await page.getByText('Құрметті Айгүл Төлегенова!').waitFor();
      await page
        .getByRole('heading', { name: 'Батыс Қазақстан облысы ауылдық округ әкімдерінің алғашқы облыстық форумы' })
        .waitFor();
      await saveScreenshots(page, 'invitation');
      await page.getByRole('button', { name: 'Қатысуды растау' }).click();
      await page.getByText('Қатысуыңыз расталды, сіз тіркелдіңіз.', { exact: false }).waitFor();
      await page.locator('.invitation-badge img').waitFor();
      const view = (await t.client.get(`/api/v1${linkOf(aigul.id)}`)).body;
      expect(view.status).toBe('registered');
      expect(await decodeQr(page, '.invitation-badge img')).toBe(view.badgeCode);
      expect(await page.getByRole('link', { name: 'Барлық тіркелулеріңіз' }).getAttribute('href')).toBe(
        '/login?next=/my',
      );
      await saveScreenshots(page, 'invitation-confirmed');

      await page.goto(linkOf(nurlan.id));
      await page.getByRole('button', { name: 'Бас тарту' }).click();
      await page.getByText('Шақырудан бас тартасыз ба?', { exact: false }).waitFor();
      await page.getByRole('button', { name: 'Иә, бас тартамын' }).click();
      await page.getByText('Сіз шақырудан бас тарттыңыз.').waitFor();
      expect((await t.client.get(`/api/v1${linkOf(nurlan.id)}`)).body.status).toBe('declined');
      expect(await page.getByRole('button', { name: 'Қатысуды растау' }).count()).toBe(0);

      await page.goto('/invitations/not-a-real-token');
      await page.getByRole('alert').waitFor();
      await context.close();
    },
    BROWSER_TEST_MS,
  );

  it(
    'gives a private calendar address on /my that a calendar reads, shows it once, and revokes it',
    async () => {
      const account = await participant('Айгүл Серікова');
      const token = await t.client.login(account.email, account.password);
      await t.client.post(`/api/v1/events/${almatyId}/registrations`, {}, { token });
      const context = await newContext(browser, t.client.baseUrl, { bypassCSP: true });
      const page = await signedInPage(context, '/my', account);
      await page.getByText('Жеке мекенжай әлі жасалмаған.').waitFor();
      await page.getByRole('button', { name: 'Жеке мекенжай алу' }).click();
      const address = page.getByLabel('Күнтізбе мекенжайы');
      await address.waitFor();
      const url = await address.inputValue();
      expect(url).toMatch(/\/api\/v1\/feeds\/my\/[A-Za-z0-9_-]{43}\.ics$/);
      expect(await page.getByRole('link', { name: 'Күнтізбеде ашу (webcal)' }).getAttribute('href')).toBe(
        url.replace(/^https?:/, 'webcal:'),
      );
      expect(await seriousAxeViolations(page)).toEqual([]);
      const feed = await t.client.get(new URL(url).pathname);
      expect(feed.status).toBe(200);
      expect(feed.text).toContain(`UID:forum-${almatyId}@`);

      // Shown once: after a reload the page says when it was made, not the address.
      await page.reload();
      await page.getByText(/^Жеке мекенжай жасалған:/).waitFor();
      expect(await page.getByLabel('Күнтізбе мекенжайы').count()).toBe(0);
      await page.getByRole('button', { name: 'Мекенжайды кері қайтару' }).click();
      await page.getByText('Мекенжай кері қайтарылды: күнтізбе енді жаңартылмайды.').waitFor();
      expect((await t.client.get(new URL(url).pathname)).status).toBe(410);

      // Reminders the day before: switched off and on again here (where an expired unsubscribe link sends people).
      const reminders = page.getByRole('checkbox', { name: 'Іс-шара алдындағы күні еске салу' });
      expect(await reminders.isChecked()).toBe(true);
      await reminders.uncheck();
      await page.getByText('Сақталды').waitFor();
      expect((await t.client.get('/api/v1/mail/preferences', { token })).body.remindersOptOut).toBe(true);
      await page.reload();
      expect(await reminders.isChecked()).toBe(false);
      await reminders.check();
      await page.getByText('Сақталды').waitFor();
      expect((await t.client.get('/api/v1/mail/preferences', { token })).body.remindersOptOut).toBe(false);
      expect(await seriousAxeViolations(page)).toEqual([]);
      await context.close();
    },
    BROWSER_TEST_MS,
  );

  it(
    'has no serious accessibility violations on /my, the badge and an invitation',
    async () => {
      const account = await participant('Дәурен Қасымов');
      const token = await t.client.login(account.email, account.password);
      await t.client.post(`/api/v1/events/${almatyId}/registrations`, {}, { token });
      await t.client.post(`/api/v1/events/${fullEventId}/registrations`, {}, { token });
      const context = await newContext(browser, t.client.baseUrl, { bypassCSP: true });
      const page = await signedInPage(context, `/my?register=${WKO}`, account);
      await page.locator('li.registration').nth(1).waitFor();
      await page.locator('.register-panel h2').waitFor();
      expect(await seriousAxeViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'QR-бейджді көрсету' }).click();
      await page.locator('img.badge-qr').waitFor();
      expect(await seriousAxeViolations(page)).toEqual([]);

      const person = await createPerson(t, 'Самат Жүнісов');
      const invited = await t.client.post(
        `/api/v1/events/${fullEventId}/invitations`,
        { personIds: [person.id] },
        { token: organizer },
      );
      await page.goto(new URL(invited.body.invitations[0].link).pathname);
      await page.getByRole('button', { name: 'Қатысуды растау' }).waitFor();
      expect(await seriousAxeViolations(page)).toEqual([]);
      await context.close();
    },
    BROWSER_TEST_MS,
  );
});
