import { withClient } from '../support/test-database';
import { startTestApp, type TestApp } from '../support/test-app';

describe('unexpected failures', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers 500 with a correlation id (the request id) and no internals', async () => {
    // Break the schema under the running app: the next login fails in a way no client caused.
    await withClient(t.databaseUrl, (client) => client.query('DROP TABLE login_throttle'));
    const result = await t.client.post(
      '/api/v1/auth/login',
      { email: 'a@test.kz', password: 'whatever' },
      { headers: { 'accept-language': 'ru', 'x-request-id': 'req-from-client-42' } },
    );
    expect(result.status).toBe(500);
    expect(result.body).toEqual({
      statusCode: 500,
      code: 'INTERNAL_ERROR',
      correlationId: 'req-from-client-42',
      message: 'Внутренняя ошибка. Сообщите в поддержку код: req-from-client-42',
    });
    expect(result.headers.get('x-request-id')).toBe('req-from-client-42');
    expect(result.text).not.toMatch(/login_throttle|stack|at /);
  });
});
