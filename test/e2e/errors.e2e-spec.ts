import { startTestApp, type TestApp } from '../support/test-app';

describe('errors in the contract shape', () => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await startTestApp();
    token = await t.adminToken();
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers an unknown route with 404 ROUTE_NOT_FOUND as JSON', async () => {
    const result = await t.client.get('/api/v1/no-such-thing?x=1', { token });
    expect(result.status).toBe(404);
    expect(result.headers.get('content-type')).toContain('application/json');
    expect(result.body).toEqual({
      statusCode: 404,
      code: 'ROUTE_NOT_FOUND',
      message: expect.stringContaining('/api/v1/no-such-thing'),
    });
  });

  it('words messages in the language of Accept-Language, or of ?lang=', async () => {
    const kk = await t.client.get('/api/v1/auth/me', { headers: { 'accept-language': 'kk-KZ,kk;q=0.9' } });
    const ru = await t.client.get('/api/v1/auth/me', { headers: { 'accept-language': 'ru-RU,ru;q=0.9,en;q=0.5' } });
    const en = await t.client.get('/api/v1/auth/me?lang=en', { headers: { 'accept-language': 'ru' } });
    expect([kk.status, ru.status, en.status]).toEqual([401, 401, 401]);
    expect(kk.body.code).toBe('AUTH_REQUIRED');
    expect(ru.body.code).toBe('AUTH_REQUIRED');
    expect(kk.body.message).toBe('Жүйеге кіру қажет');
    expect(ru.body.message).toBe('Требуется вход в систему');
    expect(en.body.message).toBe('Sign-in required');
    expect(kk.headers.get('content-language')).toBe('kk');
    expect(ru.headers.get('content-language')).toBe('ru');
  });

  it("words a signed-in person's errors in their own language unless they chose another", async () => {
    const created = await t.client.post(
      '/api/v1/users',
      { email: 'ru-delegate@test.kz', password: 'password-123', language: 'ru' },
      { token },
    );
    expect(created.status).toBe(201);
    const delegate = await t.client.login('ru-delegate@test.kz', 'password-123');
    // Only admins list users: a 403 in the language decided for the request.
    const forbidden = async (path: string, headers: Record<string, string>) => {
      const result = await t.client.get(path, { token: delegate, headers });
      expect([result.status, result.body.code]).toEqual([403, 'FORBIDDEN']);
      return [result.headers.get('content-language'), result.body.message];
    };
    const [inRussian, russian] = await forbidden('/api/v1/users', { 'accept-language': 'kk-KZ,kk;q=0.9' });
    expect(inRussian).toBe('ru');
    expect(russian).toMatch(/[а-я]/);
    expect(russian).not.toMatch(/[әғқңөұүһі]/);
    expect(await forbidden('/api/v1/users', {})).toEqual(['ru', russian]);
    expect((await forbidden('/api/v1/users?lang=en', { 'accept-language': 'ru' }))[0]).toBe('en');
    expect((await forbidden('/api/v1/users', { cookie: 'akim_lang=kk', 'accept-language': 'ru' }))[0]).toBe('kk');
    // Without a valid sign-in there is no person to follow: Accept-Language decides.
    const anonymous = await t.client.get('/api/v1/auth/me', {
      headers: { cookie: 'other=1', 'accept-language': 'en-US,en;q=0.9' },
    });
    expect(anonymous.headers.get('content-language')).toBe('en');
  });

  it('answers a unique violation with 409 ALREADY_EXISTS, not 500', async () => {
    const body = { email: 'twice@test.kz', password: 'password-123' };
    expect((await t.client.post('/api/v1/users', body, { token })).status).toBe(201);
    const again = await t.client.post(
      '/api/v1/users',
      { ...body, email: 'TWICE@test.kz' },
      { token, headers: { cookie: 'akim_lang=ru' } },
    );
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('ALREADY_EXISTS');
    expect(again.body.message).toBe('Такая запись уже существует');
    expect(again.body.errors).toEqual([expect.objectContaining({ field: 'email' })]);
  });

  it('answers malformed JSON with 400', async () => {
    const result = await t.client.request('POST', '/api/v1/auth/login', { rawBody: '{"email": ' });
    expect(result.status).toBe(400);
    expect(result.body.code).toBe('MALFORMED_REQUEST');
  });

  it('answers a malformed id with 400 VALIDATION_FAILED naming the parameter', async () => {
    const result = await t.client.get('/api/v1/users/not-a-uuid', { token });
    expect(result.status).toBe(400);
    expect(result.body.errors).toEqual([expect.objectContaining({ field: 'id', code: 'isUuid' })]);
  });

  it('answers a missing record with 404 NOT_FOUND', async () => {
    const result = await t.client.get('/api/v1/users/00000000-0000-4000-8000-000000000000', { token });
    expect(result.status).toBe(404);
    expect(result.body.code).toBe('NOT_FOUND');
  });

  it('localises field errors with their parameters', async () => {
    const result = await t.client.post(
      '/api/v1/users',
      { email: 'short@test.kz', password: 'short' },
      { token, headers: { 'accept-language': 'kk' } },
    );
    expect(result.status).toBe(400);
    expect(result.body.errors).toEqual([
      { field: 'password', code: 'minLength', message: 'Кемінде 8 таңба болуы керек' },
    ]);
  });

  it('names nested fields with dotted paths', async () => {
    const result = await t.client.post(
      '/api/v1/users',
      { email: 'nested@test.kz', password: 'password-123', scopes: [{ role: 'organizer', kind: 'event', id: 'nope' }] },
      { token },
    );
    expect(result.status).toBe(400);
    expect(result.body.errors).toEqual([expect.objectContaining({ field: 'scopes.0.id', code: 'isUuid' })]);
  });
});
