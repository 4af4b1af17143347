import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { preparedQuery } from '@app/database';
import { DataSource } from 'typeorm';

/** Every query of the shared rate limits. */
@Injectable()
export class RateLimitsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Counts one request of `key` in its window (a new window of `windowSeconds` when the last one ended) and returns
   * the count and the seconds left. Atomic per key: requests at once on any instance all count.
   */
  async hit(key: string, windowSeconds: number): Promise<{ hits: number; retryAfter: number }> {
    const rows = await preparedQuery<{ hits: number; retryAfter: number }>(
      this.dataSource,
      'rate-limit-hit',
      `INSERT INTO rate_limits AS r (key, window_ends_at, hits) VALUES ($1, now() + make_interval(secs => $2), 1)
       ON CONFLICT (key) DO UPDATE SET
         hits = CASE WHEN r.window_ends_at <= now() THEN 1 ELSE r.hits + 1 END,
         window_ends_at = CASE WHEN r.window_ends_at <= now() THEN now() + make_interval(secs => $2) ELSE r.window_ends_at END
       RETURNING r.hits, GREATEST(1, ceil(extract(epoch FROM r.window_ends_at - now())))::int AS "retryAfter"`,
      [key, windowSeconds],
    );
    return rows[0];
  }

  /** Housekeeping: windows that ended. */
  async purgeEnded(): Promise<void> {
    await this.dataSource.query(`DELETE FROM rate_limits WHERE window_ends_at < now()`);
  }
}
