import { assertTestDatabaseName, databaseName, urlWithDatabase } from './test-database';

describe('test database guard', () => {
  it('refuses databases whose name does not say they are for tests', () => {
    expect(() => assertTestDatabaseName('akim_forum')).toThrow(/Refusing/);
    expect(() => assertTestDatabaseName('postgres')).toThrow(/Refusing/);
    expect(() => assertTestDatabaseName('akim_test')).not.toThrow();
  });

  it('swaps the database of a URL and keeps the rest', () => {
    const url = urlWithDatabase('postgres://u:p@127.0.0.1:5432/akim_test?sslmode=disable', 'akim_test_1');
    expect(url).toBe('postgres://u:p@127.0.0.1:5432/akim_test_1?sslmode=disable');
    expect(databaseName(url)).toBe('akim_test_1');
  });
});
