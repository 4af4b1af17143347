import { withClient } from './test-database';
/**
 * Waits on a condition instead of a sleep: runs `check` (an async assertion) until it passes,
 * and fails with its last error after `timeoutMs`.
 */
export async function eventually<T>(check: () => Promise<T>, { timeoutMs = 10_000, everyMs = 50 } = {}): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() >= deadline) {
        throw error;
      }
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  }
}

/**
 * Waits until the mail worker has nothing left that is due (no message queued for now, none being sent), so a
 * test can then assert that no further message arrived without sleeping on a guess.
 */
export async function mailSettled(databaseUrl: string, timeoutMs = 15_000): Promise<void> {
  await eventually(
    async () => {
      const { rows } = await withClient(databaseUrl, (c) =>
        c.query<{ busy: number }>(
          `SELECT count(*)::int AS busy FROM mail_outbox
           WHERE status = 'sending' OR (status = 'queued' AND next_attempt_at <= now())`,
        ),
      );
      expect(rows[0].busy).toBe(0);
    },
    { timeoutMs },
  );
}

/**
 * Waits until nothing is left that could still become a message: no agenda change waiting for its quiet period, no
 * registration notice to write, no message in the outbox but those sent or failed for good. After it, a test may
 * assert that no further message arrives: the positive condition that comes after the last one, not a guessed time.
 */
export async function mailDrained(databaseUrl: string, timeoutMs = 15_000): Promise<void> {
  await eventually(
    async () => {
      const { rows } = await withClient(databaseUrl, (c) =>
        c.query<{ changes: number; notices: number; unsent: number }>(
          `SELECT (SELECT count(*)::int FROM agenda_changes) AS changes,
                  (SELECT count(*)::int FROM registration_notices) AS notices,
                  (SELECT count(*)::int FROM mail_outbox WHERE status NOT IN ('sent', 'failed')) AS unsent`,
        ),
      );
      expect(rows[0]).toEqual({ changes: 0, notices: 0, unsent: 0 });
    },
    { timeoutMs },
  );
}
