// Relative, not @app/database: jest loads global setup without its module mapper.
import { databaseOptions, EmbeddedPostgresServer, runMigrationsLocked } from '../../libs/database/src';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { DataSource } from 'typeorm';

/** What global setup hands to the test files, through the environment. */
export const ENV_SERVER_URL = 'AKIM_TEST_SERVER_URL';
export const ENV_TEMPLATE_DB = 'AKIM_TEST_TEMPLATE_DB';
export const ENV_DB_PREFIX = 'AKIM_TEST_DB_PREFIX';

export function urlWithDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

export function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
}

/** The test suite drops and creates databases: it only touches one whose name says it is for tests. */
export function assertTestDatabaseName(name: string): void {
  if (!/test/i.test(name)) {
    throw new Error(
      `Refusing to run tests against database "${name}": its name must contain "test" (e.g. DATABASE_URL=postgres://postgres@127.0.0.1:5432/akim_test)`,
    );
  }
}

export async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

interface SuiteServer {
  serverUrl: string;
  prefix: string;
  embedded?: EmbeddedPostgresServer;
  embeddedDir?: string;
}

/**
 * Global setup: the server is DATABASE_URL's (its database name must say "test") or an
 * embedded one started for this run; a template database is migrated once, and each
 * test file clones it.
 */
export async function startSuiteServer(databaseUrl: string | undefined): Promise<SuiteServer> {
  let serverUrl: string;
  let prefix: string;
  let embedded: EmbeddedPostgresServer | undefined;
  let embeddedDir: string | undefined;
  if (databaseUrl) {
    prefix = databaseName(databaseUrl);
    assertTestDatabaseName(prefix);
    serverUrl = urlWithDatabase(databaseUrl, 'postgres');
  } else {
    embeddedDir = mkdtempSync(join(tmpdir(), 'akim-test-pg-'));
    chmodSync(embeddedDir, 0o755); // the server runs as the postgres user and must reach its data directory
    embedded = new EmbeddedPostgresServer({ dataDir: join(embeddedDir, 'data'), port: 0 });
    await embedded.start();
    serverUrl = embedded.url;
    prefix = 'akim_test';
  }
  const template = `${prefix}_template`;
  await dropDatabasesWithPrefix(serverUrl, prefix);
  await withClient(serverUrl, (client) => client.query(`CREATE DATABASE "${template}"`));
  const dataSource = await new DataSource(databaseOptions(urlWithDatabase(serverUrl, template), 2)).initialize();
  try {
    await runMigrationsLocked(dataSource);
  } finally {
    await dataSource.destroy();
  }
  process.env[ENV_SERVER_URL] = serverUrl;
  process.env[ENV_TEMPLATE_DB] = template;
  process.env[ENV_DB_PREFIX] = prefix;
  return { serverUrl, prefix, embedded, embeddedDir };
}

export async function stopSuiteServer(server: SuiteServer): Promise<void> {
  if (server.embedded) {
    await server.embedded.stop();
    rmSync(server.embeddedDir!, { recursive: true, force: true });
  } else {
    await dropDatabasesWithPrefix(server.serverUrl, server.prefix);
  }
}

/** Databases this suite made (the template and the per-file clones), never the base database itself. */
async function dropDatabasesWithPrefix(serverUrl: string, prefix: string): Promise<void> {
  await withClient(serverUrl, async (client) => {
    const { rows } = await client.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname LIKE $1 || '\\_%'`,
      [prefix],
    );
    for (const { datname } of rows) {
      assertTestDatabaseName(datname);
      await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    }
  });
}

function suiteEnv(): { serverUrl: string; template: string; prefix: string } {
  const serverUrl = process.env[ENV_SERVER_URL];
  const template = process.env[ENV_TEMPLATE_DB];
  const prefix = process.env[ENV_DB_PREFIX];
  if (!serverUrl || !template || !prefix) {
    throw new Error('The test database server is not set up: run the tests with `npm test`');
  }
  return { serverUrl, template, prefix };
}

/** A fresh database for one test file: a clone of the migrated template, or empty with `{ empty: true }`. */
export async function createTestDatabase(
  options: { empty?: boolean } = {},
): Promise<{ url: string; drop: () => Promise<void> }> {
  const { serverUrl, template, prefix } = suiteEnv();
  const name = `${prefix}_${randomBytes(5).toString('hex')}`;
  assertTestDatabaseName(name);
  await withClient(serverUrl, (client) =>
    client.query(options.empty ? `CREATE DATABASE "${name}"` : `CREATE DATABASE "${name}" TEMPLATE "${template}"`),
  );
  return {
    url: urlWithDatabase(serverUrl, name),
    drop: () =>
      withClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(
        () => undefined,
      ),
  };
}
