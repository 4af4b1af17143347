import { stopSuiteServer } from '../support/test-database';

export default async function globalTeardown(): Promise<void> {
  const server = (globalThis as Record<string, unknown>).__AKIM_SUITE_SERVER__;
  if (server) {
    await stopSuiteServer(server as Parameters<typeof stopSuiteServer>[0]);
  }
}
