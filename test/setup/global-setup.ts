import { startSuiteServer } from '../support/test-database';

export default async function globalSetup(): Promise<void> {
  const server = await startSuiteServer(process.env.DATABASE_URL || undefined);
  (globalThis as Record<string, unknown>).__AKIM_SUITE_SERVER__ = server;
}
