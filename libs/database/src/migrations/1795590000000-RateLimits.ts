import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Rate limits of anonymous work (verifying a code, building the open-data dump) counted in the database: behind a
 * balancer a client gets each limit once, not once per instance.
 */
export class RateLimits1795590000000 implements MigrationInterface {
  name = 'RateLimits1795590000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE rate_limits (
      key varchar(300) PRIMARY KEY,
      window_ends_at timestamptz NOT NULL,
      hits integer NOT NULL CHECK (hits > 0)
    )`);
    await q.query(`CREATE INDEX rate_limits_window_ends_at ON rate_limits (window_ends_at)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE rate_limits`);
  }
}
