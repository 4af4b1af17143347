import type { Browser } from 'playwright-core';
import { createOrganization, dayFromNow, userWith } from '../support/factories';
import { launchBrowser, newContext, saveScreenshots, seriousAxeViolations, signInContext } from '../support/browser';
import { startTestApp, type TestApp } from '../support/test-app';
import { withClient } from '../support/test-database';

describe('web app: the control room', () => {
  let t: TestApp;
  let browser: Browser;
  let organizer: string;
  let organizerUser: unknown;
  const org: Record<'oblast' | 'zhanakala' | 'kaztalov', string> = {} as never;

  beforeAll(async () => {
    t = await startTestApp();
    browser = await launchBrowser();
    org.oblast = (await createOrganization(t, { name: { kk: 'БҚО әкімдігі', ru: 'Акимат ЗКО' } })).id;
    org.zhanakala = (
      await createOrganization(t, {
        name: { kk: 'Жаңақала ауданының әкімдігі', ru: 'Акимат Жанакалинского района' },
        parentId: org.oblast,
      })
    ).id;
    org.kaztalov = (
      await createOrganization(t, {
        name: { kk: 'Казталов ауданының әкімдігі', ru: 'Акимат Казталовского района' },
        parentId: org.oblast,
      })
    ).id;
    organizer = await userWith(t, [{ role: 'organizer', kind: 'organization', id: org.oblast }]);
    organizerUser = (await t.client.get('/api/v1/auth/me', { token: organizer })).body;
    const plan = await t.client.post(
      '/api/v1/plans',
      {
        title: { kk: 'Жол картасы', ru: 'Дорожная карта' },
        ownerOrganizationId: org.oblast,
        startsOn: dayFromNow(-365),
        endsOn: dayFromNow(2 * 365),
      },
      { token: organizer },
    );
    const steps: [keyof typeof org, string, string, number[]][] = [
      ['zhanakala', 'Мектеп салу', 'Построить школу', [30, 80]],
      ['zhanakala', 'Қасымшалов көшесін жарықтандыру', 'Осветить улицу Касымшалова', [50]],
      ['kaztalov', 'Су құбырын тарту', 'Провести водопровод', [20]],
      ['kaztalov', 'Жол жөндеу', 'Отремонтировать дорогу', []],
    ];
    for (const [i, [who, kk, ru, progress]] of steps.entries()) {
      const point = await t.client.post(
        `/api/v1/plans/${plan.body.id}/points`,
        {
          text: { kk, ru },
          responsibleOrganizationId: org[who],
          dueDate: i === 3 ? dayFromNow(-280) : dayFromNow(300),
        },
        { token: organizer },
      );
      for (const percent of progress) {
        await t.client.patch(
          `/api/v1/plans/${plan.body.id}/points/${point.body.id}`,
          { percent, note: 'Есеп', evidenceUrl: 'https://example.kz/report' },
          { token: organizer },
        );
      }
    }
    // The reports were made weeks apart: the trend has a history to draw.
    await withClient(t.databaseUrl, (client) =>
      client.query(
        `UPDATE plan_point_progress g SET at = now() - make_interval(weeks => 4 - o.n)
         FROM (SELECT id, row_number() OVER (ORDER BY at, id)::int AS n FROM plan_point_progress) o WHERE o.id = g.id`,
      ),
    );
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('shows the figures and the trend, filters by organization, and reads the chart’s numbers from its table', async () => {
    const context = await newContext(browser, t.client.baseUrl, { bypassCSP: true });
    await signInContext(context, organizer, organizerUser);
    const page = await context.newPage();
    await page.goto('/control?lang=ru');
    await page.getByRole('heading', { name: 'Контроль исполнения' }).waitFor();
    await page.locator('[data-figure="points"]').getByText('4').waitFor();
    // One road-map point is overdue: the room opens on it (the user's own organizations' urgent work).
    await page.locator('[data-view="mine"]').waitFor();
    expect(await page.locator('#points tbody tr').count()).toBe(1);
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.getByLabel('Ответственный орган').selectOption({ label: 'Акимат Жанакалинского района' });
    await page.getByRole('button', { name: 'Показать' }).click();
    await page.locator('[data-view="filtered"]').waitFor();
    await page.locator('[data-figure="points"]').getByText('2').waitFor();
    expect(page.url()).toContain(`organization=${org.zhanakala}`);
    expect(await page.locator('[data-figure="percent"]').textContent()).toBe('65');

    await page.getByText('Числа диаграммы: исполнение по неделям, %').first().click();
    const shown = await page
      .locator('#trend-table tbody td')
      .evaluateAll((cells) => cells.map((cell) => Number(cell.getAttribute('data-percent'))));
    const api = await t.client.get(`/api/v1/control/summary?organization=${org.zhanakala}`, { token: organizer });
    expect(shown).toEqual(api.body.trend.map((w: { percent: number }) => w.percent));
    // Worked out by hand, a report a week: the school at 30 % then 80 %, then the street at 50 %, of the two points.
    expect(shown.slice(-4)).toEqual([15, 40, 65, 65]);
    expect(await seriousAxeViolations(page)).toEqual([]);

    // The table sorts by a column; a point opens its history with the evidence.
    await page.getByRole('button', { name: 'Наименование' }).click();
    await page
      .locator('#points')
      .getByRole('button', { name: /История: 1/ })
      .click();
    await page.getByRole('heading', { name: /История: 1\. Построить школу/ }).waitFor();
    expect(await page.locator('.ctl-history li').count()).toBe(2);
    expect(await page.locator('.ctl-history a', { hasText: 'Подтверждение' }).count()).toBe(2);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshots(page, 'control-room');

    await page.goto('/control?lang=kk&q=касымшал');
    await page.getByRole('heading', { name: 'Орындалуын бақылау' }).waitFor();
    await page.locator('#points tbody tr').first().getByText('Қасымшалов көшесін жарықтандыру').waitFor();
    expect(await page.locator('#points tbody tr').count()).toBe(1);
    await page.goto('/control?lang=en');
    await page.getByRole('heading', { name: 'Execution control' }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await context.close();
  });
});
