import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  fillMoment,
  fillRooms,
  launchBrowser,
  newContext,
  saveScreenshots,
  seriousAxeViolations,
  signInContext,
} from '../support/browser';
import { createOrganization } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';

const ZONE = 'Asia/Almaty';

/** `YYYY-MM-DD` of the day `days` from now, in Kazakhstan. */
function dayFromNow(days: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(new Date(Date.now() + days * 86400000));
}

describe('organizer console: a joint forum, the remaining fields, cancelling', () => {
  let t: TestApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let token: string;
  let eventId: string;
  const ids: Record<'oblast' | 'district' | 'foreign', string> = { oblast: '', district: '', foreign: '' };
  const day = dayFromNow(20);

  beforeAll(async () => {
    t = await startTestApp();
    browser = await launchBrowser();
    ids.oblast = (
      await createOrganization(t, {
        name: { kk: 'Жамбыл облысының әкімдігі', ru: 'Акимат Жамбылской области' },
        regionCode: 'KZ-31',
      })
    ).id;
    ids.district = (
      await createOrganization(t, { name: { kk: 'Байзақ ауданының әкімдігі', ru: 'Акимат Байзакского района' } })
    ).id;
    ids.foreign = (
      await createOrganization(t, { name: { kk: 'Түркістан облысының әкімдігі', ru: 'Акимат Туркестанской области' } })
    ).id;
    // The organizer acts for the oblast and the district, not for Turkistan.
    const user = {
      email: 'joint@zhambyl.kz',
      password: 'organizer-pass-1',
      fullName: 'Мұрат Оспанов',
      scopes: [
        { role: 'organizer', kind: 'organization', id: ids.oblast },
        { role: 'organizer', kind: 'organization', id: ids.district },
      ],
    };
    expect((await t.client.post('/api/v1/users', user, { token: await t.adminToken() })).status).toBe(201);
    token = await t.client.login(user.email, user.password);
    const me = (await t.client.get('/api/v1/auth/me', { token })).body;
    context = await newContext(browser, t.client.baseUrl, { viewportName: 'desktop', bypassCSP: true });
    await signInContext(context, token, me);
    page = await context.newPage();
    page.setDefaultTimeout(20_000);
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await t?.close();
  });

  const stored = async (): Promise<Record<string, any>> => {
    const got = await t.client.get(`/api/v1/events/${eventId}`, { token });
    expect(got.status).toBe(200);
    return got.body;
  };

  it('creates a joint forum of two organizations with slug, capacity, approval and quorum', async () => {
    await page.goto('/organizer/events/new?lang=ru');
    await page.locator('#event-title-kk').waitFor();
    // One of the user's own organizations is chosen to start with; the other is found by name and added.
    const chosen = page.getByRole('list', { name: 'Организаторы этого форума' }).locator('li');
    await chosen.first().waitFor();
    const other = (await chosen.first().textContent())!.includes('Жамбылской')
      ? 'Акимат Байзакского района'
      : 'Акимат Жамбылской области';
    await page.fill('#event-organizer-search', other.split(' ')[1].slice(0, 5));
    await page.getByRole('button', { name: `Добавить: ${other}` }).click();
    await chosen.nth(1).waitFor();
    await page.fill('#event-slug', 'zhambyl-baizak-joint-forum');
    await page.fill('#event-title-kk', 'Жамбыл облысы мен Байзақ ауданының бірлескен форумы');
    await page.fill('#event-title-ru', 'Совместный форум Жамбылской области и Байзакского района');
    // Dates are typed dd.mm.yyyy and times on the 24-hour clock, whatever the browser's locale; a day that
    // does not exist is told at once, in the reader's words.
    expect(await page.getAttribute('#event-starts', 'placeholder')).toBe('дд.мм.гггг');
    expect(await page.getAttribute('#event-starts-time', 'placeholder')).toBe('чч:мм');
    await page.fill('#event-starts', '31.02.2027');
    await page.locator('#event-starts').blur();
    expect(await page.locator('#event-starts-error').textContent()).toBe('Дата в виде дд.мм.гггг, например 10.03.2027');
    await fillMoment(page, '#event-starts', `${day}T10:00`);
    await fillMoment(page, '#event-ends', `${day}T17:00`);
    await page.fill('#venue-name-kk', 'Байзақ аудандық мәдениет үйі');
    await page.fill('#venue-name-ru', 'Районный дом культуры');
    await fillRooms(
      page,
      [
        { kk: 'Үлкен зал', ru: 'Большой зал' },
        { kk: 'Кіші зал', ru: 'Малый зал' },
      ],
      'Добавить зал',
    );
    await page.fill('#event-quorum-members', '25');
    // The share is a percent: 150 is told at once, next to the field, in the reader's words.
    await page.fill('#event-quorum-fraction', '150');
    expect(await page.locator('#event-quorum-fraction-error').textContent()).toBe('Процент от 0 до 100, например 50');
    await page.fill('#event-quorum-fraction', '60');
    expect(await page.locator('#event-quorum-fraction-error').count()).toBe(0);
    await page.selectOption('#event-quorum-majority', 'members');
    await page.fill('#event-capacity', '120');
    await page.check('#event-approval');
    await saveScreenshots(page, 'organizer-joint-forum-form');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Создать форум' }).click();
    await page.waitForURL((url) => url.pathname.startsWith('/organizer/events/') && !url.pathname.endsWith('/new'));
    eventId = new URL(page.url()).pathname.split('/').pop()!;

    const event = await stored();
    expect([...event.organizerIds].sort()).toEqual([ids.oblast, ids.district].sort());
    expect(event.slug).toBe('zhambyl-baizak-joint-forum');
    expect(event.capacity).toBe(120);
    expect(event.requiresApproval).toBe(true);
    expect(event.venue.roomNames).toEqual([
      { kk: 'Үлкен зал', ru: 'Большой зал' },
      { kk: 'Кіші зал', ru: 'Малый зал' },
    ]);
    expect(event.quorum).toEqual({ memberCount: 25, fraction: 0.6, majority: 'members' });
    expect(event.startsAt.slice(0, 16)).toBe(`${day}T10:00`);
    // A one-day forum says its day once, then the hours.
    const [year, month, date] = day.split('-').map(Number);
    const months = [
      'января',
      'февраля',
      'марта',
      'апреля',
      'мая',
      'июня',
      'июля',
      'августа',
      'сентября',
      'октября',
      'ноября',
      'декабря',
    ];
    expect(await page.locator('.event-head p').first().textContent()).toContain(
      `${date} ${months[month - 1]} ${year} г., 10:00–17:00`,
    );
  });

  it('shows both organizers and the saved fields on the details tab', async () => {
    await page.goto(`/organizer/events/${eventId}?tab=details`);
    const chosen = page.getByRole('list', { name: 'Организаторы этого форума' });
    await chosen.getByText('Акимат Байзакского района').waitFor();
    expect(await chosen.locator('li').allTextContents()).toEqual(
      expect.arrayContaining([
        expect.stringContaining('Акимат Жамбылской области'),
        expect.stringContaining('Акимат Байзакского района'),
      ]),
    );
    expect(await page.inputValue('#event-slug')).toBe('zhambyl-baizak-joint-forum');
    expect(await page.inputValue('#event-capacity')).toBe('120');
    expect(await page.isChecked('#event-approval')).toBe(true);
    expect(await page.inputValue('#event-quorum-fraction')).toBe('60');
    expect(await page.inputValue('#event-quorum-members')).toBe('25');
    expect(await page.inputValue('#event-quorum-majority')).toBe('members');
    await saveScreenshots(page, 'organizer-joint-forum-details');
    // The cancel button is there too (a draft can be cancelled), readable and labelled.
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('refuses a foreign organization with a message in the user’s language next to the organizers', async () => {
    await page.fill('#event-organizer-search', 'Туркестан');
    await page.getByRole('button', { name: 'Добавить: Акимат Туркестанской области' }).click();
    await page.getByRole('button', { name: 'Сохранить изменения' }).click();
    const message = page.locator('#event-organizers-error');
    await message.waitFor();
    expect(await message.textContent()).toContain('Вы не организатор от имени «Акимат Туркестанской области»');
    await saveScreenshots(page, 'organizer-foreign-organizer-refused');
    // Nothing was saved: still the two organizers.
    expect((await stored()).organizerIds).toHaveLength(2);
    // Removing it again and changing the capacity saves.
    await page.getByRole('button', { name: 'Убрать организатора Акимат Туркестанской области' }).click();
    await page.fill('#event-capacity', '150');
    await page.getByRole('button', { name: 'Сохранить изменения' }).click();
    await page.getByText('Сохранено.').waitFor();
    const event = await stored();
    expect(event.capacity).toBe(150);
    expect(event.organizerIds).toHaveLength(2);
  });

  it('shows an API field error next to the slug', async () => {
    await page.fill('#event-slug', 'Not A Slug!');
    await page.getByRole('button', { name: 'Сохранить изменения' }).click();
    await page.locator('#event-slug-error').waitFor();
    expect(await page.getAttribute('#event-slug', 'aria-invalid')).toBe('true');
    await page.fill('#event-slug', 'zhambyl-baizak-joint-forum');
  });

  it('saves a session’s description in kk/ru/en and its own quorum', async () => {
    await page.goto(`/organizer/events/${eventId}?tab=agenda`);
    await page.getByText('Повестка пуста').waitFor();
    await page.getByRole('button', { name: 'Добавить сессию' }).click();
    await page.fill('#session-new-title-text-kk', 'Пленарлық отырыс');
    await page.fill('#session-new-title-text-ru', 'Пленарное заседание');
    await page.fill('#session-new-description-kk', 'Ауылдарды дамыту бағдарламасын талқылау');
    await page.fill('#session-new-description-ru', 'Обсуждение программы развития сёл');
    await page.fill('#session-new-quorum-members', '12');
    await page.selectOption('#session-new-quorum-majority', 'present');
    await fillMoment(page, '#session-new-starts', `${day}T10:00`);
    await fillMoment(page, '#session-new-ends', `${day}T12:00`);
    await saveScreenshots(page, 'organizer-session-description');
    await page.locator('.session-form').getByRole('button', { name: 'Добавить сессию' }).click();
    await page.locator('.session-form').waitFor({ state: 'detached' });
    const sessions = (await t.client.get(`/api/v1/events/${eventId}/sessions`, { token })).body;
    const list = Array.isArray(sessions) ? sessions : sessions.items;
    expect(list[0].descriptions).toEqual({
      kk: 'Ауылдарды дамыту бағдарламасын талқылау',
      ru: 'Обсуждение программы развития сёл',
    });
    expect(list[0].quorum).toEqual({ memberCount: 12, majority: 'present' });
  });

  it('cancels the forum after the confirm step; “No” keeps it', async () => {
    await page.goto(`/organizer/events/${eventId}?tab=details`);
    // The destructive action waits behind a menu; the sections come first.
    await page.getByText('Другие действия').waitFor();
    expect(await page.getByRole('button', { name: 'Отменить форум' }).isVisible()).toBe(false);
    const tabsTop = (await page.locator('nav.tabs').boundingBox())!.y;
    expect(tabsTop).toBeLessThan((await page.locator('.event-head').boundingBox())!.y);
    await page.getByText('Другие действия').click();
    await page.getByRole('button', { name: 'Отменить форум' }).click();
    await page.getByText('Отменить этот форум?').waitFor();
    await saveScreenshots(page, 'organizer-cancel-confirm');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Нет, оставить' }).click();
    expect((await stored()).status).toBe('draft');
    if (!(await page.getByRole('button', { name: 'Отменить форум' }).isVisible())) {
      await page.getByText('Другие действия').click();
    }
    await page.getByRole('button', { name: 'Отменить форум' }).click();
    await page.getByRole('button', { name: 'Да, отменить форум' }).click();
    await page.locator('.status-cancelled').waitFor();
    expect(await page.locator('.status-cancelled').textContent()).toBe('Отменён');
    expect((await stored()).status).toBe('cancelled');
    expect(await page.getByRole('button', { name: 'Отменить форум' }).count()).toBe(0);
    await saveScreenshots(page, 'organizer-forum-cancelled');
  });

  /** A two-hour draft forum of the district in `days` days, made through the API. */
  async function draftForum(title: { kk: string; ru: string }, days: number) {
    const created = await t.client.post(
      '/api/v1/events',
      {
        kind: 'forum',
        title,
        organizerIds: [ids.district],
        venue: { name: { kk: 'Әкімдік', ru: 'Акимат' } },
        startsAt: `${dayFromNow(days)}T10:00:00+05:00`,
        endsAt: `${dayFromNow(days)}T12:00:00+05:00`,
      },
      { token },
    );
    expect(created.status).toBe(201);
    return created;
  }

  it('closes a published forum after the confirm step', async () => {
    const created = await draftForum({ kk: 'Аудан активінің жиыны', ru: 'Собрание актива района' }, 10);
    expect((await t.client.post(`/api/v1/events/${created.body.id}/publish`, {}, { token })).status).toBe(200);
    eventId = created.body.id;
    await page.goto(`/organizer/events/${eventId}?tab=details`);
    await page.getByText('Другие действия').click();
    await page.getByRole('button', { name: 'Завершить форум (проведён)' }).click();
    await page.getByRole('button', { name: 'Да, завершить форум' }).click();
    await page.locator('.status-closed').waitFor();
    expect((await stored()).status).toBe('closed');
  });

  it('on a phone the sections come first on one line, the status actions behind the menu', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      const draft = await draftForum({ kk: 'Жастар форумы', ru: 'Молодёжный форум' }, 12);
      await page.goto(`/organizer/events/${draft.body.id}?tab=details`);
      const tabs = (await page.locator('nav.tabs').boundingBox())!;
      const firstTab = (await page.locator('nav.tabs a').first().boundingBox())!;
      expect(tabs.height).toBeLessThan(firstTab.height * 1.8);
      expect(tabs.y + tabs.height).toBeLessThan(844);
      expect(tabs.y).toBeLessThan((await page.locator('.event-head').boundingBox())!.y);
      expect(await page.getByRole('button', { name: 'Отменить форум' }).isVisible()).toBe(false);
      await saveScreenshots(page, 'organizer-event-phone');
      expect(await seriousAxeViolations(page)).toEqual([]);
    } finally {
      await page.setViewportSize({ width: 1280, height: 800 });
    }
  });
});
