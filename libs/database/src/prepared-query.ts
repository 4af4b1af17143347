import { DataSource, type EntityManager, QueryFailedError } from 'typeorm';

interface PgQueryable {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}

/**
 * Runs a hot statement as a named prepared statement: every pooled connection parses and plans
 * it once and PostgreSQL then keeps a generic plan, where TypeORM's `query()` plans it at every
 * call (for the CTEs of check-in and registration, planning takes longer than running). In the
 * manager's transaction when it has one. Logged like any TypeORM query; failures are TypeORM's
 * QueryFailedError, so constraint violations map to 4xx as usual. `name` must be unique per text.
 */
export async function preparedQuery<T>(
  target: DataSource | EntityManager,
  name: string,
  text: string,
  params: unknown[],
): Promise<T[]> {
  const manager = target instanceof DataSource ? target.manager : target;
  const dataSource = manager.connection;
  const runner = manager.queryRunner;
  dataSource.logger.logQuery(text, params, runner);
  try {
    const client: PgQueryable =
      runner && !runner.isReleased
        ? await (runner as unknown as { connect(): Promise<PgQueryable> }).connect()
        : (dataSource.driver as unknown as { master: PgQueryable }).master;
    return (await client.query({ name, text, values: params })).rows as T[];
  } catch (error) {
    throw new QueryFailedError(text, params, error as Error);
  }
}
