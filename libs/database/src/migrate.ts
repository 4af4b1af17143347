import type { DataSource } from 'typeorm';

/** Key of the session advisory lock that serialises migrations across app instances. */
export const MIGRATION_LOCK_KEY = 7_241_905_311;

/**
 * Runs pending migrations while holding a PostgreSQL advisory lock, so that two
 * instances starting at once never race: the second waits, then finds nothing to do.
 * Returns the names of the migrations this call applied.
 */
export async function runMigrationsLocked(dataSource: DataSource): Promise<string[]> {
  const lockRunner = dataSource.createQueryRunner();
  await lockRunner.connect();
  try {
    await lockRunner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await lockRunner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await lockRunner.release();
  }
}
