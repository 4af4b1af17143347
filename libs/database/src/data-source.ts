/**
 * The DataSource of the TypeORM CLI (migration:generate / run / revert / show).
 * Point DATABASE_URL at a development database, e.g.
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/akim_dev npm run migration:generate -- libs/database/src/migrations/AddThing
 */
import 'reflect-metadata';
import { loadConfig } from '@app/config';
import { DataSource } from 'typeorm';
import { databaseOptions } from './database.options';

const config = loadConfig();
if (!config.databaseUrl) {
  throw new Error('Set DATABASE_URL to run the migration CLI');
}

export default new DataSource({
  ...databaseOptions(config.databaseUrl),
  entities: ['apps/api/src/**/*.entity.ts'],
});
