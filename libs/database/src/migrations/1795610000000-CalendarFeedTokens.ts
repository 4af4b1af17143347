import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The private calendar addresses of `GET /api/v1/feeds/my/:token.ics`: one live token per account, stored as its
 * SHA-256 only. Revoking keeps the row (with `revoked_at`), so a calendar that still asks gets 410 Gone and stops,
 * instead of a 404 it would retry; a new token revokes the one before it in the same statement's transaction.
 */
export class CalendarFeedTokens1795610000000 implements MigrationInterface {
  name = 'CalendarFeedTokens1795610000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE calendar_feed_tokens (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      token_hash bytea NOT NULL UNIQUE CHECK (length(token_hash) = 32),
      created_at timestamptz NOT NULL DEFAULT now(),
      revoked_at timestamptz,
      CHECK (revoked_at IS NULL OR revoked_at >= created_at)
    )`);
    await q.query(
      `CREATE UNIQUE INDEX calendar_feed_tokens_live ON calendar_feed_tokens (user_id) WHERE revoked_at IS NULL`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE calendar_feed_tokens`);
  }
}
