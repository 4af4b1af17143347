import { createOrganization, eventBody, userWith } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';

/** An event's organizers name its secretaries and checkers: `/events/:id/staff`. */
describe('event staff (secretaries and checkers named by organizers)', () => {
  let t: TestApp;
  let organizer: string;
  let eventId: string;
  let otherEventId: string;

  async function newUser(email: string): Promise<string> {
    const created = await t.client.post(
      '/api/v1/users',
      { email, password: 'password-123', fullName: 'Айгүл Сейітова', roles: ['participant'] },
      { token: await t.adminToken() },
    );
    expect(created.status).toBe(201);
    return created.body.id as string;
  }

  beforeAll(async () => {
    t = await startTestApp();
    const org = await createOrganization(t);
    organizer = await userWith(t, [{ role: 'organizer', kind: 'organization', id: org.id }]);
    const event = await t.client.post('/api/v1/events', eventBody([org.id]), { token: organizer });
    expect(event.status).toBe(201);
    eventId = event.body.id;
    expect((await t.client.post(`/api/v1/events/${eventId}/publish`, {}, { token: organizer })).status).toBe(200);
    const other = await t.client.post('/api/v1/events', eventBody([org.id], { slug: 'another-forum' }), {
      token: organizer,
    });
    otherEventId = other.body.id;
  });
  afterAll(async () => {
    await t?.close();
  });

  it('grants a checker role on the event to an existing user, who then may check people in there only', async () => {
    const userId = await newUser('checker@akimat.kz');
    const granted = await t.client.post(
      `/api/v1/events/${eventId}/staff`,
      { email: ' Checker@Akimat.kz ', role: 'checker' },
      { token: organizer },
    );
    expect(granted.status).toBe(201);
    expect(granted.body).toEqual({ userId, email: 'checker@akimat.kz', fullName: 'Айгүл Сейітова', role: 'checker' });

    // Granting again changes nothing.
    const again = await t.client.post(
      `/api/v1/events/${eventId}/staff`,
      { email: 'checker@akimat.kz', role: 'checker' },
      { token: organizer },
    );
    expect(again.status).toBe(201);
    const list = await t.client.get(`/api/v1/events/${eventId}/staff`, { token: organizer });
    expect(list.status).toBe(200);
    expect(list.body.items).toEqual([granted.body]);

    const user = await t.client.get(`/api/v1/users/${userId}`, { token: await t.adminToken() });
    expect(user.body.roles).toEqual(expect.arrayContaining(['participant', 'checker']));
    expect(user.body.scopes).toEqual([{ role: 'checker', kind: 'event', id: eventId }]);

    // The right works at once: the checker reads the event's roster for the door, and not another event's; the
    // attendance report is for organizers and secretaries.
    const checker = await t.client.login('checker@akimat.kz', 'password-123');
    const roster = (id: string) => t.client.get(`/api/v1/events/${id}/registrations?limit=10`, { token: checker });
    expect((await roster(eventId)).status).toBe(200);
    expect((await roster(otherEventId)).status).not.toBe(200);
    expect((await t.client.get(`/api/v1/events/${eventId}/attendance`, { token: checker })).status).toBe(403);

    const audit = await t.client.get(`/api/v1/audit?entity=event&entityId=${eventId}`, { token: organizer });
    expect(audit.body).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          action: 'grant',
          changes: { staff: { from: null, to: { userId, email: 'checker@akimat.kz', role: 'checker' } } },
        }),
      ]),
    );
  });

  it('takes a role away, and answers 404 when there is no such right', async () => {
    const userId = await newUser('secretary@akimat.kz');
    const granted = await t.client.post(
      `/api/v1/events/${eventId}/staff`,
      { email: 'secretary@akimat.kz', role: 'secretary' },
      { token: organizer },
    );
    expect(granted.status).toBe(201);
    const removed = await t.client.request('DELETE', `/api/v1/events/${eventId}/staff/${userId}/secretary`, {
      token: organizer,
    });
    expect(removed.status).toBe(204);
    const list = await t.client.get(`/api/v1/events/${eventId}/staff`, { token: organizer });
    expect(list.body.items.map((m: { email: string }) => m.email)).not.toContain('secretary@akimat.kz');
    const user = await t.client.get(`/api/v1/users/${userId}`, { token: await t.adminToken() });
    expect(user.body.scopes).toEqual([]);

    const twice = await t.client.request('DELETE', `/api/v1/events/${eventId}/staff/${userId}/secretary`, {
      token: organizer,
    });
    expect(twice.status).toBe(404);
    const badRole = await t.client.request('DELETE', `/api/v1/events/${eventId}/staff/${userId}/organizer`, {
      token: organizer,
    });
    expect(badRole.status).toBe(400);
    expect(badRole.body.errors[0].field).toBe('role');
  });

  it('names an unknown e-mail and a wrong role next to their fields, in the asked language', async () => {
    const unknown = await t.client.post(
      `/api/v1/events/${eventId}/staff?lang=ru`,
      { email: 'nobody@akimat.kz', role: 'checker' },
      { token: organizer },
    );
    expect(unknown.status).toBe(422);
    expect(unknown.body).toMatchObject({
      code: 'USER_NOT_FOUND',
      message: expect.stringContaining('nobody@akimat.kz'),
      errors: [{ field: 'email', code: 'userNotFound', message: 'Пользователя с такой почтой нет' }],
    });
    const invalid = await t.client.post(
      `/api/v1/events/${eventId}/staff`,
      { email: 'not-an-email', role: 'organizer' },
      { token: organizer },
    );
    expect(invalid.status).toBe(400);
    expect(invalid.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['email', 'role']);
  });

  it('denies a participant, a checker of the event and an organizer of another organization', async () => {
    await newUser('target@akimat.kz');
    const participant = await userWith(t, []);
    const checker = await userWith(t, [{ role: 'checker', kind: 'event', id: eventId }]);
    const stranger = await userWith(t, [
      { role: 'organizer', kind: 'organization', id: (await createOrganization(t)).id },
    ]);
    const body = { email: 'target@akimat.kz', role: 'checker' };
    for (const token of [participant, checker, stranger]) {
      expect((await t.client.post(`/api/v1/events/${eventId}/staff`, body, { token })).status).toBe(403);
      expect((await t.client.get(`/api/v1/events/${eventId}/staff`, { token })).status).toBe(403);
    }
    // Another organization's draft is not even revealed.
    expect((await t.client.get(`/api/v1/events/${otherEventId}/staff`, { token: stranger })).status).toBe(404);
    expect((await t.client.post(`/api/v1/events/${eventId}/staff`, body)).status).toBe(401);
    const list = await t.client.get(`/api/v1/events/${eventId}/staff`, { token: organizer });
    expect(list.body.items.map((m: { email: string }) => m.email)).not.toContain('target@akimat.kz');
  });
});
