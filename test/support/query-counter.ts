import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';

/** Records the SQL the app sends while `work` runs (every query passes TypeORM's logger). */
export async function recordQueries(app: NestFastifyApplication, work: () => Promise<unknown>): Promise<string[]> {
  const logger = app.get(DataSource).logger;
  const original = logger.logQuery.bind(logger);
  const queries: string[] = [];
  logger.logQuery = (query: string) => {
    queries.push(query);
  };
  try {
    await work();
  } finally {
    logger.logQuery = original;
  }
  return queries;
}
