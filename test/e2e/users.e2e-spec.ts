import { startTestApp, type TestApp } from '../support/test-app';

describe('users, roles and scopes', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.adminToken();
  });
  afterAll(async () => {
    await t.close();
  });

  it('creates a scoped organizer who can sign in and see their scopes', async () => {
    const orgId = '7b0c0b9e-4f7e-4a43-9d55-0d6f0f9c2a11';
    const created = await t.client.post(
      '/api/v1/users',
      {
        email: 'Organizer@Akimat.kz',
        password: 'organizer-pass',
        fullName: 'Мұрат Мұқаев',
        language: 'ru',
        scopes: [{ role: 'organizer', kind: 'organization', id: orgId }],
      },
      { token: admin },
    );
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      email: 'organizer@akimat.kz',
      fullName: 'Мұрат Мұқаев',
      language: 'ru',
      roles: expect.arrayContaining(['participant', 'organizer']),
      scopes: [{ role: 'organizer', kind: 'organization', id: orgId }],
      version: 1,
    });

    const token = await t.client.login('organizer@akimat.kz', 'organizer-pass');
    const me = await t.client.get('/api/v1/auth/me', { token });
    expect(me.body.scopes).toEqual([{ role: 'organizer', kind: 'organization', id: orgId }]);
  });

  it('lets only admins manage users: each route refuses others with 403', async () => {
    await t.client.post('/api/v1/users', { email: 'delegate@test.kz', password: 'delegate-pass' }, { token: admin });
    const participant = await t.client.login('delegate@test.kz', 'delegate-pass');
    const someone = (await t.client.get('/api/v1/users?q=delegate', { token: admin })).body.items[0].id as string;

    const denied = [
      await t.client.get('/api/v1/users', { token: participant }),
      await t.client.get(`/api/v1/users/${someone}`, { token: participant }),
      await t.client.post('/api/v1/users', { email: 'x@test.kz', password: 'password-123' }, { token: participant }),
      await t.client.patch(`/api/v1/users/${someone}`, { roles: ['admin'] }, { token: participant }),
    ];
    for (const result of denied) {
      expect(result.status).toBe(403);
      expect(result.body.code).toBe('FORBIDDEN');
    }
    const me = await t.client.get('/api/v1/auth/me', { token: participant });
    expect(me.body.roles).toEqual(['participant']);
  });

  it('lists and filters users with a total', async () => {
    const all = await t.client.get('/api/v1/users?limit=2', { token: admin });
    expect(all.status).toBe(200);
    expect(all.body.items).toHaveLength(2);
    expect(all.body.total).toBeGreaterThanOrEqual(3);
    const organizers = await t.client.get('/api/v1/users?role=organizer', { token: admin });
    expect(organizers.body.items.map((u: { email: string }) => u.email)).toEqual(['organizer@akimat.kz']);
  });

  it('pages the list by at most 200, and refuses a page size out of range in the error shape', async () => {
    expect((await t.client.get('/api/v1/users?limit=200&offset=0&lang=kk', { token: admin })).status).toBe(200);
    for (const [query, field, code] of [
      ['limit=201', 'limit', 'max'],
      ['limit=0', 'limit', 'min'],
      ['offset=-1', 'offset', 'min'],
      ['lang=de', 'lang', 'isIn'],
    ]) {
      const refused = await t.client.get(`/api/v1/users?${query}`, { token: admin });
      expect([refused.status, refused.body.code]).toEqual([400, 'VALIDATION_FAILED']);
      expect(refused.body.errors).toEqual([expect.objectContaining({ field, code })]);
    }
  });

  it('updates with If-Match and refuses a stale version with 409 VERSION_MISMATCH', async () => {
    const created = await t.client.post(
      '/api/v1/users',
      { email: 'versioned@test.kz', password: 'password-123' },
      { token: admin },
    );
    const id = created.body.id as string;
    const first = await t.client.patch(
      `/api/v1/users/${id}`,
      { fullName: 'Алпамыс Кушкинбаев' },
      { token: admin, headers: { 'if-match': '1' } },
    );
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ fullName: 'Алпамыс Кушкинбаев', version: 2 });

    const stale = await t.client.patch(
      `/api/v1/users/${id}`,
      { fullName: 'Someone else' },
      { token: admin, headers: { 'if-match': '1' } },
    );
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('VERSION_MISMATCH');
    expect((await t.client.get(`/api/v1/users/${id}`, { token: admin })).body.fullName).toBe('Алпамыс Кушкинбаев');

    const badHeader = await t.client.patch(
      `/api/v1/users/${id}`,
      { fullName: 'x' },
      { token: admin, headers: { 'if-match': 'abc' } },
    );
    expect(badHeader.status).toBe(400);
  });

  it('signs a user out everywhere when deactivated or given a new password', async () => {
    const created = await t.client.post(
      '/api/v1/users',
      { email: 'leaver@test.kz', password: 'password-123' },
      { token: admin },
    );
    const token = await t.client.login('leaver@test.kz', 'password-123');
    await t.client.patch(`/api/v1/users/${created.body.id}`, { isActive: false }, { token: admin });
    expect((await t.client.get('/api/v1/auth/me', { token })).status).toBe(401);
    const login = await t.client.post('/api/v1/auth/login', { email: 'leaver@test.kz', password: 'password-123' });
    expect(login.status).toBe(401);
  });

  it('refuses unknown roles and scope kinds', async () => {
    const result = await t.client.post(
      '/api/v1/users',
      { email: 'bad-role@test.kz', password: 'password-123', roles: ['superuser'] },
      { token: admin },
    );
    expect(result.status).toBe(400);
    expect(result.body.errors[0]).toMatchObject({ field: 'roles', code: 'isIn' });
  });
});
