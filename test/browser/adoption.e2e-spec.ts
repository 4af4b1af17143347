import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newContext, seriousAxeViolations, signInContext } from '../support/browser';
import {
  adoptionRecord,
  adoptionSession,
  bulkPeople,
  createOrganization,
  publishedEvent,
  registerAll,
  underWay,
  UNDER_WAY_SINCE,
  userWith,
} from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';

/** A browser test does many steps; on a shared, loaded machine each takes seconds. */
const BROWSER_TEST_MS = 120_000;

/**
 * Issue 22. Item 4: delegates checked in for the whole event, none to the adopting session. The board, the
 * secretary's vote panel and the protocol's screen say the same number for that session, by the one rule:
 * whole-event check-ins count for the sessions held while they are in.
 */
describe('web app: adopting at a session: one quorum everywhere, acts named by their kind', () => {
  let t: TestApp;
  let browser: Browser;
  let eventId: string;
  let sessionId: string;
  let organizer: string;
  let secretary: string;
  let resolutionId: string;
  let protocolId: string;

  beforeAll(async () => {
    t = await startTestApp();
    browser = await launchBrowser();
    const org = await createOrganization(t, {
      name: { kk: 'Жамбыл облысының әкімдігі', ru: 'Акимат Жамбылской области' },
    });
    organizer = await userWith(t, [{ role: 'organizer', kind: 'organization', id: org.id }]);
    eventId = (await publishedEvent(t, organizer, [org.id], { ...underWay(), quorum: { roles: ['delegate'] } })).id;
    sessionId = await adoptionSession(t, organizer, eventId);
    secretary = await userWith(t, [{ role: 'secretary', kind: 'event', id: eventId }]);
    const people = await bulkPeople(t, 5, (n) => ({ fullName: { kk: `Делегат ${n}` } }));
    const badges = (await registerAll(t, organizer, eventId, people)).map((r) => r.body.badgeCode as string);
    // Three of five at the door on the forum's first morning; one more a week before it (a test scan, not presence).
    const scans = [
      ...badges.slice(0, 3).map((badgeCode) => ({ badgeCode, at: `${UNDER_WAY_SINCE}T09:30:00+05:00` })),
      { badgeCode: badges[3], at: '2026-01-03T09:30:00+05:00' },
    ];
    for (const scan of scans) {
      expect((await t.client.post(`/api/v1/events/${eventId}/check-ins`, scan, { token: organizer })).status).toBe(200);
    }
    const draft = await t.client.post(
      `/api/v1/events/${eventId}/resolutions`,
      {
        title: { kk: 'Жастар саясаты туралы', ru: 'О молодёжной политике' },
        sessionId,
        points: [{ text: { kk: 'Жастар орталығын ашу', ru: 'Открыть молодёжный центр' } }],
      },
      { token: secretary },
    );
    resolutionId = draft.body.id;
    protocolId = (await t.client.post(`/api/v1/events/${eventId}/protocols`, { sessionId }, { token: secretary })).body
      .id;
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function pageOf(token: string): Promise<Page> {
    const me = (await t.client.get('/api/v1/auth/me', { token })).body;
    const context = await newContext(browser, t.client.baseUrl, { viewportName: 'desktop', bypassCSP: true });
    await signInContext(context, token, me);
    return context.newPage();
  }

  it(
    'says 3 present of 5, quorum reached, for the adopting session everywhere',
    async () => {
      // The API: the board's numbers.
      const report = (await t.client.get(`/api/v1/events/${eventId}/attendance?by=role`, { token: organizer })).body;
      expect(report.quorum.find((q: { sessionId: string | null }) => q.sessionId === sessionId)).toEqual({
        sessionId,
        members: 5,
        present: 3,
        required: 3,
        reached: true,
      });

      // The board: the session's row (it said "no quorum, 0 present" before).
      const board = await pageOf(organizer);
      await board.goto(`/board/${eventId}?lang=kk`);
      const row = board.locator('.quorum tbody tr', { hasText: 'Қаулы қабылдау' });
      await row.waitFor();
      expect(await row.locator('td').allTextContents()).toEqual(['3', '3', '5', '✔ Кворум бар']);
      expect(await row.getAttribute('class')).toBe('reached');
      expect(await seriousAxeViolations(board)).toEqual([]);

      // The secretary's vote panel for a resolution of that session.
      const console = await pageOf(secretary);
      await console.goto(`/secretary/resolutions/${resolutionId}?lang=kk`);
      await console.getByTestId('quorum-state').waitFor();
      expect(await console.getByTestId('quorum-state').textContent()).toBe(
        'Қатысып отыр: 3, дауыс беретін мүшелер: 5, кворумға кемінде 3 қажет.',
      );
      await console.getByText('Кворум бар').first().waitFor();

      // The session's protocol.
      await console.goto(`/secretary/protocols/${protocolId}?lang=kk`);
      await console.getByText('Кворум бар: 3, кемінде 3 қажет').waitFor();
    },
    BROWSER_TEST_MS,
  );

  it(
    'names recommendations by their kind and their own number in the console, not as a resolution (issue 22, item 10)',
    async () => {
      const chair = (await bulkPeople(t, 1, () => ({ fullName: { kk: 'Төраға', ru: 'Председатель' } })))[0];
      const adopt = async (kind: string): Promise<{ id: string; number: string }> => {
        const draft = await t.client.post(
          `/api/v1/events/${eventId}/resolutions`,
          {
            kind,
            title: { kk: `${kind} туралы`, ru: `О ${kind}` },
            sessionId,
            points: [{ text: { kk: 'Бір', ru: 'Один' } }],
          },
          { token: secretary },
        );
        const adopted = await t.client.post(
          `/api/v1/resolutions/${draft.body.id}/adopt`,
          { votesFor: 3, votesAgainst: 0, votesAbstained: 0, ...adoptionRecord(chair) },
          { token: secretary },
        );
        expect(adopted.status).toBe(200);
        return adopted.body;
      };
      const resolution = await adopt('resolution');
      const recommendations = await adopt('recommendations');
      expect([resolution.number, recommendations.number]).toEqual(['1/2026', '1/2026']);

      const console = await pageOf(secretary);
      await console.goto('/secretary?lang=ru');
      await console.getByText('Рекомендации № 1/2026 ·').waitFor();
      await console.getByText('Постановление № 1/2026 ·').waitFor();
      await console.goto(`/secretary/resolutions/${recommendations.id}?lang=ru`);
      expect(await console.getByTestId('resolution-kind').textContent()).toBe('Рекомендации');
      expect(await console.getByTestId('resolution-number').textContent()).toBe('№ 1/2026');
      await console.getByText('Место принятия: г. Уральск').waitFor();
      expect(await seriousAxeViolations(console)).toEqual([]);
    },
    BROWSER_TEST_MS,
  );

  it(
    'refuses in the console an adoption dated before its session, saying when the session began (issue 22, item 2)',
    async () => {
      const draft = await t.client.post(
        `/api/v1/events/${eventId}/resolutions`,
        { title: { kk: 'Мерзімі', ru: 'Срок' }, sessionId, points: [{ text: { kk: 'Бір', ru: 'Один' } }] },
        { token: secretary },
      );
      const console = await pageOf(secretary);
      await console.goto(`/secretary/resolutions/${draft.body.id}?lang=ru`);
      await console.getByText('Кворум есть').first().waitFor();
      await console.getByLabel('За', { exact: true }).fill('3');
      await console.locator('#chairId-q').fill('Делегат 1');
      await console.locator('#chairId option', { hasText: 'Делегат 1' }).waitFor({ state: 'attached' });
      await console.locator('#chairId').selectOption({ index: 1 });
      await console.locator('#place-kk').fill('Тараз қаласы');
      await console.locator('#place-ru').fill('г. Тараз');
      await console.locator('#adoptedAt').fill('10.01.2026');
      await console.locator('#adoptedAt-time').fill('15:00');
      await console.getByRole('button', { name: 'Принять постановление' }).click();
      await console
        .getByRole('alert')
        .filter({ hasText: 'Нельзя принять до начала заседания, на котором принимается документ (10.01.2026 16:00)' })
        .waitFor();
      expect((await t.client.get(`/api/v1/resolutions/${draft.body.id}`, { token: secretary })).body.status).toBe(
        'draft',
      );
    },
    BROWSER_TEST_MS,
  );
});
