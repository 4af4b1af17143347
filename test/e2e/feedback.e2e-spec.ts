import { readSheet } from '@app/common';
import type { ParsedMail } from 'mailparser';
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
import { eventually } from '../support/eventually';
import { SmtpSink } from '../support/smtp-sink';
import { startTestApp, type TestApp } from '../support/test-app';
import { withClient } from '../support/test-database';

const at = (time: string): string => `${UNDER_WAY_SINCE}T${time}:00+05:00`;
const SURVEY_TITLE = { kk: 'Форум туралы пікіріңіз', ru: 'Ваше мнение о форуме' };

describe('feedback surveys', () => {
  let sink: SmtpSink;
  let t: TestApp;
  let second: TestApp;
  let organizer: string;
  let otherOrganizer: string;
  let eventId: string;
  let otherEventId: string;
  let plenary: string;
  let panel: string;
  const people: Record<'kk' | 'ru' | 'absent' | 'outsider' | 'stranger', { id: string }> = {} as never;
  const tokens: Record<string, string> = {};
  let surveyId: string;
  let anonymousId: string;

  const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> =>
    withClient(t.databaseUrl, async (c) => (await c.query(text, params)).rows as T[]);
  const surveyMails = (): ParsedMail[] =>
    sink.messages.filter((m) => m.subject?.includes(SURVEY_TITLE.kk) || m.subject?.includes(SURVEY_TITLE.ru));
  // The reader's language: the account's (kk unless set), or the one asked for.
  const answer = (id: string, token: string, body: unknown, lang?: string) =>
    t.client.put(`/api/v1/surveys/${id}/answers/me${lang ? `?lang=${lang}` : ''}`, body, { token });
  const session = async (title: string, startsAt: string, endsAt: string): Promise<string> => {
    const created = await t.client.post(
      `/api/v1/events/${eventId}/sessions`,
      { kind: 'plenary', title: { kk: title, ru: title }, startsAt, endsAt },
      { token: organizer },
    );
    expect(created.status).toBe(201);
    return created.body.id;
  };
  const checkIn = async (badgeCode: string, sessionId?: string): Promise<void> => {
    const done = await t.client.post(
      `/api/v1/events/${eventId}/check-ins`,
      { badgeCode, sessionId },
      { token: organizer },
    );
    expect(done.status).toBeLessThan(300);
  };

  beforeAll(async () => {
    sink = await SmtpSink.start();
    const env = { SMTP_URL: sink.url, MAIL_POLL_MS: '100' };
    t = await startTestApp(env);
    // A second instance on the same database, with its own mail worker: each invitation still goes once.
    second = await startTestApp(env, { url: t.databaseUrl, drop: async () => undefined });
    const org = await createOrganization(t);
    const otherOrg = await createOrganization(t);
    organizer = await userWith(t, [{ role: 'organizer', kind: 'organization', id: org.id }]);
    otherOrganizer = await userWith(t, [{ role: 'organizer', kind: 'organization', id: otherOrg.id }]);
    eventId = (await publishedEvent(t, organizer, [org.id], underWay())).id;
    otherEventId = (await publishedEvent(t, otherOrganizer, [otherOrg.id], underWay())).id;
    plenary = await session('Пленарлық отырыс', at('11:00'), at('12:00'));
    panel = await session('Панельдік сессия', at('14:00'), at('15:00'));
    people.kk = await createPerson(t, 'Ержан Қасымшалов', { email: 'kasymshalov@test.kz' });
    people.ru = await createPerson(t, 'Жанар Исабекова', {
      fullName: { kk: 'Жанар Исабекова', ru: 'Жанар Исабекова' },
      language: 'ru',
      email: 'isabekova@test.kz',
    });
    people.absent = await createPerson(t, 'Айдос Нұрпейісов', { email: 'absent@test.kz' });
    people.outsider = await createPerson(t, 'Бекзат Оразов', { email: 'outsider@test.kz' });
    people.stranger = await createPerson(t, 'Гүлнар Сейітова', { email: 'stranger@test.kz' });
    const badges = await registerAll(t, organizer, eventId, [people.kk.id, people.ru.id, people.absent.id]);
    await checkIn(badges[0].body.badgeCode);
    await checkIn(badges[0].body.badgeCode, plenary);
    await checkIn(badges[1].body.badgeCode);
    await checkIn(badges[1].body.badgeCode, plenary);
    await checkIn(badges[1].body.badgeCode, panel);
    const [elsewhere] = await registerAll(t, otherOrganizer, otherEventId, [people.stranger.id]);
    const door = await t.client.post(
      `/api/v1/events/${otherEventId}/check-ins`,
      { badgeCode: elsewhere.body.badgeCode },
      { token: otherOrganizer },
    );
    expect(door.body.status).toBe('checked_in');
    for (const [key, person] of Object.entries(people)) {
      tokens[key] = await userAs(t, person.id);
    }
  });
  afterAll(async () => {
    await second.close();
    await t.close();
    await sink.stop();
  });

  it('an organizer of the event writes a survey; others may not', async () => {
    const body = {
      title: SURVEY_TITLE,
      // The forum ends a year from now (underWay): its survey closes after that.
      closesAt: new Date(Date.now() + 400 * 86_400_000).toISOString(),
      questions: [
        {
          kind: 'choice',
          required: true,
          text: { kk: 'Форум пайдалы болды ма?', ru: 'Был ли форум полезен?' },
          options: [
            { id: 'yes', text: { kk: 'Иә', ru: 'Да' } },
            { id: 'no', text: { kk: 'Жоқ', ru: 'Нет' } },
          ],
        },
        { kind: 'scale', text: { kk: 'Ұйымдастыру', ru: 'Организация' } },
        { kind: 'text', text: { kk: 'Ұсыныстарыңыз', ru: 'Ваши предложения' } },
      ],
    };
    expect((await t.client.post(`/api/v1/events/${eventId}/surveys`, body, { token: otherOrganizer })).status).toBe(
      403,
    );
    expect((await t.client.post(`/api/v1/events/${eventId}/surveys`, body, { token: tokens.kk })).status).toBe(403);
    expect((await t.client.post(`/api/v1/events/${eventId}/surveys`, body)).status).toBe(401);
    const noKazakh = { ...body, title: { ru: 'Только по-русски' } };
    const refused = await t.client.post(`/api/v1/events/${eventId}/surveys`, noKazakh, { token: organizer });
    expect(refused.status).toBe(400);
    expect(refused.body.errors.map((e: { field: string }) => e.field)).toContain('title.kk');
    const created = await t.client.post(`/api/v1/events/${eventId}/surveys`, body, { token: organizer });
    expect(created.status).toBe(201);
    expect(created.body.state).toBe('upcoming');
    expect(created.body.questions.map((q: { id: string }) => q.id)).toEqual(['q1', 'q2', 'q3']);
    surveyId = created.body.id;
    const again = await t.client.post(`/api/v1/events/${eventId}/surveys`, body, { token: organizer });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('SURVEY_EXISTS');
  });

  it('before the event ends nobody answers: 409 in the reader language', async () => {
    const early = await answer(surveyId, tokens.ru, { ratings: [], answers: [] }, 'ru');
    expect(early.status).toBe(409);
    expect(early.body).toMatchObject({ statusCode: 409, code: 'SURVEY_NOT_OPEN' });
    expect(early.body.message).toMatch(/^Опрос ещё не открыт/);
  });

  it('when the event ends, each checked-in participant gets one e-mail with a link to /my', async () => {
    const ended = await t.client.patch(
      `/api/v1/events/${eventId}`,
      { endsAt: new Date(Date.now() - 3_600_000).toISOString() },
      { token: organizer },
    );
    expect(ended.status).toBe(200);
    await eventually(async () => expect(surveyMails().length).toBeGreaterThanOrEqual(2), { timeoutMs: 15_000 });
    // Both instances keep polling: nothing more comes.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const mails = surveyMails();
    expect(mails.map((m) => (m.to as { text: string }).text).sort()).toEqual([
      'isabekova@test.kz',
      'kasymshalov@test.kz',
    ]);
    const kk = mails.find((m) => (m.to as { text: string }).text === 'kasymshalov@test.kz')!;
    expect(kk.subject).toContain(SURVEY_TITLE.kk);
    expect(kk.text).toContain('/my');
    const ru = mails.find((m) => (m.to as { text: string }).text === 'isabekova@test.kz')!;
    expect(ru.subject).toContain(SURVEY_TITLE.ru);
    const rows = await sql(`SELECT count(*)::int AS n FROM mail_outbox WHERE purpose = 'survey.opened'`);
    expect(rows[0].n).toBe(2);
  });

  it('only checked-in participants of the event may answer, each denial in the contract shape', async () => {
    for (const who of ['absent', 'outsider', 'stranger']) {
      const denied = await answer(surveyId, tokens[who], { ratings: [], answers: [] }, 'kk');
      expect(denied.status).toBe(403);
      expect(denied.body).toMatchObject({ statusCode: 403, code: 'SURVEY_NOT_ELIGIBLE' });
      expect(denied.body.message).toMatch(/^Сауалнамаға/);
    }
    expect((await t.client.get(`/api/v1/surveys/${surveyId}`, { token: tokens.stranger })).status).toBe(404);
    expect((await t.client.put(`/api/v1/surveys/${surveyId}/answers/me`, { ratings: [], answers: [] })).status).toBe(
      401,
    );
  });

  it('a participant rates each session attended and answers the questions; checked against the survey', async () => {
    const shown = await t.client.get(`/api/v1/surveys/${surveyId}`, { token: tokens.kk });
    expect(shown.status).toBe(200);
    expect(shown.body).toMatchObject({ state: 'open', canAnswer: true, mine: null });
    expect(shown.body.sessions.map((s: { id: string }) => s.id)).toEqual([plenary]);
    const unrated = await answer(surveyId, tokens.kk, { ratings: [], answers: [{ questionId: 'q1', value: 'yes' }] });
    expect(unrated.status).toBe(400);
    expect(unrated.body.errors[0]).toMatchObject({ field: 'ratings' });
    const wrong = await answer(surveyId, tokens.kk, {
      ratings: [
        { sessionId: plenary, rating: 5 },
        { sessionId: panel, rating: 4 },
      ],
      answers: [
        { questionId: 'q1', value: 'maybe' },
        { questionId: 'q2', value: 9 },
      ],
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'answers.0.value',
      'answers.1.value',
      'answers.q1',
      'ratings.1.sessionId',
    ]);
    const done = await answer(surveyId, tokens.kk, {
      ratings: [{ sessionId: plenary, rating: 4 }],
      answers: [
        { questionId: 'q1', value: 'yes' },
        { questionId: 'q2', value: 4 },
        { questionId: 'q3', value: 'Көбірек уақыт сұрақтарға' },
      ],
    });
    expect(done.status).toBe(200);
    expect(done.body.mine.ratings).toEqual([{ sessionId: plenary, rating: 4 }]);
  });

  it('concurrent submits of one person make one row; a later submit changes it', async () => {
    const body = (rating: number) => ({
      ratings: [
        { sessionId: plenary, rating },
        { sessionId: panel, rating: 3 },
      ],
      answers: [
        { questionId: 'q1', value: 'no' },
        { questionId: 'q2', value: 2 },
        { questionId: 'q3', value: 'Залда салқын болды' },
      ],
    });
    const results = await Promise.all([1, 2, 3, 4, 5, 1, 2, 3].map((r) => answer(surveyId, tokens.ru, body(r))));
    expect(results.map((r) => r.status)).toEqual(Array(8).fill(200));
    const changed = await answer(surveyId, tokens.ru, body(2));
    expect(changed.status).toBe(200);
    const rows = await sql(`SELECT ratings FROM survey_answers WHERE survey_id = $1 AND person_id = $2`, [
      surveyId,
      people.ru.id,
    ]);
    expect(rows).toHaveLength(1);
    expect(rows[0].ratings).toEqual({ [plenary]: 2, [panel]: 3 });
  });

  it('results per session and question: the event organizers and admins only', async () => {
    for (const token of [tokens.kk, otherOrganizer]) {
      const denied = await t.client.get(`/api/v1/surveys/${surveyId}/results`, { token });
      expect(denied.status).toBe(403);
      expect(denied.body.code).toBe('FORBIDDEN');
      expect((await t.client.get(`/api/v1/surveys/${surveyId}/results.xlsx`, { token })).status).toBe(403);
    }
    expect((await t.client.get(`/api/v1/surveys/${surveyId}/results`, { token: await t.adminToken() })).status).toBe(
      200,
    );
    const results = await t.client.get(`/api/v1/surveys/${surveyId}/results?lang=ru`, { token: organizer });
    expect(results.status).toBe(200);
    expect(results.body).toMatchObject({ invited: 2, respondents: 2, anonymous: false });
    expect(results.body.sessions).toEqual([
      { sessionId: plenary, title: 'Пленарлық отырыс', count: 2, average: 3 },
      { sessionId: panel, title: 'Панельдік сессия', count: 1, average: 3 },
    ]);
    const [choice, scale, text] = results.body.questions;
    expect(choice.counts).toEqual([
      { value: 'yes', label: 'Да', count: 1 },
      { value: 'no', label: 'Нет', count: 1 },
    ]);
    expect(scale).toMatchObject({ count: 2, average: 3 });
    expect(text.texts.map((x: { name: string }) => x.name).sort()).toEqual(['Ержан Қасымшалов', 'Жанар Исабекова']);
    const file = await fetch(`${t.client.baseUrl}/api/v1/surveys/${surveyId}/results.xlsx?lang=ru`, {
      headers: { authorization: `Bearer ${organizer}` },
    });
    expect(file.status).toBe(200);
    const sheet = await readSheet(Buffer.from(await file.arrayBuffer()), 'results.xlsx');
    expect(sheet[0].cells[0]).toBe('ФИО');
    expect(
      sheet
        .slice(1)
        .map((r) => r.cells[0])
        .sort(),
    ).toEqual(['Ержан Қасымшалов', 'Жанар Исабекова']);
  });

  it('an anonymous survey names nobody in its results or its export', async () => {
    const created = await t.client.post(
      `/api/v1/events/${eventId}/surveys`,
      {
        sessionId: panel,
        title: { kk: 'Панель туралы', ru: 'О панели' },
        anonymous: true,
        closesAt: new Date(Date.now() + 86_400_000).toISOString(),
        questions: [{ kind: 'text', text: { kk: 'Пікір', ru: 'Мнение' } }],
      },
      { token: organizer },
    );
    expect(created.status).toBe(201);
    anonymousId = created.body.id;
    for (const who of ['kk', 'ru']) {
      const done = await answer(anonymousId, tokens[who], {
        ratings: [{ sessionId: panel, rating: 5 }],
        answers: [{ questionId: 'q1', value: `Пікір ${who}` }],
      });
      expect(done.status).toBe(200);
    }
    const results = await t.client.get(`/api/v1/surveys/${anonymousId}/results`, { token: organizer });
    expect(results.body.respondents).toBe(2);
    expect(results.body.questions[0].texts.map((x: { text: string }) => x.text).sort()).toEqual([
      'Пікір kk',
      'Пікір ru',
    ]);
    const file = await fetch(`${t.client.baseUrl}/api/v1/surveys/${anonymousId}/results.xlsx`, {
      headers: { authorization: `Bearer ${organizer}` },
    });
    const sheet = JSON.stringify(await readSheet(Buffer.from(await file.arrayBuffer()), 'results.xlsx'));
    const users = await sql<{ id: string }>(`SELECT id FROM users`);
    for (const text of [results.text, sheet]) {
      for (const id of [...Object.values(people).map((p) => p.id), ...users.map((u) => u.id)]) {
        expect(text).not.toContain(id);
      }
      for (const name of ['Қасымшалов', 'Исабекова']) {
        expect(text).not.toContain(name);
      }
    }
    expect(text(results.body)).not.toMatch(/personId|"name"/);
  });

  it('the organizer edits the survey (If-Match) and closes it; then answers are refused in the reader language', async () => {
    const shown = await t.client.get(`/api/v1/surveys/${surveyId}`, { token: organizer });
    const stale = await t.client.patch(
      `/api/v1/surveys/${surveyId}`,
      { anonymous: true },
      { token: organizer, headers: { 'if-match': String(shown.body.version + 1) } },
    );
    expect(stale.status).toBe(409);
    expect(
      (await t.client.patch(`/api/v1/surveys/${surveyId}`, { anonymous: true }, { token: otherOrganizer })).status,
    ).toBe(403);
    const closed = await t.client.patch(
      `/api/v1/surveys/${surveyId}`,
      { closesAt: new Date(Date.now() - 60_000).toISOString() },
      { token: organizer, headers: { 'if-match': String(shown.body.version) } },
    );
    expect(closed.status).toBe(200);
    expect(closed.body.state).toBe('closed');
    const late = await answer(surveyId, tokens.kk, { ratings: [{ sessionId: plenary, rating: 1 }], answers: [] }, 'kk');
    expect(late.status).toBe(409);
    expect(late.body).toMatchObject({ statusCode: 409, code: 'SURVEY_CLOSED' });
    expect(late.body.message).toMatch(/^Сауалнама жабылды/);
    const mine = await t.client.get('/api/v1/surveys/mine', { token: tokens.kk });
    expect(mine.body.map((s: { id: string }) => s.id).sort()).toEqual([surveyId, anonymousId].sort());
    expect((await t.client.get('/api/v1/surveys/mine', { token: tokens.stranger })).body).toEqual([]);
  });

  it('once answered, a survey keeps its title and questions; once open, an anonymous one stays anonymous', async () => {
    const patch = (id: string, body: unknown, version: number, lang = 'kk') =>
      t.client.patch(`/api/v1/surveys/${id}?lang=${lang}`, body, {
        token: organizer,
        headers: { 'if-match': String(version) },
      });
    const answered = (await t.client.get(`/api/v1/surveys/${anonymousId}`, { token: organizer })).body;
    const questions = [{ kind: 'scale', text: { kk: 'Жаңа сұрақ', ru: 'Новый вопрос' } }];
    for (const body of [{ questions }, { title: { kk: 'Басқа атау', ru: 'Другое название' } }]) {
      const refused = await patch(anonymousId, body, answered.version);
      expect(refused.status).toBe(409);
      expect(refused.body).toMatchObject({ statusCode: 409, code: 'SURVEY_ANSWERED' });
      expect(refused.body.message).toMatch(/^Сауалнамаға жауап берілді/);
    }
    const promised = await patch(anonymousId, { anonymous: false }, answered.version, 'ru');
    expect(promised.status).toBe(409);
    expect(promised.body).toMatchObject({ code: 'SURVEY_ANONYMITY_PROMISED' });
    expect(promised.body.message).toBe('Участникам обещали анонимный опрос: сделать его неанонимным уже нельзя');
    // A stale version is still that, answered or not; its closing time alone may move.
    expect((await patch(anonymousId, { questions }, answered.version + 1)).body.code).toBe('VERSION_MISMATCH');
    const later = new Date(Date.now() + 2 * 86_400_000).toISOString();
    const moved = await patch(anonymousId, { closesAt: later }, answered.version);
    expect(moved.status).toBe(200);
    const kept = (await t.client.get(`/api/v1/surveys/${anonymousId}`, { token: organizer })).body;
    expect(kept).toMatchObject({ anonymous: true, title: answered.title, questions: answered.questions });

    // Open but not answered yet: its questions may change, its anonymity may not.
    const open = await t.client.post(
      `/api/v1/events/${eventId}/surveys`,
      {
        sessionId: plenary,
        title: { kk: 'Пленарлық туралы', ru: 'О пленарном' },
        anonymous: true,
        closesAt: later,
        questions: [{ kind: 'text', text: { kk: 'Пікір', ru: 'Мнение' } }],
      },
      { token: organizer },
    );
    expect(open.status).toBe(201);
    expect(open.body.state).toBe('open');
    const edited = await patch(open.body.id, { questions }, open.body.version);
    expect(edited.status).toBe(200);
    expect(edited.body.questions).toHaveLength(1);
    expect(edited.body.questions[0].kind).toBe('scale');
    const unveiled = await patch(open.body.id, { anonymous: false }, edited.body.version);
    expect(unveiled.body.code).toBe('SURVEY_ANONYMITY_PROMISED');
    const row = await sql<{ anonymous: boolean }>(`SELECT anonymous FROM surveys WHERE id = $1`, [open.body.id]);
    expect(row[0].anonymous).toBe(true);
  });
});

function text(value: unknown): string {
  return JSON.stringify(value);
}
