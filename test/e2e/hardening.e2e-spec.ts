import { createOrganization, createPerson, eventBody, userWith } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';

/** Denials and edge inputs found in review: each one a hole that was open. */
describe('permissions and edge inputs', () => {
  let t: TestApp;
  let orgA: { id: string };
  let orgB: { id: string };
  let organizerA: string;
  let organizerB: string;
  beforeAll(async () => {
    t = await startTestApp();
    orgA = await createOrganization(t);
    orgB = await createOrganization(t);
    organizerA = await userWith(t, [{ role: 'organizer', kind: 'organization', id: orgA.id }]);
    organizerB = await userWith(t, [{ role: 'organizer', kind: 'organization', id: orgB.id }]);
  });
  afterAll(async () => {
    await t.close();
  });

  it("refuses an event in another organization's name, on create and on edit", async () => {
    const joint = await t.client.post('/api/v1/events', eventBody([orgB.id, orgA.id]), { token: organizerB });
    expect(joint.status).toBe(403);
    const own = await t.client.post('/api/v1/events', eventBody([orgA.id]), { token: organizerA });
    const added = await t.client.patch(
      `/api/v1/events/${own.body.id}`,
      { organizerIds: [orgA.id, orgB.id] },
      { token: organizerA },
    );
    expect(added.status).toBe(403);
    const admin = await t.adminToken();
    const shared = await t.client.post('/api/v1/events', eventBody([orgA.id, orgB.id]), { token: admin });
    const removed = await t.client.patch(
      `/api/v1/events/${shared.body.id}`,
      { organizerIds: [orgA.id] },
      { token: organizerA },
    );
    expect(removed.status).toBe(403);
  });

  it('freezes the announcement date once published and keeps the lead-day rule for admins', async () => {
    const created = await t.client.post(
      '/api/v1/events',
      eventBody([orgA.id], { announcedAt: '2027-03-08T10:00:00+05:00' }),
      { token: organizerA },
    );
    await t.client.post(`/api/v1/events/${created.body.id}/publish`, undefined, { token: organizerA });
    const backdated = await t.client.patch(
      `/api/v1/events/${created.body.id}`,
      { announcedAt: '2020-01-01T00:00:00+05:00' },
      { token: organizerA },
    );
    expect(backdated.status).toBe(409);
    expect((await t.client.get(`/api/v1/events/${created.body.id}`)).body.meetsLeadTimeRule).toBe(false);
    const relaxed = await t.client.patch(
      `/api/v1/organizations/${orgA.id}`,
      { announcementLeadDays: 0 },
      { token: organizerA },
    );
    expect(relaxed.status).toBe(403);
  });

  it('refuses slugs that would hide a route', async () => {
    const result = await t.client.post('/api/v1/events', eventBody([orgA.id], { slug: 'compliance' }), {
      token: organizerA,
    });
    expect(result.status).toBe(400);
  });

  it("lets organizers edit only their own organization's people, and hides contacts from checkers", async () => {
    const mine = await createPerson(t, 'Алпамыс Кушкинбаев', { organizationId: orgA.id, email: 'alpamys@akimat.kz' });
    const theirs = await createPerson(t, 'Асланбек Саркулов', { organizationId: orgB.id });
    expect(
      (await t.client.patch(`/api/v1/people/${mine.id}`, { phone: '+77011234567' }, { token: organizerA })).status,
    ).toBe(200);
    expect(
      (await t.client.patch(`/api/v1/people/${theirs.id}`, { email: 'hijack@evil.kz' }, { token: organizerA })).status,
    ).toBe(403);
    expect(
      (await t.client.patch(`/api/v1/people/${mine.id}`, { organizationId: orgB.id }, { token: organizerA })).status,
    ).toBe(403);
    const checker = await userWith(t, [{ role: 'checker', kind: 'organization', id: orgA.id }]);
    const seen = await t.client.get(`/api/v1/people/${mine.id}`, { token: checker });
    expect(seen.status).toBe(200);
    expect(seen.body).toMatchObject({ name: 'Алпамыс Кушкинбаев', email: null, phone: null });
    expect((await t.client.get(`/api/v1/people/${mine.id}`, { token: organizerA })).body.email).toBe(
      'alpamys@akimat.kz',
    );
  });

  it("says only 'busy' when the clash is in an event the organizer cannot see", async () => {
    const person = await createPerson(t, 'Мұрат Умралеев');
    const secret = await t.client.post('/api/v1/events', eventBody([orgB.id], { visibility: 'invite_only' }), {
      token: organizerB,
    });
    const hidden = await t.client.post(
      `/api/v1/events/${secret.body.id}/sessions`,
      {
        kind: 'speech',
        title: { kk: 'Құпия баяндама', ru: 'Секретный доклад' },
        startsAt: '2027-03-10T10:00:00+05:00',
        endsAt: '2027-03-10T11:00:00+05:00',
        speakers: [{ personId: person.id }],
      },
      { token: organizerB },
    );
    expect(hidden.status).toBe(201);
    const mine = await t.client.post('/api/v1/events', eventBody([orgA.id]), { token: organizerA });
    const clash = await t.client.post(
      `/api/v1/events/${mine.body.id}/sessions`,
      {
        kind: 'speech',
        title: { kk: 'Баяндама', ru: 'Доклад' },
        startsAt: '2027-03-10T10:00:00+05:00',
        endsAt: '2027-03-10T18:00:00+05:00',
        speakers: [{ personId: person.id }],
      },
      { token: organizerA, headers: { cookie: 'akim_lang=ru' } },
    );
    expect(clash.status).toBe(409);
    expect(clash.body.code).toBe('SPEAKER_CONFLICT');
    expect(clash.body.message).toBe('Мұрат Умралеев в это время участвует в другом мероприятии');
    expect(clash.text).not.toContain('Секретный');
    expect(clash.text).not.toContain(hidden.body.id);
  });

  it('answers NUL bytes with 400, not 500', async () => {
    for (const path of ['/api/v1/events?q=%00', '/api/v1/regions?q=%00', '/api/v1/events/%00', '/api/v1/regions/%00']) {
      const result = await t.client.get(path);
      expect([400, 404]).toContain(result.status);
    }
    const body = await t.client.post('/api/v1/events', eventBody([orgA.id], { title: { kk: 'a\u0000b', ru: 'x' } }), {
      token: organizerA,
    });
    expect(body.status).toBe(400);
  });

  it('takes a session out of its room with room: null', async () => {
    const event = await t.client.post('/api/v1/events', eventBody([orgA.id]), { token: organizerA });
    const session = await t.client.post(
      `/api/v1/events/${event.body.id}/sessions`,
      {
        kind: 'panel',
        title: { kk: 'Панель', ru: 'Панель' },
        startsAt: '2027-03-11T10:00:00+05:00',
        endsAt: '2027-03-11T11:00:00+05:00',
        room: 'Кіші зал',
      },
      { token: organizerA },
    );
    const cleared = await t.client.patch(`/api/v1/sessions/${session.body.id}`, { room: null }, { token: organizerA });
    expect(cleared.status).toBe(200);
    expect(cleared.body.room).toBeNull();
  });

  it('clears optional fields with null on PATCH, and keeps the ones left out', async () => {
    const event = await t.client.post(
      '/api/v1/events',
      eventBody([orgA.id], { capacity: 50, registrationClosesAt: '2027-03-09T18:00:00+05:00' }),
      { token: organizerA },
    );
    const cleared = await t.client.patch(
      `/api/v1/events/${event.body.id}`,
      { capacity: null, registrationClosesAt: null, description: null },
      { token: organizerA },
    );
    expect(cleared.status).toBe(200);
    expect(cleared.body).toMatchObject({
      capacity: null,
      registrationClosesAt: null,
      description: null,
      regionCode: 'KZ-27',
    });
    const person = await createPerson(t, 'Ерсайын Қабиев', { organizationId: orgA.id, email: 'ersain@akimat.kz' });
    const unlinked = await t.client.patch(
      `/api/v1/people/${person.id}`,
      { email: null, position: null },
      { token: organizerA },
    );
    expect(unlinked.body).toMatchObject({ email: null, position: null, organization: { id: orgA.id } });
  });
});
