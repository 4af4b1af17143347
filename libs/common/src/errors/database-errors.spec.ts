import { QueryFailedError } from 'typeorm';
import { fromDatabaseError } from './database-errors';

function pgError(code: string, detail?: string): QueryFailedError {
  return new QueryFailedError('INSERT ...', [], Object.assign(new Error('db'), { code, detail, constraint: 'c' }));
}

describe('fromDatabaseError', () => {
  it('maps constraint failures to client errors with the field named', () => {
    const unique = fromDatabaseError(pgError('23505', 'Key (event_id, person_id)=(a, b) already exists.'));
    expect(unique).toMatchObject({ code: 'ALREADY_EXISTS', statusCode: 409 });
    expect(unique?.fieldIssues).toEqual([{ field: 'eventId,personId', code: 'c' }]);
    expect(fromDatabaseError(pgError('23503'))).toMatchObject({ code: 'REFERENCE_NOT_FOUND', statusCode: 422 });
    expect(fromDatabaseError(pgError('23514'))).toMatchObject({ code: 'CONSTRAINT_VIOLATION', statusCode: 422 });
    expect(fromDatabaseError(pgError('22P02'))).toMatchObject({ statusCode: 400 });
    expect(fromDatabaseError(pgError('40P01'))).toMatchObject({ code: 'CONFLICT', statusCode: 409 });
  });

  it('leaves server-side failures alone', () => {
    expect(fromDatabaseError(pgError('42P01'))).toBeUndefined();
    expect(fromDatabaseError(new Error('boom'))).toBeUndefined();
  });
});
