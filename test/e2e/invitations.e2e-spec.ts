import { createOrganization, createPerson, publishedEvent, userWith } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';

describe('invitations', () => {
  let t: TestApp;
  let organizer: string;
  let eventId: string;
  let org: { id: string };

  beforeAll(async () => {
    t = await startTestApp();
    org = await createOrganization(t);
    organizer = await userWith(t, [{ role: 'organizer', kind: 'organization', id: org.id }]);
    eventId = (await publishedEvent(t, organizer, [org.id], { capacity: 2 })).id;
  });
  afterAll(async () => {
    await t.close();
  });

  it('invites the rural akims of a region, skips people already in, and each link confirms or declines without a password', async () => {
    const admin = await t.adminToken();
    await t.client.post(
      '/api/v1/regions',
      { code: 'KZ-27-INV', parentCode: 'KZ-27', level: 'district', name: { kk: 'Аудан', ru: 'Район' } },
      { token: admin },
    );
    const akims = [];
    for (const name of ['Бауыржан Есенғалиев', 'Гүлнар Сағынғалиева', 'Ерлан Төлегенов']) {
      akims.push(await createPerson(t, name, { regionCode: 'KZ-27-INV', category: 'rural_akim' }));
    }
    await createPerson(t, 'Депутат Басқа', { regionCode: 'KZ-27-INV', category: 'deputy' });
    await t.client.post(`/api/v1/events/${eventId}/registrations`, { personId: akims[2].id }, { token: organizer });

    const invited = await t.client.post(
      `/api/v1/events/${eventId}/invitations`,
      { regionCode: 'KZ-27', category: 'rural_akim' },
      { token: organizer },
    );
    expect(invited.status).toBe(200);
    expect(invited.body).toMatchObject({ invited: 2, skipped: 1 });
    const links = invited.body.invitations.map((i: { link: string }) => new URL(i.link).pathname);
    expect(links.every((p: string) => /^\/invitations\/[A-Za-z0-9_-]{43}$/.test(p))).toBe(true);

    const [first, second] = links;
    const view = await t.client.get(`/api/v1${first}?lang=kk`);
    expect(view.body).toMatchObject({ status: 'invited', eventTitle: 'Ауыл әкімдерінің форумы' });
    const confirmed = await t.client.post(`/api/v1${first}/confirm`);
    expect(confirmed.body.status).toBe('registered');
    expect(confirmed.body.badgeCode).toMatch(/^[0-9A-Z]{20}$/);
    expect((await t.client.post(`/api/v1${first}/confirm`)).body.status).toBe('registered');
    expect((await t.client.post(`/api/v1${first}/decline`)).status).toBe(409);

    // The event holds two: the directly registered akim and the first who confirmed. The next waits.
    const waiting = await t.client.post(`/api/v1${second}/confirm`);
    expect(waiting.body).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });

    expect((await t.client.get('/api/v1/invitations/not-a-real-token')).status).toBe(404);
  });

  it('lets only the event organizers invite', async () => {
    const person = await createPerson(t, 'Асхат Жұмабаев');
    const outsider = await userWith(t, [
      { role: 'organizer', kind: 'organization', id: (await createOrganization(t)).id },
    ]);
    expect(
      (await t.client.post(`/api/v1/events/${eventId}/invitations`, { personIds: [person.id] }, { token: outsider }))
        .status,
    ).toBe(403);
    const participant = await userWith(t, []);
    expect(
      (await t.client.post(`/api/v1/events/${eventId}/invitations`, { personIds: [person.id] }, { token: participant }))
        .status,
    ).toBe(403);
    const declined = await t.client.post(
      `/api/v1/events/${eventId}/invitations`,
      { personIds: [person.id] },
      { token: organizer },
    );
    const link = new URL(declined.body.invitations[0].link).pathname;
    expect((await t.client.post(`/api/v1${link}/decline`)).body.status).toBe('declined');
    expect((await t.client.post(`/api/v1${link}/confirm`)).status).toBe(409);
    expect((await t.client.post(`/api/v1/events/${eventId}/invitations`, {}, { token: organizer })).status).toBe(400);
  });
});
