import { Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { AppError, RateWindow } from '@app/common';
import { RateLimitsRepository } from './rate-limits.repository';

/** How often windows that ended are deleted. */
const PURGE_MS = 60 * 60_000;

/** A limit of requests per client and window, counted across every instance (see RateLimitsService). */
export interface SharedRateWindow {
  /** Counts a request of `client`; past the limit, a 429 TOO_MANY_REQUESTS with Retry-After. */
  take(client: string): Promise<void>;
}

/**
 * Rate limits where anonymous clients can make the server work (verifying a code, building a dump). Counted in
 * the database, so that behind a balancer a client gets the limit once, not once per instance. Each instance
 * also counts in memory: a client past the limit on this instance alone is refused without a write.
 */
@Injectable()
export class RateLimitsService implements OnApplicationBootstrap, OnModuleDestroy {
  private purge?: NodeJS.Timeout;

  constructor(private readonly repository: RateLimitsRepository) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.repository.purgeEnded();
    this.purge = setInterval(() => void this.repository.purgeEnded().catch(() => undefined), PURGE_MS);
    this.purge.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.purge);
  }

  /** A limit named `name` (unique per use) of `limit` requests a window of `windowSeconds`. */
  window(name: string, limit: number, windowSeconds: number): SharedRateWindow {
    const local = new RateWindow(limit, windowSeconds * 1000);
    return {
      take: async (client: string) => {
        local.take(client);
        const { hits, retryAfter } = await this.repository.hit(`${name}:${client}`, windowSeconds);
        if (hits > limit) {
          throw new AppError('TOO_MANY_REQUESTS', { seconds: retryAfter }, [], { 'retry-after': String(retryAfter) });
        }
      },
    };
  }
}
