import argon2 from 'argon2';
import { ADMIN, startTestApp, type TestApp } from '../support/test-app';
import { withClient } from '../support/test-database';

describe('auth', () => {
  let t: TestApp;
  const sql = (text: string, params: unknown[] = []) => withClient(t.databaseUrl, (c) => c.query(text, params));
  beforeAll(async () => {
    t = await startTestApp({ LOGIN_MAX_ATTEMPTS_PER_ACCOUNT: '10', LOGIN_MAX_ATTEMPTS_PER_IP: '1000' });
  });
  afterAll(async () => {
    await t.close();
  });

  it('creates the configured admin at start and signs them in', async () => {
    const login = await t.client.post('/api/v1/auth/login', {
      email: ADMIN.email.toUpperCase(),
      password: ADMIN.password,
    });
    expect(login.status).toBe(200);
    expect(login.body.accessToken).toEqual(expect.any(String));
    expect(login.body.user).toMatchObject({ email: ADMIN.email, roles: ['admin'] });
    expect(login.body.user.passwordHash).toBeUndefined();

    const me = await t.client.get('/api/v1/auth/me', { token: login.body.accessToken });
    expect(me.status).toBe(200);
    expect(me.body.email).toBe(ADMIN.email);
  });

  it('hashes passwords with 19 MiB, and replaces a hash with older settings at the next sign-in', async () => {
    const hashOf = async (email: string): Promise<string> =>
      (await sql(`SELECT password_hash AS hash FROM users WHERE email = $1`, [email])).rows[0].hash;
    expect(await hashOf(ADMIN.email)).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);

    const email = 'legacy-hash@test.kz';
    const created = await t.client.post(
      '/api/v1/users',
      { email, password: 'legacy-password-1', roles: ['participant'] },
      { token: await t.adminToken() },
    );
    expect(created.status).toBe(201);
    // As the library's defaults (64 MiB, 3 passes, 4 lanes) made it before.
    const legacy = await argon2.hash('legacy-password-1', { type: argon2.argon2id });
    await sql(`UPDATE users SET password_hash = $2 WHERE email = $1`, [email, legacy]);
    const token = await t.client.login(email, 'legacy-password-1');
    expect(await hashOf(email)).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
    // Same password, same account: the version and the session stay.
    expect((await t.client.get('/api/v1/auth/me', { token })).status).toBe(200);
    expect((await t.client.get(`/api/v1/users/${created.body.id}`, { token: await t.adminToken() })).body.version).toBe(
      created.body.version,
    );
    await t.client.login(email, 'legacy-password-1');
    expect((await t.client.post('/api/v1/auth/login', { email, password: 'wrong-password-1' })).status).toBe(401);
  });

  it('answers a malformed login body with 400 VALIDATION_FAILED and field errors', async () => {
    const result = await t.client.post(
      '/api/v1/auth/login',
      { email: 'not-an-email' },
      { headers: { 'accept-language': 'ru' } },
    );
    expect(result.status).toBe(400);
    expect(result.body.code).toBe('VALIDATION_FAILED');
    expect(result.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'email', code: 'isEmail', message: 'Неверный адрес электронной почты' }),
        expect.objectContaining({ field: 'password' }),
      ]),
    );
  });

  it('refuses unknown fields in the body', async () => {
    const result = await t.client.post('/api/v1/auth/login', { email: ADMIN.email, password: 'x', admin: true });
    expect(result.status).toBe(400);
    expect(result.body.errors).toEqual([expect.objectContaining({ field: 'admin', code: 'whitelistValidation' })]);
  });

  it('answers a wrong password with 401 INVALID_CREDENTIALS, and an unknown e-mail the same way', async () => {
    const wrong = await t.client.post('/api/v1/auth/login', { email: ADMIN.email, password: 'wrong-password' });
    expect(wrong.status).toBe(401);
    expect(wrong.body.code).toBe('INVALID_CREDENTIALS');
    const unknown = await t.client.post('/api/v1/auth/login', { email: 'nobody@test.kz', password: 'wrong-password' });
    expect(unknown.status).toBe(401);
    expect(unknown.body).toEqual(wrong.body);
  });

  it('closes non-public routes to requests without a valid token', async () => {
    const none = await t.client.get('/api/v1/auth/me');
    expect(none.status).toBe(401);
    expect(none.body.code).toBe('AUTH_REQUIRED');
    const forged = await t.client.get('/api/v1/auth/me', { token: 'forged-token' });
    expect(forged.status).toBe(401);
    expect(forged.body.code).toBe('TOKEN_INVALID');
    const users = await t.client.get('/api/v1/users');
    expect(users.status).toBe(401);
  });

  it('revokes the token on logout', async () => {
    const token = await t.client.login(ADMIN.email, ADMIN.password);
    expect((await t.client.get('/api/v1/auth/me', { token })).status).toBe(200);
    const logout = await t.client.post('/api/v1/auth/logout', undefined, { token });
    expect(logout.status).toBe(204);
    const after = await t.client.get('/api/v1/auth/me', { token });
    expect(after.status).toBe(401);
    expect(after.body.code).toBe('TOKEN_INVALID');
  });

  it('accepts the web app session cookie as well as the bearer header', async () => {
    const token = await t.client.login(ADMIN.email, ADMIN.password);
    const me = await t.client.get('/api/v1/auth/me', { headers: { cookie: `theme=dark; akim_session=${token}` } });
    expect(me.status).toBe(200);
  });

  it('refuses the 11th wrong login for one account within a minute with 429, even with the right password', async () => {
    const email = 'throttled@test.kz';
    const adminToken = await t.adminToken();
    expect(
      (await t.client.post('/api/v1/users', { email, password: 'right-password' }, { token: adminToken })).status,
    ).toBe(201);

    for (let attempt = 1; attempt <= 10; attempt++) {
      const result = await t.client.post('/api/v1/auth/login', { email, password: `wrong-${attempt}` });
      expect(result.status).toBe(401);
    }
    const eleventh = await t.client.post(
      '/api/v1/auth/login',
      { email, password: 'wrong-11' },
      { headers: { 'accept-language': 'en' } },
    );
    expect(eleventh.status).toBe(429);
    expect(eleventh.body.code).toBe('TOO_MANY_LOGIN_ATTEMPTS');
    expect(Number(eleventh.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(eleventh.body.message).toMatch(/Try again in \d+ s/);

    const right = await t.client.post('/api/v1/auth/login', { email, password: 'right-password' });
    expect(right.status).toBe(429);
    // Other accounts are not affected.
    expect((await t.client.post('/api/v1/auth/login', ADMIN)).status).toBe(200);
  });
});

describe('auth: limit per IP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ LOGIN_MAX_ATTEMPTS_PER_ACCOUNT: '100', LOGIN_MAX_ATTEMPTS_PER_IP: '5' });
  });
  afterAll(async () => {
    await t.close();
  });

  it('refuses a client IP that tries many accounts', async () => {
    for (let i = 0; i < 5; i++) {
      expect((await t.client.post('/api/v1/auth/login', { email: `user${i}@test.kz`, password: 'guess' })).status).toBe(
        401,
      );
    }
    const sixth = await t.client.post('/api/v1/auth/login', { email: 'user6@test.kz', password: 'guess' });
    expect(sixth.status).toBe(429);
  });
});
