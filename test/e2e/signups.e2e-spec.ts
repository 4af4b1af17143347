import { createOrganization, dayFromNow, publishedEvent, userWith } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';

/** The forum's day: 90 days ahead whenever the suite runs, so it is open for registration. */
const DAY = dayFromNow(90);

describe('sign-ups for parallel sessions', () => {
  let t: TestApp;
  let organizer: string;
  let eventId: string;
  let seminars: string[];
  const participants: string[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    const org = await createOrganization(t);
    organizer = await userWith(t, [{ role: 'organizer', kind: 'organization', id: org.id }]);
    eventId = (
      await publishedEvent(t, organizer, [org.id], {
        startsAt: `${DAY}T10:00:00+05:00`,
        endsAt: `${DAY}T18:00:00+05:00`,
      })
    ).id;
    const post = (body: Record<string, unknown>) =>
      t.client.post(`/api/v1/events/${eventId}/sessions`, body, { token: organizer });
    const section = await post({
      kind: 'plenary',
      title: { kk: 'Екінші бөлім', ru: 'Вторая часть' },
      startsAt: `${DAY}T13:00:00+05:00`,
      endsAt: `${DAY}T16:00:00+05:00`,
    });
    seminars = [];
    for (const [room, title] of [
      ['Үлкен зал', 'Ауыл аманаты'],
      ['Кіші зал', 'Жер аманаты'],
    ]) {
      const seminar = await post({
        kind: 'seminar',
        title: { kk: title, ru: title },
        startsAt: `${DAY}T13:00:00+05:00`,
        endsAt: `${DAY}T14:30:00+05:00`,
        room,
        parentId: section.body.id,
        seats: 2,
      });
      expect(seminar.status).toBe(201);
      seminars.push(seminar.body.id);
    }
    const admin = await t.adminToken();
    for (const name of ['Айгүл Мұхамбетова', 'Қайрат Досмұхамбетов', 'Жасұлан Қайыржанов', 'Руслан Бисенов']) {
      const email = `${participants.length}@auyl.kz`;
      await t.client.post('/api/v1/users', { email, password: 'password-123', fullName: name }, { token: admin });
      const token = await t.client.login(email, 'password-123');
      expect((await t.client.post(`/api/v1/events/${eventId}/registrations`, {}, { token })).status).toBe(201);
      participants.push(token);
    }
  });
  afterAll(async () => {
    await t.close();
  });

  it('never goes over the seats, keeps one seminar per time slot, and gives a freed seat to the next in line', async () => {
    const results = await Promise.all(
      participants.map((token) => t.client.post(`/api/v1/sessions/${seminars[0]}/signups`, undefined, { token })),
    );
    expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    expect(results.filter((r) => r.body.status === 'confirmed')).toHaveLength(2);
    const waiting = results.filter((r) => r.body.status === 'waitlisted');
    expect(waiting.map((r) => r.body.waitlistPosition).sort()).toEqual([1, 2]);

    const agenda = await t.client.get(`/api/v1/events/${eventId}/agenda`);
    const children = agenda.body.days[0].sessions[0].children;
    expect(children.map((c: { seatsLeft: number }) => c.seatsLeft)).toEqual([0, 2]);

    // One seminar per time slot: a confirmed participant cannot also take the parallel one.
    const confirmedIndex = results.findIndex((r) => r.body.status === 'confirmed');
    const parallel = await t.client.post(`/api/v1/sessions/${seminars[1]}/signups`, undefined, {
      token: participants[confirmedIndex],
    });
    expect(parallel.status).toBe(409);
    expect(parallel.body.code).toBe('SIGNUP_CONFLICT');

    // Cancelling frees the seat for the first in line.
    expect(
      (
        await t.client.request('DELETE', `/api/v1/sessions/${seminars[0]}/signups/me`, {
          token: participants[confirmedIndex],
        })
      ).status,
    ).toBe(204);
    const firstInLine = participants[results.findIndex((r) => r.body.waitlistPosition === 1)];
    const promoted = await t.client.post(`/api/v1/sessions/${seminars[0]}/signups`, undefined, { token: firstInLine });
    expect(promoted.body.status).toBe('confirmed');
    const nowFree = await t.client.post(`/api/v1/sessions/${seminars[1]}/signups`, undefined, {
      token: participants[confirmedIndex],
    });
    expect(nowFree.body.status).toBe('confirmed');
  });

  it('refuses sign-ups for sessions without seats and for people not registered', async () => {
    const agenda = await t.client.get(`/api/v1/events/${eventId}/agenda`);
    const section = agenda.body.days[0].sessions[0].id;
    expect(
      (await t.client.post(`/api/v1/sessions/${section}/signups`, undefined, { token: participants[0] })).status,
    ).toBe(422);
    const stranger = await userWith(t, []);
    const refused = await t.client.post(`/api/v1/sessions/${seminars[1]}/signups`, undefined, { token: stranger });
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('SIGNUP_NOT_OPEN');
  });
});
