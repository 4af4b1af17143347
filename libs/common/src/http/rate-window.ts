import { AppError } from '../errors/app-error';

/**
 * A per-key limit of `limit` requests a window of `windowMs`, kept in this process: enough to keep one
 * anonymous client from making the server recompute digests in a loop. Bounded: past `maxKeys` clients the
 * oldest windows are dropped. Behind a balancer each instance counts its own share: the shared limits
 * (RateLimitsService) count in the database and use this to refuse a flood without a write.
 */
export class RateWindow {
  private readonly windows = new Map<string, { startedAt: number; count: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly maxKeys = 10_000,
  ) {}

  /** Counts a request of `key`; past the limit, a 429 TOO_MANY_REQUESTS with Retry-After. */
  take(key: string, now = Date.now()): void {
    let window = this.windows.get(key);
    if (!window || now - window.startedAt >= this.windowMs) {
      this.windows.delete(key);
      if (this.windows.size >= this.maxKeys) {
        this.windows.delete(this.windows.keys().next().value!);
      }
      window = { startedAt: now, count: 0 };
      this.windows.set(key, window);
    }
    window.count += 1;
    if (window.count > this.limit) {
      const seconds = Math.max(1, Math.ceil((window.startedAt + this.windowMs - now) / 1000));
      throw new AppError('TOO_MANY_REQUESTS', { seconds }, [], { 'retry-after': String(seconds) });
    }
  }
}
