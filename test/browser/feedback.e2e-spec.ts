import type { Browser, Page } from 'playwright-core';
import {
  createOrganization,
  createPerson,
  publishedEvent,
  registerAll,
  UNDER_WAY_SINCE,
  underWay,
  userAs,
  userWith,
} from '../support/factories';
import { launchBrowser, newContext, saveScreenshots, seriousAxeViolations, signInContext } from '../support/browser';
import { startTestApp, type TestApp } from '../support/test-app';

describe('web app: a delegate answers a survey on a phone; the organizer reads the results', () => {
  let t: TestApp;
  let browser: Browser;
  let organizer: string;
  let delegate: string;
  let surveyId: string;
  let eventId: string;

  const signedIn = async (token: string, viewportName: 'phone' | 'desktop'): Promise<Page> => {
    const context = await newContext(browser, t.client.baseUrl, { viewportName, bypassCSP: true });
    await signInContext(context, token, (await t.client.get('/api/v1/auth/me', { token })).body);
    return context.newPage();
  };

  beforeAll(async () => {
    t = await startTestApp();
    browser = await launchBrowser();
    const host = await createOrganization(t);
    organizer = await userWith(t, [{ role: 'organizer', kind: 'organization', id: host.id }]);
    eventId = (
      await publishedEvent(t, organizer, [host.id], {
        title: { kk: 'Ауыл әкімдерінің форумы', ru: 'Форум сельских акимов' },
        ...underWay(),
      })
    ).id;
    // A session of the forum's first day: over, so its survey is open.
    const session = await t.client.post(
      `/api/v1/events/${eventId}/sessions`,
      {
        kind: 'plenary',
        title: { kk: 'Пленарлық отырыс', ru: 'Пленарное заседание' },
        startsAt: `${UNDER_WAY_SINCE}T11:00:00+05:00`,
        endsAt: `${UNDER_WAY_SINCE}T12:00:00+05:00`,
      },
      { token: organizer },
    );
    expect(session.status).toBe(201);
    const person = await createPerson(t, 'Ержан Қасымшалов');
    const [registration] = await registerAll(t, organizer, eventId, [person.id]);
    const door = await t.client.post(
      `/api/v1/events/${eventId}/check-ins`,
      { badgeCode: registration.body.badgeCode },
      { token: organizer },
    );
    expect(door.status).toBe(200);
    delegate = await userAs(t, person.id);
    const survey = await t.client.post(
      `/api/v1/events/${eventId}/surveys`,
      {
        sessionId: session.body.id,
        title: { kk: 'Пленарлық отырыс туралы', ru: 'О пленарном заседании' },
        closesAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
        questions: [
          {
            kind: 'choice',
            required: true,
            text: { kk: 'Отырыс пайдалы болды ма?', ru: 'Было ли заседание полезным?' },
            options: [{ text: { kk: 'Иә', ru: 'Да' } }, { text: { kk: 'Жоқ', ru: 'Нет' } }],
          },
          { kind: 'text', text: { kk: 'Ұсыныстарыңыз', ru: 'Ваши предложения' } },
        ],
      },
      { token: organizer },
    );
    expect(survey.status).toBe(201);
    surveyId = survey.body.id;
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('the delegate finds the survey card in /my at phone size and answers it; axe is clean', async () => {
    const phone = await signedIn(delegate, 'phone');
    await phone.goto('/my?lang=ru');
    const card = phone.getByRole('region', { name: 'Опрос: О пленарном заседании' });
    await card.waitFor();
    expect(await seriousAxeViolations(phone)).toEqual([]);
    await card.getByRole('group', { name: 'Оцените заседание: Пленарное заседание' }).getByLabel('оценка 4').check();
    await card
      .getByRole('group', { name: /Было ли заседание полезным/ })
      .getByLabel('Да')
      .check();
    await card.getByLabel('Ваши предложения').fill('Больше времени на вопросы');
    await card.getByRole('button', { name: 'Отправить ответ' }).click();
    await card.getByText('Ваш ответ сохранён').waitFor();
    await card.getByRole('button', { name: 'Изменить ответ' }).waitFor();
    expect(await seriousAxeViolations(phone)).toEqual([]);
    await saveScreenshots(phone, 'survey-card');
    const shown = await t.client.get(`/api/v1/surveys/${surveyId}`, { token: delegate });
    expect(shown.body.mine.ratings).toEqual([{ sessionId: shown.body.sessionId, rating: 4 }]);
    expect(shown.body.mine.answers).toEqual([
      { questionId: 'q1', value: 'o1' },
      { questionId: 'q2', value: 'Больше времени на вопросы' },
    ]);
  });

  it('the organizer reads counts and means in the Feedback tab; axe is clean', async () => {
    const page = await signedIn(organizer, 'desktop');
    await page.goto(`/organizer/events/${eventId}?tab=feedback&lang=ru`);
    const results = page.getByRole('region', { name: /О пленарном заседании/ });
    await results.getByText('Ответили: 1 из 1').waitFor();
    const ratings = results.getByRole('table', { name: 'Оценки заседаний' });
    await ratings.getByRole('row', { name: 'Пленарное заседание 1 4' }).waitFor();
    await results.getByRole('row', { name: 'Да 1' }).waitFor();
    await results.getByText('Больше времени на вопросы').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshots(page, 'feedback-tab');
  });
});
