import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** The private calendar tokens (migration CalendarFeedTokens): hashes only, one live token per account. */
@Injectable()
export class FeedsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Revokes the account's live token and stores a new one, in one transaction. Two requests of one account at once
   * take turns on an advisory lock of that account, so the second revokes the first's token instead of colliding
   * with it on the one-live-token index.
   */
  rotate(userId: string, tokenHash: Buffer): Promise<Date> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('calendar-feed:' || $1, 0))`, [userId]);
      await manager.query(
        `UPDATE calendar_feed_tokens SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`,
        [userId],
      );
      const rows: { createdAt: Date }[] = await manager.query(
        `INSERT INTO calendar_feed_tokens (user_id, token_hash) VALUES ($1, $2) RETURNING created_at AS "createdAt"`,
        [userId, tokenHash],
      );
      return rows[0].createdAt;
    });
  }

  /** Revokes the live token of the account; false when it had none. */
  async revoke(userId: string): Promise<boolean> {
    // An UPDATE answers [rows, affected] through the pg driver.
    const [, affected]: [unknown[], number] = await this.dataSource.query(
      `UPDATE calendar_feed_tokens SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`,
      [userId],
    );
    return affected > 0;
  }

  /** When the account's live token was made, if it has one. */
  async live(userId: string): Promise<Date | undefined> {
    const rows: { createdAt: Date }[] = await this.dataSource.query(
      `SELECT created_at AS "createdAt" FROM calendar_feed_tokens WHERE user_id = $1 AND revoked_at IS NULL`,
      [userId],
    );
    return rows[0]?.createdAt;
  }

  async findByHash(tokenHash: Buffer): Promise<{ userId: string; revoked: boolean } | undefined> {
    const rows: { userId: string; revoked: boolean }[] = await this.dataSource.query(
      `SELECT user_id AS "userId", revoked_at IS NOT NULL AS revoked FROM calendar_feed_tokens WHERE token_hash = $1`,
      [tokenHash],
    );
    return rows[0];
  }
}
