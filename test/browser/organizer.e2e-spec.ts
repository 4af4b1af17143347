import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  fillMoment,
  fillRooms,
  launchBrowser,
  newContext,
  saveScreenshot,
  saveScreenshots,
  seriousAxeViolations,
} from '../support/browser';
import { createOrganization } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';

const ZONE = 'Asia/Almaty';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const ORGANIZER = { email: 'organizer@zhambyl.kz', password: 'organizer-pass-1' };

/** `YYYY-MM-DD` of the day `days` from now, in Kazakhstan. */
function dayFromNow(days: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(new Date(Date.now() + days * 86400000));
}

/** Screenshots at phone, tablet and desktop width. */
async function shoot(page: Page, name: string): Promise<void> {
  await saveScreenshots(page, name);
  const original = page.viewportSize();
  await page.setViewportSize({ width: 820, height: 1180 });
  await saveScreenshot(page, `${name}-tablet`);
  if (original) {
    await page.setViewportSize(original);
  }
}

async function expectAccessible(page: Page): Promise<void> {
  expect(await seriousAxeViolations(page)).toEqual([]);
}

/** A list of rural akims of Zhambyl oblast as the organizer's staff would type it; `bad` spoils row 5. */
async function akimsWorkbook(bad: boolean): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Ауыл әкімдері');
  sheet.addRow(['№', 'Аты-жөні', 'Лауазымы', 'Должность', 'Регион', 'Санаты', 'E-mail']);
  const names = ['Нұржан', 'Асқар', 'Мәди', 'Ғалым', 'Өмірзақ', 'Ұлан', 'Үміт', 'Қайрат', 'Іңкәр', 'Әсел'];
  names.forEach((given, i) => {
    sheet.addRow([
      i + 1,
      `Жамбылов ${given}`,
      'Ауылдық округ әкімі',
      'Аким сельского округа',
      bad && i === 3 ? 'KZ-99' : 'KZ-31',
      'rural_akim',
      bad && i === 3 ? 'not-an-email' : `akim${i + 1}@zhambyl.kz`,
    ]);
  });
  return Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

describe('organizer console: a forum from an empty database to published, with people and staff', () => {
  let t: TestApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let organizationId: string;
  let eventId: string;
  const day = dayFromNow(3);
  /** The venue's rooms, each in kk and ru. */
  const rooms = [
    { kk: 'Үлкен зал', ru: 'Большой зал' },
    { kk: 'Кіші зал', ru: 'Малый зал' },
    { kk: 'Зал 3', ru: 'Зал 3' },
  ];

  beforeAll(async () => {
    t = await startTestApp();
    browser = await launchBrowser();
    // The admin's part: the organization and the organizer's account (and two other accounts).
    const admin = await t.adminToken();
    organizationId = (
      await createOrganization(t, {
        name: { kk: 'Жамбыл облысының әкімдігі', ru: 'Акимат Жамбылской области' },
        regionCode: 'KZ-31',
      })
    ).id;
    const users = [
      {
        ...ORGANIZER,
        fullName: 'Мұрат Оспанов',
        scopes: [{ role: 'organizer', kind: 'organization', id: organizationId }],
      },
      { email: 'checker@zhambyl.kz', password: 'checker-pass-1', fullName: 'Дина Серікова', roles: ['participant'] },
      { email: 'delegate@zhambyl.kz', password: 'delegate-pass-1', fullName: 'Ерлан Тұрсынов', roles: ['participant'] },
    ];
    for (const user of users) {
      const created = await t.client.post('/api/v1/users', user, { token: admin });
      expect(created.status).toBe(201);
    }
    context = await newContext(browser, t.client.baseUrl, { viewportName: 'desktop', bypassCSP: true });
    page = await context.newPage();
    page.setDefaultTimeout(10_000);
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await t?.close();
  });

  it('signs the organizer in (in Russian) to an empty list of forums', async () => {
    await page.goto('/login?next=/organizer');
    await page.getByRole('link', { name: 'Русский' }).click();
    await page.getByLabel('Электронная почта').fill(ORGANIZER.email);
    await page.getByLabel('Пароль').fill(ORGANIZER.password);
    await page.getByRole('button', { name: 'Войти' }).click();
    await page.waitForURL((url) => url.pathname === '/organizer');
    await page.getByText('Форумов пока нет').waitFor();
    expect(await page.locator('h1').textContent()).toBe('Мои форумы');
    await shoot(page, 'organizer-forums-empty');
    await expectAccessible(page);
  });

  it('creates a forum in Zhambyl oblast: field errors from the API next to the fields, the lead-time warning', async () => {
    await page.getByRole('link', { name: 'Новый форум' }).click();
    await page.waitForURL((url) => url.pathname === '/organizer/events/new');
    await page.locator('#event-title-kk').waitFor();
    // The Russian title is missing: the API's message shows next to that field, in Russian.
    await page.fill('#event-title-kk', 'Жамбыл облысы ауыл әкімдерінің форумы');
    await fillMoment(page, '#event-starts', `${day}T09:00`);
    await fillMoment(page, '#event-ends', `${day}T18:00`);
    await page.fill('#venue-name-kk', 'Облыстық әкімдіктің мәжіліс залы');
    await page.fill('#venue-name-ru', 'Зал заседаний областного акимата');
    await page.getByRole('button', { name: 'Создать форум' }).click();
    const titleError = page.locator('#event-title-ru-error');
    await titleError.waitFor();
    expect(await titleError.textContent()).toMatch(/[А-Яа-я]/);
    expect(await page.getAttribute('#event-title-ru', 'aria-invalid')).toBe('true');
    expect(await page.locator('.completeness').textContent()).toContain('Русский 1/4');
    expect(page.url()).toContain('/organizer/events/new');

    await page.fill('#event-title-ru', 'Форум сельских акимов Жамбылской области');
    expect(await page.locator('#event-title-ru-error').count()).toBe(0);
    await page.fill('#event-title-en', 'Forum of rural akims of Zhambyl oblast');
    await page.fill('#event-description-kk', 'Ауыл әкімдерінің бірінші облыстық форумы');
    await page.fill('#event-description-ru', 'Первый областной форум сельских акимов');
    await page.fill('#venue-address-kk', 'Тараз қ., Абай даңғылы, 125');
    await page.fill('#venue-address-ru', 'г. Тараз, проспект Абая, 125');
    await page.selectOption('#event-region', 'KZ-31');
    await fillRooms(page, rooms, 'Добавить зал');
    await page.check('#event-approval');
    // Announced today (publishing stamps the day) for a forum in three days: the rule wants five.
    expect(await page.locator('.notice-warn').textContent()).toContain('не позднее чем за 5 дн.');
    // The texts of the forum and its venue, each of its three rooms among them.
    expect(await page.locator('.completeness').textContent()).toContain('Русский 7/7 ✓');
    await shoot(page, 'organizer-new-forum');
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Создать форум' }).click();
    await page.waitForURL((url) => /^\/organizer\/events\/[0-9a-f-]{36}$/.test(url.pathname));
    eventId = new URL(page.url()).pathname.split('/').pop()!;
    const event = await t.client.get(`/api/v1/events/${eventId}`, { token: await t.adminToken() });
    expect(event.body).toMatchObject({
      status: 'draft',
      regionCode: 'KZ-31',
      organizerIds: [organizationId],
      requiresApproval: true,
      titles: { ru: 'Форум сельских акимов Жамбылской области' },
      startsAt: `${day}T09:00:00+05:00`,
      venue: { rooms: ['Үлкен зал', 'Кіші зал', 'Зал 3'], roomNames: rooms },
    });
  });

  /** Fills a new session's form (open already) with its kind, titles, times and room. */
  async function fillSession(
    kind: string,
    kk: string,
    ru: string,
    from: string,
    to: string,
    room: string,
  ): Promise<void> {
    await page.selectOption('#session-new-kind', kind);
    await page.fill('#session-new-title-text-kk', kk);
    await page.fill('#session-new-title-text-ru', ru);
    await fillMoment(page, '#session-new-starts', `${day}T${from}`);
    await fillMoment(page, '#session-new-ends', `${day}T${to}`);
    await page.selectOption('#session-new-room', room);
  }

  /** Creates a person inline from a picker of the open session form. */
  async function createInline(picker: string, kk: string, ru: string, byEnter = false): Promise<void> {
    const section = page.locator('.person-picker').filter({ has: page.locator(`#${picker}`) });
    await section.getByRole('button', { name: 'Новый человек' }).click();
    await page.fill(`#${picker}-new-kk`, kk);
    await page.fill(`#${picker}-new-ru`, ru);
    await page.fill(`#${picker}-new-pos-kk`, 'Ауылдық округ әкімі');
    await page.fill(`#${picker}-new-pos-ru`, 'Аким сельского округа');
    if (byEnter) {
      await page.press(`#${picker}-new-pos-ru`, 'Enter');
    } else {
      await section.getByRole('button', { name: 'Сохранить человека' }).click();
    }
    await page.locator(`#${picker}-new-kk`).waitFor({ state: 'detached' });
  }

  async function sessionsOf(): Promise<any[]> {
    return (await t.client.get(`/api/v1/events/${eventId}/sessions`, { token: await t.adminToken() })).body;
  }

  it('builds the agenda: a plenary section with reordered speakers, a section of parallel seminars', async () => {
    await page.getByRole('heading', { name: 'Повестка дня' }).waitFor();
    await page.getByText('Повестка пуста').waitFor();
    await page.getByRole('button', { name: 'Добавить сессию' }).click();
    await fillSession('plenary', 'Пленарлық отырыс', 'Пленарное заседание', '10:00', '12:00', 'Үлкен зал');
    await createInline('session-new-moderator-search', 'Қасымшалов Ерлан', 'Касымшалов Ерлан');
    await createInline('session-new-speaker-search', 'Сәрсенова Айгерім', 'Сарсенова Айгерим');
    // Enter in the person's form saves the person, and leaves the session form open.
    await createInline('session-new-speaker-search', 'Әбенов Дәурен', 'Абенов Даурен', true);
    const speakers = page.locator('.speaker-list li');
    expect(await speakers.count()).toBe(2);

    // Reorder by dragging, then back and again by keyboard (Alt+↓) and by button; each move is announced.
    await speakers.nth(1).locator('.drag-handle').dragTo(speakers.nth(0).locator('.drag-handle'));
    expect(await speakers.nth(0).textContent()).toContain('Абенов Даурен');
    await speakers.nth(0).focus();
    await page.keyboard.press('Alt+ArrowDown');
    expect(await speakers.nth(1).textContent()).toContain('Абенов Даурен');
    expect(await page.locator('.speaker-list [aria-live]').textContent()).toBe(
      'Абенов Даурен теперь выступает 2-м из 2',
    );
    // The keyboard stays on the moved speaker.
    expect(await speakers.nth(1).evaluate((li) => li.ownerDocument.activeElement === li)).toBe(true);
    await page.getByRole('button', { name: 'Поднять Абенов Даурен выше' }).click();
    expect(await speakers.nth(0).textContent()).toContain('Абенов Даурен');
    await page.locator('.speaker-list li').nth(0).getByLabel('Минут').fill('15');
    await shoot(page, 'organizer-session-form');
    await expectAccessible(page);
    await page.locator('.session-form').getByRole('button', { name: 'Добавить сессию' }).click();
    await page.locator('.session-form').waitFor({ state: 'detached' });

    const plenary = (await sessionsOf()).find((s) => s.titles.kk === 'Пленарлық отырыс');
    expect(plenary.speakers.map((s: { name: string }) => s.name)).toEqual(['Әбенов Дәурен', 'Сәрсенова Айгерім']);
    expect(plenary.speakers[0].minutes).toBe(15);
    expect(plenary.moderators.map((m: { name: string }) => m.name)).toEqual(['Қасымшалов Ерлан']);
    expect(plenary).toMatchObject({ room: 'Үлкен зал', startsAt: `${day}T10:00:00+05:00`, parentId: null });
    // The session keeps the room's Kazakh name; the Russian console lists it by its Russian one.
    await page.locator('.session-line', { hasText: 'Пленарное заседание' }).getByText('· Большой зал').waitFor();

    // The second section; its moderator is found by a search typed without Kazakh letters.
    await page.getByRole('button', { name: 'Добавить сессию' }).click();
    await fillSession('seminar', 'Семинарлар', 'Семинары', '13:00', '16:00', '');
    await page.fill('#session-new-moderator-search', 'касым');
    await page.getByRole('button', { name: 'Добавить: Касымшалов Ерлан' }).click();
    await page.locator('.session-form').getByRole('button', { name: 'Добавить сессию' }).click();
    await page.locator('.session-form').waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'Добавить подсессию в «Семинары»' }).click();
    expect(await page.inputValue('#session-new-parent')).not.toBe('');
    await fillSession('seminar', 'Мемлекеттік сатып алу', 'Государственные закупки', '13:00', '14:30', 'Кіші зал');
    await createInline('session-new-speaker-search', 'Омарова Гүлнар', 'Омарова Гульнар');
    await page.locator('.session-form').getByRole('button', { name: 'Добавить сессию' }).click();
    await page.locator('.session-form').waitFor({ state: 'detached' });
    expect((await sessionsOf()).length).toBe(3);
  });

  it('shows the speaker conflict in the reader’s language next to the form, and saves once it is fixed', async () => {
    // A parallel seminar at the same time with the same speaker.
    await page.getByRole('button', { name: 'Добавить подсессию в «Семинары»' }).click();
    await fillSession('seminar', 'Мемлекеттік қызметшінің имиджі', 'Имидж госслужащего', '13:00', '14:30', 'Зал 3');
    await page.fill('#session-new-speaker-search', 'омаров');
    await page.getByRole('button', { name: 'Добавить: Омарова Гульнар' }).click();
    await page.locator('.session-form').getByRole('button', { name: 'Добавить сессию' }).click();
    const alert = page.locator('.session-form .notice-error');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(
      /Конфликт:.*Омарова Гульнар в это время занят\(а\) в другом месте: «Государственные закупки» \(13:00–14:30\)/,
    );
    expect(await page.locator('#session-new-speakers-error').textContent()).toBe(
      'Этот человек в это время в другой сессии',
    );
    await shoot(page, 'organizer-speaker-conflict');
    expect((await sessionsOf()).length).toBe(3);

    // Fixed by another speaker (made on the spot).
    await page.getByRole('button', { name: 'Убрать выступающего Омарова Гульнар' }).click();
    await createInline('session-new-speaker-search', 'Жақсылықов Бауыржан', 'Жаксылыков Бауыржан');
    await page.locator('.session-form').getByRole('button', { name: 'Добавить сессию' }).click();
    await page.locator('.session-form').waitFor({ state: 'detached' });

    const sessions = await sessionsOf();
    const sections = sessions.filter((s) => !s.parentId);
    expect(sections.map((s) => s.titles.kk).sort()).toEqual(['Пленарлық отырыс', 'Семинарлар']);
    const seminars = sessions.filter((s) => s.parentId === sections.find((s) => s.titles.kk === 'Семинарлар').id);
    expect(seminars.map((s) => s.startsAt)).toEqual([`${day}T13:00:00+05:00`, `${day}T13:00:00+05:00`]);
    const speakers = new Set(sessions.flatMap((s) => s.speakers.map((p: { name: string }) => p.name)));
    expect(speakers.size).toBe(4);
    // The agenda shows the sub-sessions under their section, times in the event's zone.
    expect(await page.locator('.agenda-tree .children').textContent()).toContain('13:00–14:30');
    await shoot(page, 'organizer-agenda');
    await expectAccessible(page);
  });

  it('publishes only after the lead-time warning', async () => {
    await page.getByRole('button', { name: 'Опубликовать' }).click();
    const warning = page.locator('.publish .notice-warn');
    await warning.waitFor();
    expect(await warning.textContent()).toMatch(/всего за [0-3] дн\. до начала/);
    expect((await t.client.get(`/api/v1/events/${eventId}`, { token: await t.adminToken() })).body.status).toBe(
      'draft',
    );
    await shoot(page, 'organizer-publish-warning');
    await page.getByRole('button', { name: 'Всё равно опубликовать' }).click();
    await page.locator('.status-published').first().waitFor();
    const event = await t.client.get(`/api/v1/events/${eventId}`);
    expect(event.body).toMatchObject({ status: 'published', meetsLeadTimeRule: false });
    expect(event.body.leadTimeDays).toBeLessThan(5);
  });

  it('imports ten people from XLSX (a bad file first, reported row by row) and invites them', async () => {
    await page.getByRole('link', { name: 'Участники и приглашения' }).click();
    await page
      .locator('#import-file')
      .setInputFiles({ name: 'akims.xlsx', mimeType: XLSX, buffer: await akimsWorkbook(true) });
    await page.getByRole('button', { name: 'Проверить файл' }).click();
    const report = page.locator('table.import-report');
    await report.waitFor();
    const rows = await report.locator('tbody tr').allTextContents();
    expect(rows.length).toBe(2);
    expect(rows.every((row) => row.startsWith('5'))).toBe(true);
    expect(rows.join(' ')).toContain('KZ-99');
    expect(rows.join(' ')).toContain('not-an-email');
    await shoot(page, 'organizer-import-report');
    await expectAccessible(page);
    const none = await t.client.get('/api/v1/people?region=KZ-31&category=rural_akim', { token: await t.adminToken() });
    expect(none.body.total).toBe(0);

    await page
      .locator('#import-file')
      .setInputFiles({ name: 'akims.xlsx', mimeType: XLSX, buffer: await akimsWorkbook(false) });
    await page.getByRole('button', { name: 'Проверить файл' }).click();
    await page.getByText('Все 10 строк в порядке').waitFor();
    await page.getByRole('button', { name: 'Импортировать' }).click();
    await page.getByText('В справочник добавлено людей: 10.').waitFor();

    await page.getByLabel('По региону и категории').check();
    await page.selectOption('#invite-region', 'KZ-31');
    await page.selectOption('#invite-category', 'rural_akim');
    await page.getByRole('button', { name: 'Разослать приглашения' }).click();
    await page.getByText('Приглашено: 10.').waitFor();
    await shoot(page, 'organizer-people');
    const invited = await t.client.get(`/api/v1/events/${eventId}/registrations?status=invited`, {
      token: await t.adminToken(),
    });
    expect(invited.body.total).toBe(10);
  });

  it('approves a pending registration and shows the waitlist', async () => {
    // A delegate registers on their own: the forum needs the organizer's approval.
    const delegate = await t.client.login('delegate@zhambyl.kz', 'delegate-pass-1');
    const registered = await t.client.post(`/api/v1/events/${eventId}/registrations`, {}, { token: delegate });
    expect(registered.body.status).toBe('pending');

    await page.getByRole('link', { name: 'Регистрация' }).click();
    await page.getByRole('button', { name: 'Подтвердить: Ерлан Тұрсынов' }).waitFor();
    await shoot(page, 'organizer-registrations');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Подтвердить: Ерлан Тұрсынов' }).click();
    await page.getByText('Регистрация подтверждена: Ерлан Тұрсынов.').waitFor();
    const mine = await t.client.get('/api/v1/registrations/mine', { token: delegate });
    expect(mine.body.items ?? mine.body).toEqual(
      expect.arrayContaining([expect.objectContaining({ eventId, status: 'registered' })]),
    );
    await page.getByRole('button', { name: 'Лист ожидания' }).click();
    await page.getByText('Здесь регистраций нет.').waitFor();
  });

  it('opens the registrations tab on all of them once none awaits approval', async () => {
    await page.getByRole('link', { name: 'Участники и приглашения' }).click();
    await page.getByRole('link', { name: 'Регистрация' }).click();
    await page.getByText('Ерлан Тұрсынов').first().waitFor();
    expect(await page.getByRole('button', { name: 'Все', exact: true }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByText('Здесь регистраций нет.').count()).toBe(0);
    const all = await t.client.get(`/api/v1/events/${eventId}/registrations`, { token: await t.adminToken() });
    expect(await page.locator('.registrations tbody tr').count()).toBe(all.body.total);
  });

  it('assigns a checker, refusing an unknown e-mail next to the field, and prints the badges', async () => {
    await page.getByRole('link', { name: 'Секретари и контролёры' }).click();
    await page.getByText('Секретарей и контролёров пока нет.').waitFor();
    await page.fill('#staff-email', 'nobody@zhambyl.kz');
    await page.getByRole('button', { name: 'Назначить' }).click();
    await page.locator('#staff-email-error').waitFor();
    expect(await page.locator('#staff-email-error').textContent()).toBe('Пользователя с такой почтой нет');

    await page.fill('#staff-email', 'checker@zhambyl.kz');
    await page.selectOption('#staff-role', 'checker');
    await page.getByRole('button', { name: 'Назначить' }).click();
    await page.getByText('checker@zhambyl.kz назначен(а): контролёр на входе этого форума.').waitFor();
    expect(await page.locator('.staff table').textContent()).toContain('Дина Серікова');
    await shoot(page, 'organizer-staff');
    await expectAccessible(page);
    const checker = await t.client.login('checker@zhambyl.kz', 'checker-pass-1');
    const me = await t.client.get('/api/v1/auth/me', { token: checker });
    expect(me.body.scopes).toEqual([{ role: 'checker', kind: 'event', id: eventId }]);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Печать бейджей (PDF)' }).click();
    const file = await (await download).path();
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('handles a version conflict on the details: someone else’s change, then reload', async () => {
    await page.getByRole('link', { name: 'Сведения' }).click();
    await page.locator('#event-capacity').fill('150');
    // Unsaved changes: moving to another part of the forum asks first.
    const dialog = page.waitForEvent('dialog');
    const click = page.getByRole('link', { name: 'Повестка дня' }).click();
    const question = await dialog;
    expect(question.message()).toBe('Есть несохранённые изменения. Всё равно уйти?');
    await question.dismiss();
    await click;
    expect(new URL(page.url()).searchParams.get('tab')).toBe('details');
    expect(await page.inputValue('#event-capacity')).toBe('150');
    // Meanwhile another organizer changes the forum.
    const current = await t.client.get(`/api/v1/events/${eventId}`);
    const token = await t.client.login(ORGANIZER.email, ORGANIZER.password);
    const other = await t.client.patch(
      `/api/v1/events/${eventId}`,
      { capacity: 200 },
      { token, headers: { 'if-match': String(current.body.version) } },
    );
    expect(other.status).toBe(200);
    await page.getByRole('button', { name: 'Сохранить изменения' }).click();
    await page.getByText('Кто-то другой уже изменил эти данные').waitFor();
    await page.getByRole('button', { name: 'Обновить' }).click();
    await page.getByText('Кто-то другой уже изменил эти данные').waitFor({ state: 'detached' });
    expect(await page.inputValue('#event-capacity')).toBe('200');
    await page.locator('#event-capacity').fill('180');
    await page.getByRole('button', { name: 'Сохранить изменения' }).click();
    await page.getByText('Сохранено.').waitFor();
    expect((await t.client.get(`/api/v1/events/${eventId}`)).body.capacity).toBe(180);
    await shoot(page, 'organizer-details');
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Мои форумы' }).click();
    await page.getByRole('link', { name: 'Форум сельских акимов Жамбылской области' }).waitFor();
    await shoot(page, 'organizer-forums');
    // The console speaks Kazakh too.
    await page.getByRole('link', { name: 'Қазақша' }).click();
    expect(await page.locator('h1').textContent()).toBe('Менің форумдарым');
    await page.getByRole('link', { name: 'Жамбыл облысы ауыл әкімдерінің форумы' }).click();
    await page.getByRole('link', { name: 'Күн тәртібі' }).click();
    await page.getByRole('button', { name: '«Семинарлар» бөліміне ішкі сессия қосу' }).waitFor();
    expect(await page.locator('.status-published').first().textContent()).toBe('Жарияланды');
  });
});
