import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import QRCode from 'qrcode';
import { launchBrowser, newContext, saveScreenshots, seriousAxeViolations, signInContext } from '../support/browser';
import { atDayFromNow, createOrganization, createPerson, eventBody, underWay, userWith } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';
import { withClient } from '../support/test-database';

/**
 * A video file for Chromium's fake camera (Y4M, grey levels only) showing the QR code of a
 * badge: the scanner reads it as it would a badge held up to a phone.
 */
function qrVideo(code: string, path: string): void {
  const width = 640;
  const height = 480;
  const qr = QRCode.create(code, { errorCorrectionLevel: 'M' });
  const size = qr.modules.size;
  const scale = Math.floor(400 / (size + 8));
  const left = Math.floor((width - size * scale) / 2);
  const top = Math.floor((height - size * scale) / 2);
  const luma = Buffer.alloc(width * height, 235);
  for (let y = 0; y < size * scale; y++) {
    for (let x = 0; x < size * scale; x++) {
      if (qr.modules.get(Math.floor(y / scale), Math.floor(x / scale))) {
        luma[(top + y) * width + left + x] = 16;
      }
    }
  }
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma]);
  writeFileSync(
    path,
    Buffer.concat([Buffer.from(`YUV4MPEG2 W${width} H${height} F5:1 Ip A1:1 C420jpeg\n`), frame, frame]),
  );
}

/** HH:MM of an instant in UTC+5 (Asia/Oral, the events' zone), computed without Intl. */
/**
 * "<lead> HH:MM" as the app shows a first check-in: the time in UTC+5, preceded by the day
 * («1 желтоқсан, ») when that was not today there (a test run around midnight).
 */
function shownAt(lead: string, at: Date): RegExp {
  return new RegExp(`${lead} (\\d{1,2} [^ ,]+, )?${hhmmInOral(at)}`);
}

function hhmmInOral(at: Date): string {
  const shifted = new Date(at.getTime() + 5 * 3_600_000);
  return `${String(shifted.getUTCHours()).padStart(2, '0')}:${String(shifted.getUTCMinutes()).padStart(2, '0')}`;
}

describe('check-in app (/check-in): badges, Kazakh name search, offline queue, PWA', () => {
  let t: TestApp;
  let browser: Browser;
  let checker: string;
  let checkerUser: unknown;
  let organizer: string;
  let forumId: string;
  let plenaryId: string;
  let offsiteId: string;
  const badges: Record<string, string> = {};
  const registrationIds: Record<string, string> = {};
  let alreadyAt: Date;

  async function register(eventId: string, name: string, ru: string): Promise<{ status: string }> {
    const person = await createPerson(t, name, { fullName: { kk: name, ru } });
    const result = await t.client.post(
      `/api/v1/events/${eventId}/registrations`,
      { personId: person.id },
      { token: organizer },
    );
    if (result.status !== 201) {
      throw new Error(`registration: ${result.status} ${result.text}`);
    }
    badges[name] = result.body.badgeCode;
    registrationIds[name] = result.body.id;
    return result.body;
  }

  beforeAll(async () => {
    t = await startTestApp();
    browser = await launchBrowser();
    const org = await createOrganization(t);
    organizer = await userWith(t, [{ role: 'organizer', kind: 'organization', id: org.id }]);
    const forum = await t.client.post('/api/v1/events', eventBody([org.id], { ...underWay(), capacity: 4 }), {
      token: organizer,
    });
    forumId = forum.body.id;
    const offsite = await t.client.post(
      '/api/v1/events',
      eventBody([org.id], {
        kind: 'offsite_session',
        title: { kk: 'Мәслихаттың көшпелі отырысы', ru: 'Выездное заседание маслихата' },
        startsAt: '2026-01-11T10:00:00+05:00',
        endsAt: atDayFromNow(366, '18:00'),
      }),
      { token: organizer },
    );
    offsiteId = offsite.body.id;
    for (const id of [forumId, offsiteId]) {
      expect((await t.client.post(`/api/v1/events/${id}/publish`, undefined, { token: organizer })).status).toBe(200);
    }
    const plenary = await t.client.post(
      `/api/v1/events/${forumId}/sessions`,
      {
        kind: 'plenary',
        title: { kk: 'Пленарлық отырыс', ru: 'Пленарное заседание' },
        startsAt: '2026-01-10T11:00:00+05:00',
        endsAt: '2026-01-10T13:00:00+05:00',
      },
      { token: organizer },
    );
    plenaryId = plenary.body.id;
    // The forum has four seats: the fifth person is waitlisted.
    await register(forumId, 'Қасымшалов Ерлан Бекұлы', 'Касымшалов Ерлан Бекулы');
    await register(forumId, 'Сейітов Мұрат', 'Сеитов Мурат');
    await register(forumId, 'Әбенова Гүлнар', 'Абенова Гульнар');
    await register(forumId, 'Нұрланов Дәулет', 'Нурланов Даулет');
    expect((await register(forumId, 'Тілеуова Айгерім', 'Тлеуова Айгерим')).status).toBe('waitlisted');
    await register(offsiteId, 'Жұмабаев Асқар', 'Жумабаев Аскар');
    await register(offsiteId, 'Омарова Сәуле', 'Омарова Сауле');
    await register(offsiteId, 'Бекова Динара', 'Бекова Динара');

    checker = await userWith(t, [
      { role: 'checker', kind: 'event', id: forumId },
      { role: 'checker', kind: 'event', id: offsiteId },
    ]);
    checkerUser = (await t.client.get('/api/v1/auth/me', { token: checker })).body;
    // Someone already admitted at another door, 40 minutes ago.
    alreadyAt = new Date(Math.floor((Date.now() - 40 * 60_000) / 1000) * 1000);
    const earlier = await t.client.post(
      `/api/v1/events/${forumId}/check-ins`,
      { badgeCode: badges['Сейітов Мұрат'], at: alreadyAt.toISOString() },
      { token: checker },
    );
    expect(earlier.body.status).toBe('checked_in');
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function openAsChecker(): Promise<{ context: BrowserContext; page: Page }> {
    const context = await newContext(browser, t.client.baseUrl, { viewportName: 'phone', bypassCSP: true });
    await signInContext(context, checker, checkerUser);
    const page = await context.newPage();
    await page.goto('/check-in');
    return { context, page };
  }

  const feedback = (page: Page) => page.locator('.ci-feedback');

  /** Waits for the verdict about this person (or code) and returns its text. */
  async function verdict(page: Page, kind: string, server: string, about: string): Promise<string> {
    await page.locator(`.ci-feedback[data-verdict="${kind}"][data-server="${server}"]`, { hasText: about }).waitFor();
    return (await feedback(page).textContent()) ?? '';
  }

  async function typeCode(page: Page, code: string): Promise<void> {
    await page.getByLabel('Бейдж коды').fill(code);
    await page.getByRole('button', { name: 'Белгілеу', exact: true }).click();
  }

  async function checkIns(
    eventId: string,
  ): Promise<{ registration_id: string; at: Date; session_id: string | null }[]> {
    return withClient(t.databaseUrl, async (client) => {
      const result = await client.query<{ registration_id: string; at: Date; session_id: string | null }>(
        'SELECT registration_id, at, session_id FROM check_ins WHERE event_id = $1 ORDER BY at',
        [eventId],
      );
      return result.rows;
    });
  }

  it('is installable: a manifest that starts at /check-in with its icons, and a service worker always revalidated', async () => {
    const manifest = await t.client.get('/manifest.webmanifest');
    expect(manifest.headers.get('content-type')).toContain('application/manifest+json');
    const body = JSON.parse(manifest.text);
    expect(body).toMatchObject({ start_url: '/check-in', display: 'standalone', short_name: 'Белгілеу' });
    // Check-in is «келгенін белгілеу» / «отметка», never «тіркеу» / «регистрация» (those are registration).
    expect(`${body.name} ${body.short_name} ${body.description}`).not.toMatch(/тірке|регистрац/i);
    const sizes = body.icons.map((icon: { sizes: string }) => icon.sizes);
    expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
    for (const icon of body.icons as { src: string; type: string }[]) {
      const file = await t.client.get(icon.src);
      expect([file.status, file.headers.get('content-type')]).toEqual([200, icon.type]);
    }
    const worker = await t.client.get('/sw.js');
    expect(worker.status).toBe(200);
    expect(worker.headers.get('cache-control')).toBe('no-cache');
  });

  it('sends a visitor without a session to sign in, with /check-in as the way back', async () => {
    const context = await newContext(browser, t.client.baseUrl);
    const page = await context.newPage();
    await page.goto('/check-in');
    await page.waitForURL((url) => url.pathname === '/login');
    expect(new URL(page.url()).searchParams.get('next')).toBe('/check-in');
    await context.close();
  });

  it('chooses the event, and shows each verdict at the door with its colour and text, in the event zone', async () => {
    const { context, page } = await openAsChecker();
    await page.getByRole('heading', { name: 'Іс-шараны таңдаңыз' }).waitFor();
    const choices = page.locator('.ci-event');
    expect(await choices.count()).toBe(2);
    await saveScreenshots(page, 'check-in-events');
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: /Ауыл әкімдерінің форумы/ }).click();
    await page.locator('h1', { hasText: 'Ауыл әкімдерінің форумы' }).waitFor();
    await page.getByText('Тізімде 5 адам').waitFor();
    // The Kazakh words of the door: «белгілеу» (marking who came), never «тіркеу» (registration).
    await page.getByRole('heading', { name: 'Бейджді сканерлеу' }).waitFor();
    await page.getByLabel('Қайда белгілейміз').waitFor();
    expect(await page.getByRole('button', { name: 'Белгілеу', exact: true }).count()).toBe(1);
    expect(await page.locator('main').innerText()).not.toMatch(/тіркеу|тіркейміз|тіркелмеген/i);
    expect(await page.title()).not.toMatch(/тірке/i);
    expect(await page.locator('#ci-session option').allTextContents()).toEqual([
      'Бүкіл іс-шара',
      expect.stringContaining('Пленарлық отырыс'),
    ]);
    await saveScreenshots(page, 'check-in-desk');
    expect(await seriousAxeViolations(page)).toEqual([]);

    // Already in: the time of the first check-in, in the event's zone (UTC+5).
    await typeCode(page, badges['Сейітов Мұрат'].toLowerCase());
    const already = await verdict(page, 'already', 'none', 'Сейітов Мұрат');
    expect(already).toMatch(shownAt('Келгені бұрын белгіленген:', alreadyAt));
    expect(already).toContain('Сейітов Мұрат');
    await saveScreenshots(page, 'check-in-feedback-already');

    // Unknown badge: refused at once, and the server confirms it does not know it.
    await typeCode(page, 'NOSUCHBADGE0000000001');
    const unknown = await verdict(page, 'unknown', 'confirmed', 'NOSUCHBADGE0000000001');
    expect(unknown).toContain('Бейдж табылмады');
    expect(unknown).not.toMatch(/тіркелмеген/i);
    expect(unknown).toContain('NOSUCHBADGE0000000001');
    await saveScreenshots(page, 'check-in-feedback-unknown');

    // Waitlisted: found by name and tapped, not admitted.
    await page.getByRole('searchbox', { name: 'Аты-жөні' }).fill('тілеу');
    await page.getByRole('button', { name: /Тілеуова Айгерім/ }).click();
    expect(await verdict(page, 'not_admitted', 'none', 'Тілеуова Айгерім')).toContain('Рұқсат жоқ: күту парағында');
    await saveScreenshots(page, 'check-in-feedback-waitlisted');
    // Their badge (its code is not on the device's roster): the server refuses it, and the screen says so.
    const waitlistedBadge = await withClient(t.databaseUrl, async (client) => {
      const result = await client.query<{ badge_code: string }>('SELECT badge_code FROM registrations WHERE id = $1', [
        registrationIds['Тілеуова Айгерім'],
      ]);
      return result.rows[0].badge_code;
    });
    await typeCode(page, waitlistedBadge);
    expect(await verdict(page, 'not_admitted', 'confirmed', 'Кіруге болмайды')).toContain('Рұқсат жоқ');
    expect(await seriousAxeViolations(page)).toEqual([]);

    // A Kazakh name fragment in lower case finds «Қасымшалов»; a tap admits and the server records it.
    await page.getByRole('searchbox', { name: 'Аты-жөні' }).fill('қасым');
    const match = page.getByRole('button', { name: /Қасымшалов Ерлан Бекұлы/ });
    await match.waitFor();
    await saveScreenshots(page, 'check-in-search');
    await match.click();
    const admitted = await verdict(page, 'admitted', 'confirmed', 'Қасымшалов');
    expect(admitted).toContain('Кіруге рұқсат');
    expect(admitted).toContain('Қасымшалов Ерлан Бекұлы');
    await saveScreenshots(page, 'check-in-feedback-admitted');
    expect(await seriousAxeViolations(page)).toEqual([]);
    const rows = await checkIns(forumId);
    expect(rows.map((row) => row.registration_id).sort()).toEqual(
      [registrationIds['Қасымшалов Ерлан Бекұлы'], registrationIds['Сейітов Мұрат']].sort(),
    );
    // The waitlisted person and the unknown badge left no check-in.

    // The same person again: already in, at the time just recorded.
    await page.getByRole('searchbox', { name: 'Аты-жөні' }).fill('ерлан');
    await page.getByRole('button', { name: /Қасымшалов Ерлан Бекұлы/ }).click();
    const recorded = rows.find((row) => row.registration_id === registrationIds['Қасымшалов Ерлан Бекұлы'])!.at;
    expect(await verdict(page, 'already', 'none', 'Қасымшалов')).toContain(hhmmInOral(recorded));

    // The language switch: the verdict and the screen in Russian.
    await page.getByRole('link', { name: 'Русский' }).click();
    expect(await feedback(page).textContent()).toMatch(shownAt('Уже отмечен в', recorded));
    await page.getByRole('heading', { name: 'Поиск по ФИО' }).waitFor();
    await page.getByRole('link', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Search by name' }).waitFor();
    expect(await feedback(page).textContent()).toContain('Already in at');
    await context.close();
  });

  it('works offline: queues check-ins with their scan time, reopens from the device, syncs once back online', async () => {
    const { context, page } = await openAsChecker();
    // The first, online visit installs the service worker and caches the app.
    await page.locator('[data-offline-ready="true"]').waitFor({ timeout: 20_000 });
    await page.getByRole('button', { name: /Мәслихаттың көшпелі отырысы/ }).click();
    await page.getByText('Тізімде 3 адам').waitFor();

    await context.setOffline(true);
    await page.locator('.ci-net', { hasText: 'Желі жоқ' }).waitFor();
    const ms = (minutesAgo: number): Date => new Date(Math.floor(Date.now() / 1000) * 1000 - minutesAgo * 60_000);
    const first = ms(30);
    const second = ms(20);

    await page.clock.setFixedTime(first);
    await typeCode(page, badges['Жұмабаев Асқар']);
    expect(await verdict(page, 'admitted', 'saved', 'Жұмабаев Асқар')).toContain('Құрылғыда сақталды');
    await page.clock.setFixedTime(second);
    // Codes typed as printed (groups of five, any case, spaces around) are found in the device's roster.
    const grouped = (code: string, separator: string): string => code.match(/.{5}/g)!.join(separator);
    await typeCode(page, ` ${grouped(badges['Омарова Сәуле'], ' ').toLowerCase()} `);
    expect(await verdict(page, 'admitted', 'saved', 'Омарова Сәуле')).toContain('Кіруге рұқсат');
    await page.clock.setFixedTime(ms(10));
    // The same badge twice: already in, at the first scan's time; not queued again.
    await typeCode(page, grouped(badges['Жұмабаев Асқар'], '-'));
    expect(await verdict(page, 'already', 'none', 'Жұмабаев Асқар')).toMatch(
      shownAt('Келгені бұрын белгіленген:', first),
    );
    await typeCode(page, 'UNKNOWNBADGE00000000X');
    expect(await verdict(page, 'unknown', 'saved', 'UNKNOWNBADGE00000000X')).toContain(
      'Желі қалпына келгенде сервер тексереді',
    );
    await page.locator('.ci-pending[data-pending="3"]').waitFor();
    expect(await page.locator('.ci-pending').textContent()).toBe('Жіберуді күтуде: 3');
    await saveScreenshots(page, 'check-in-offline-pending');
    expect(await checkIns(offsiteId)).toEqual([]);

    // A reload with no network opens the app from the device, with its queue.
    const reloaded = await page.reload();
    expect(reloaded?.headers()['x-served-from']).toBe('service-worker-cache');
    await page.locator('h1', { hasText: 'Мәслихаттың көшпелі отырысы' }).waitFor();
    await page.locator('.ci-pending[data-pending="3"]').waitFor();
    await page.getByText('Тізімде 3 адам').waitFor();

    await context.setOffline(false);
    await page.locator('.ci-pending[data-pending="0"]').waitFor();
    expect(await page.locator('.ci-pending').textContent()).toBe('Барлығы жіберілді');
    const refused = page.locator('.ci-rejected');
    await refused.waitFor();
    expect(await refused.textContent()).toContain('UNKNOWNBADGE00000000X');
    await saveScreenshots(page, 'check-in-synced');

    // Exactly two check-ins, each at the moment of its offline scan, not at the sync.
    const rows = await checkIns(offsiteId);
    expect(rows).toHaveLength(2);
    expect(rows.map((row) => [row.registration_id, row.at.toISOString()])).toEqual([
      [registrationIds['Жұмабаев Асқар'], first.toISOString()],
      [registrationIds['Омарова Сәуле'], second.toISOString()],
    ]);
    const listed = await t.client.get(`/api/v1/events/${offsiteId}/registrations?status=registered`, {
      token: checker,
    });
    const byId = new Map(listed.body.items.map((item: { id: string; checkedInAt: string | null }) => [item.id, item]));
    expect(new Date((byId.get(registrationIds['Жұмабаев Асқар']) as { checkedInAt: string }).checkedInAt)).toEqual(
      first,
    );
    expect(new Date((byId.get(registrationIds['Омарова Сәуле']) as { checkedInAt: string }).checkedInAt)).toEqual(
      second,
    );
    expect((byId.get(registrationIds['Бекова Динара']) as { checkedInAt: string | null }).checkedInAt).toBeNull();

    // Nothing is left to send.
    expect(await page.getByRole('button', { name: 'Қазір жіберу' }).isDisabled()).toBe(true);

    // The worker cached the shell and the app's files, never an API answer (the app keeps its data itself).
    // (A string: this file is type-checked without the DOM's types.)
    const cached = (await page.evaluate(
      'caches.keys().then((names) => Promise.all(names.map((name) => caches.open(name).then((cache) => cache.keys()))))' +
        '.then((lists) => lists.flat().map((request) => new URL(request.url).pathname))',
    )) as string[];
    expect(cached).toContain('/check-in');
    expect(cached.some((path) => path.startsWith('/assets/') && path.endsWith('.js'))).toBe(true);
    expect(cached.filter((path) => path.startsWith('/api/'))).toEqual([]);
    await context.close();
  });
  it('reads a badge with the camera (a fake one showing its QR code) into a session, apart from the event', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'check-in-camera-'));
    const video = join(dir, 'badge.y4m');
    qrVideo(badges['Әбенова Гүлнар'], video);
    const cameraBrowser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--no-first-run',
        '--use-fake-device-for-media-stream',
        '--use-fake-ui-for-media-stream',
        `--use-file-for-fake-video-capture=${video}`,
      ],
    });
    try {
      const context = await newContext(cameraBrowser, t.client.baseUrl, { viewportName: 'phone' });
      await context.grantPermissions(['camera'], { origin: t.client.baseUrl });
      await signInContext(context, checker, checkerUser);
      const page = await context.newPage();
      await page.goto('/check-in');
      await page.getByRole('button', { name: /Ауыл әкімдерінің форумы/ }).click();
      await page.getByText('Тізімде 5 адам').waitFor();
      await page.getByLabel('Қайда белгілейміз').selectOption(plenaryId);
      await page.getByRole('button', { name: 'Камераны қосу' }).click();
      expect(await verdict(page, 'admitted', 'confirmed', 'Әбенова Гүлнар')).toContain('Кіруге рұқсат');
      await saveScreenshots(page, 'check-in-camera');
      await page.getByRole('button', { name: 'Камераны өшіру' }).click();
      const inSession = (await checkIns(forumId)).filter(
        (row) => row.registration_id === registrationIds['Әбенова Гүлнар'],
      );
      expect(inSession.map((row) => row.session_id)).toEqual([plenaryId]);

      // The same badge at the event's door is a first check-in there; the session's one is remembered.
      await page.getByLabel('Қайда белгілейміз').selectOption('');
      await typeCode(page, badges['Әбенова Гүлнар']);
      await verdict(page, 'admitted', 'confirmed', 'Әбенова Гүлнар');
      await page.getByLabel('Қайда белгілейміз').selectOption(plenaryId);
      await typeCode(page, badges['Әбенова Гүлнар']);
      // Known already: by the device (its roster refreshed since the camera's scan) or by the server (not yet).
      await page
        .locator('.ci-feedback[data-verdict="already"]:is([data-server="none"], [data-server="confirmed"])', {
          hasText: 'Әбенова Гүлнар',
        })
        .waitFor();
      const both = (await checkIns(forumId)).filter((row) => row.registration_id === registrationIds['Әбенова Гүлнар']);
      expect(both.map((row) => row.session_id).sort()).toEqual([null, plenaryId].sort());
      await context.close();
    } finally {
      await cameraBrowser.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
