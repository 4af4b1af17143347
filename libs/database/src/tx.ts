/**
 * A transaction as services and repositories hand it to each other: what a repository needs of it
 * is to run SQL in it. TypeORM's EntityManager is one; no service names TypeORM.
 */
export interface Tx {
  query<T = any>(sql: string, parameters?: unknown[]): Promise<T>; // eslint-disable-line @typescript-eslint/no-explicit-any
}
