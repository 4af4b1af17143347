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
