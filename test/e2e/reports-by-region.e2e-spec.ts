import { randomUUID } from 'node:crypto';
import { createOrganization, createPerson, publishedEvent, userAs, userWith } from '../support/factories';
import { createDistricts, DISTRICTS } from '../support/districts';
import { startTestApp, type TestApp } from '../support/test-app';

type Json = Record<string, any>;

describe('events that report by region: registration asks the district and organization (issue 22, item 13)', () => {
  let t: TestApp;
  let organizer: string;
  let orgId: string;
  let districtOrgId: string;
  let eventId: string;
  const DISTRICT = DISTRICTS.zhanakala;
  const OTHER = DISTRICTS.bokeyOrda;

  beforeAll(async () => {
    t = await startTestApp();
    await createDistricts(t);
    orgId = (await createOrganization(t)).id;
    districtOrgId = (await createOrganization(t, { regionCode: DISTRICT })).id;
    organizer = await userWith(t, [{ role: 'organizer', kind: 'organization', id: orgId }]);
    eventId = (await publishedEvent(t, organizer, [orgId], { reportsByRegion: true })).id;
  });

  afterAll(async () => {
    await t.close();
  });

  const register = (token: string, body: Json = {}) =>
    t.client.post(`/api/v1/events/${eventId}/registrations?lang=ru`, body, { token });

  it('keeps the flag on the event, off by default, and lets the organizer change it', async () => {
    expect((await t.client.get(`/api/v1/events/${eventId}`, { token: organizer })).body.reportsByRegion).toBe(true);
    const plain = await publishedEvent(t, organizer, [orgId]);
    const read = await t.client.get(`/api/v1/events/${plain.id}`, { token: organizer });
    expect(read.body.reportsByRegion).toBe(false);
    const patched = await t.client.patch(`/api/v1/events/${plain.id}`, { reportsByRegion: true }, { token: organizer });
    expect([patched.status, patched.body.reportsByRegion]).toEqual([200, true]);
  });

  it('asks a delegate without a district for one, and checks the district and organization in the directory', async () => {
    const person = await createPerson(t, 'Нұрғалиева Әсел');
    const delegate = await userAs(t, person.id);
    const missing = await register(delegate);
    expect(missing.status).toBe(400);
    expect(missing.body.errors.map((e: Json) => e.field)).toEqual(['regionCode']);
    expect(missing.body.errors[0].message).toMatch(/[а-я]/);

    const unknown = await register(delegate, { regionCode: 'KZ-27-NOPE', organizationId: randomUUID() });
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors.map((e: Json) => e.field).sort()).toEqual(['organizationId', 'regionCode']);

    const done = await register(delegate, { regionCode: ' kz-27-zh ', organizationId: districtOrgId });
    expect(done.status).toBe(201);
    expect(done.body).toMatchObject({ status: 'registered', regionCode: DISTRICT });
    const listed = await t.client.get(`/api/v1/events/${eventId}/registrations?lang=kk`, { token: organizer });
    const row = listed.body.items.find((r: Json) => r.personId === person.id);
    expect(row).toMatchObject({ regionCode: DISTRICT, organization: expect.stringContaining('Әкімдік') });
  });

  it('takes the district and organization from the person when the delegate gives none', async () => {
    const person = await createPerson(t, 'Серіков Дархан', { regionCode: OTHER, organizationId: orgId });
    const done = await register(organizer, { personId: person.id });
    expect(done.status).toBe(201);
    expect(done.body.regionCode).toBe(OTHER);
  });

  it('groups the attendance report by the district and organization given at registration', async () => {
    // Registered in the district though the directory puts the person elsewhere: the report follows the registration.
    const person = await createPerson(t, 'Бекмұхамбетов Ерлан', { regionCode: OTHER });
    const done = await register(organizer, {
      personId: person.id,
      regionCode: DISTRICT,
      organizationId: districtOrgId,
    });
    expect(done.status).toBe(201);
    const report = await t.client.get(`/api/v1/events/${eventId}/attendance?by=region&lang=kk`, { token: organizer });
    expect(report.status).toBe(200);
    const wko = report.body.groups.find((g: Json) => g.key === 'KZ-27');
    const counts = Object.fromEntries(wko.children.map((g: Json) => [g.key, g.registered]));
    expect(counts).toEqual({ [DISTRICT]: 2, [OTHER]: 1 });
    expect(report.body.groups.find((g: Json) => g.key === 'none')).toBeUndefined();

    const byOrganization = await t.client.get(`/api/v1/events/${eventId}/attendance?by=organization`, {
      token: organizer,
    });
    const orgs = Object.fromEntries(byOrganization.body.groups.map((g: Json) => [g.key, g.registered]));
    expect(orgs).toEqual({ [districtOrgId]: 2, [orgId]: 1 });
  });

  it('GET /people/me: the signed-in person’s own record (for the prefill), 404 without one, 401 signed out', async () => {
    const person = await createPerson(t, 'Қуанышев Бауыржан', { regionCode: DISTRICT, email: 'kuanyshev@test.kz' });
    const delegate = await userAs(t, person.id);
    const me = await t.client.get('/api/v1/people/me?lang=kk', { token: delegate });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ id: person.id, regionCode: DISTRICT, email: 'kuanyshev@test.kz' });
    const nobody = await userWith(t, []);
    expect((await t.client.get('/api/v1/people/me', { token: nobody })).status).toBe(404);
    expect((await t.client.get('/api/v1/people/me')).status).toBe(401);
    // The directory itself stays closed to a participant.
    expect((await t.client.get(`/api/v1/people/${person.id}`, { token: delegate })).status).toBe(403);
  });
});
