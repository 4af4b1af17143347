import { SurveyInvitations } from '../../apps/api/src/participation/feedback/survey-invitations';
import {
  createOrganization,
  createPerson,
  publishedEvent,
  registerAll,
  UNDER_WAY_SINCE,
  underWay,
  userWith,
} from '../support/factories';
import { eventually, mailSettled } from '../support/eventually';
import { SmtpSink } from '../support/smtp-sink';
import { startTestApp, type TestApp } from '../support/test-app';
import { withClient } from '../support/test-database';

const at = (time: string): string => `${UNDER_WAY_SINCE}T${time}:00+05:00`;
const SURVEY_TITLE = { kk: 'Кешікіп келгендерге сауалнама', ru: 'Опрос для опоздавших' };

describe('a survey reaches those who check in after it opened, once each', () => {
  let sink: SmtpSink;
  let t: TestApp;
  let second: TestApp;
  let organizer: string;
  let eventId: string;
  let surveyId: string;
  const badges: Record<'early' | 'late' | 'afterClose', string> = {} as never;
  const people: Record<'early' | 'late' | 'afterClose', { id: string }> = {} as never;
  const EMAIL = { early: 'early@survey.kz', late: 'late@survey.kz', afterClose: 'after-close@survey.kz' };

  const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> =>
    withClient(t.databaseUrl, async (c) => (await c.query(text, params)).rows as T[]);
  /** The survey mails each address got. */
  const surveyMailsTo = (email: string): number =>
    sink.messages.filter((m) => (m.to as { text: string }).text === email && m.subject?.includes(SURVEY_TITLE.kk))
      .length;
  const invitedPeople = async (): Promise<string[]> =>
    (
      await sql<{ person_id: string }>(
        `SELECT person_id FROM survey_invitations WHERE survey_id = $1 ORDER BY person_id`,
        [surveyId],
      )
    ).map((r) => r.person_id);
  const checkIn = async (badgeCode: string): Promise<void> => {
    const done = await t.client.post(`/api/v1/events/${eventId}/check-ins`, { badgeCode }, { token: organizer });
    expect(done.status).toBeLessThan(300);
    expect(done.body.status).toBe('checked_in');
  };
  /** One pass on each instance at the same moment (their mail workers keep polling too); how many they asked. */
  const passOnBoth = async (): Promise<number> => {
    const counts = await Promise.all(
      [t, second, t, second].map((app) => app.app.get(SurveyInvitations).queueDue(new Date())),
    );
    return counts.reduce((a, b) => a + b, 0);
  };

  beforeAll(async () => {
    sink = await SmtpSink.start();
    const env = { SMTP_URL: sink.url, MAIL_POLL_MS: '100' };
    t = await startTestApp(env);
    // A second instance on the same database with its own mail worker: the invitations' primary key decides.
    second = await startTestApp(env, { url: t.databaseUrl, drop: async () => undefined });
    const org = await createOrganization(t);
    organizer = await userWith(t, [{ role: 'organizer', kind: 'organization', id: org.id }]);
    eventId = (await publishedEvent(t, organizer, [org.id], underWay())).id;
    for (const key of ['early', 'late', 'afterClose'] as const) {
      people[key] = await createPerson(t, `Қатысушы ${key}`, { email: EMAIL[key] });
    }
    const registered = await registerAll(t, organizer, eventId, [
      people.early.id,
      people.late.id,
      people.afterClose.id,
    ]);
    badges.early = registered[0].body.badgeCode;
    badges.late = registered[1].body.badgeCode;
    badges.afterClose = registered[2].body.badgeCode;
  });
  afterAll(async () => {
    await second.close();
    await t.close();
    await sink.stop();
  });

  it('a survey of a session that has ended opens at once: the one checked in gets one mail', async () => {
    await checkIn(badges.early);
    // The morning session of the forum under way ended long ago: its survey is open as soon as it is written.
    const session = await t.client.post(
      `/api/v1/events/${eventId}/sessions`,
      {
        kind: 'plenary',
        title: { kk: 'Таңғы отырыс', ru: 'Утреннее заседание' },
        startsAt: at('11:00'),
        endsAt: at('12:00'),
      },
      { token: organizer },
    );
    expect(session.status).toBe(201);
    const created = await t.client.post(
      `/api/v1/events/${eventId}/surveys`,
      {
        title: SURVEY_TITLE,
        sessionId: session.body.id,
        closesAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
        questions: [{ kind: 'scale', text: { kk: 'Ұйымдастыру', ru: 'Организация' } }],
      },
      { token: organizer },
    );
    expect(created.status).toBe(201);
    expect(created.body.state).toBe('open');
    surveyId = created.body.id;
    await eventually(async () => expect(surveyMailsTo(EMAIL.early)).toBe(1), { timeoutMs: 15_000 });
    expect(await invitedPeople()).toEqual([people.early.id]);
  });

  it('one who checks in later gets one mail on the next pass; the first gets no second one', async () => {
    await checkIn(badges.late);
    // Four passes race the two mail workers: whoever wins, the late arrival is asked once.
    expect(await passOnBoth()).toBeLessThanOrEqual(1);
    await eventually(async () => expect(surveyMailsTo(EMAIL.late)).toBe(1), { timeoutMs: 15_000 });
    expect(await passOnBoth()).toBe(0);
    await mailSettled(t.databaseUrl);
    expect(surveyMailsTo(EMAIL.early)).toBe(1);
    expect(surveyMailsTo(EMAIL.late)).toBe(1);
    expect((await invitedPeople()).sort()).toEqual([people.early.id, people.late.id].sort());
    const queued = await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM mail_outbox WHERE purpose = 'survey.opened' AND dedupe_key LIKE $1`,
      [`survey:${surveyId}:%`],
    );
    expect(queued[0].n).toBe(2);
  });

  it('once the survey has closed, a pass invites nobody, not even one who checks in then', async () => {
    const shown = await t.client.get(`/api/v1/surveys/${surveyId}`, { token: organizer });
    const closed = await t.client.patch(
      `/api/v1/surveys/${surveyId}`,
      { closesAt: new Date(Date.now() - 60_000).toISOString() },
      { token: organizer, headers: { 'if-match': String(shown.body.version) } },
    );
    expect(closed.status).toBe(200);
    expect(closed.body.state).toBe('closed');
    await checkIn(badges.afterClose);
    expect(await passOnBoth()).toBe(0);
    await mailSettled(t.databaseUrl);
    expect(surveyMailsTo(EMAIL.afterClose)).toBe(0);
    expect((await invitedPeople()).sort()).toEqual([people.early.id, people.late.id].sort());
    expect(surveyMailsTo(EMAIL.early)).toBe(1);
    expect(surveyMailsTo(EMAIL.late)).toBe(1);
  });
});
