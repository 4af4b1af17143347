import { ERROR_CODES, ERROR_STATUS } from '@app/contracts';
import { AppError } from './app-error';

describe('ERROR_STATUS', () => {
  it('gives every code a client or server error status', () => {
    expect(Object.keys(ERROR_STATUS).sort()).toEqual([...ERROR_CODES].sort());
    for (const code of ERROR_CODES) {
      expect(ERROR_STATUS[code]).toBeGreaterThanOrEqual(400);
      expect(ERROR_STATUS[code]).toBeLessThan(600);
    }
  });

  it.each([
    ['VALIDATION_FAILED', 400],
    ['AUTH_REQUIRED', 401],
    ['FORBIDDEN', 403],
    ['NOT_FOUND', 404],
    ['VERSION_MISMATCH', 409],
    ['REGISTRATION_CLOSED', 422],
    ['TOO_MANY_LOGIN_ATTEMPTS', 429],
    ['SERVICE_UNAVAILABLE', 503],
  ] as const)('an AppError %s answers %i', (code, status) => {
    expect(new AppError(code).statusCode).toBe(status);
  });

  it('the helpers and a framework error keep their statuses', () => {
    expect(AppError.forbidden().statusCode).toBe(403);
    expect(AppError.unauthorized('TOKEN_INVALID').statusCode).toBe(401);
    expect(AppError.versionMismatch().statusCode).toBe(409);
    expect(AppError.withStatus('MALFORMED_REQUEST', 406).statusCode).toBe(406);
  });
});
