import type { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from './migrations';

export const MIGRATIONS_TABLE = 'schema_migrations';

/** Connection options shared by the app, the tests and the migration CLI. */
export function databaseOptions(url: string, poolSize = 10): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    synchronize: false,
    migrationsRun: false,
    migrations: MIGRATIONS,
    migrationsTableName: MIGRATIONS_TABLE,
    uuidExtension: 'pgcrypto',
    poolSize,
    extra: { application_name: 'akim-forum' },
    // Failed queries surface as exceptions that the error filter maps or logs; no console noise.
    logging: false,
  };
}
