import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DatabaseNotices, type NoticeHandlers, preparedQuery } from '@app/database';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../access/auth-user';

/** The channel migration AuthChanges announces account, scope and session changes on (the user's id). */
const AUTH_CHANGED = 'auth_changed';

/** Sessions and the login throttle: every query of the auth module. */
@Injectable()
export class AuthRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notices: DatabaseNotices,
  ) {}

  async createSession(session: {
    userId: string;
    tokenHash: Buffer;
    expiresAt: Date;
    ip: string | null;
    userAgent: string | null;
  }): Promise<string> {
    const rows: { id: string }[] = await this.dataSource.query(
      `INSERT INTO auth_sessions (user_id, token_hash, expires_at, ip, user_agent)
       VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [session.userId, session.tokenHash, session.expiresAt, session.ip, session.userAgent],
    );
    return rows[0].id;
  }

  /** The live session's user with roles and scopes, and when the session ends. */
  async findUserByTokenHash(tokenHash: Buffer): Promise<{ user: AuthUser; expiresAt: Date } | undefined> {
    const rows = await preparedQuery<AuthUser & { expiresAt: Date }>(
      this.dataSource,
      'auth-token',
      `SELECT u.id, u.email, u.full_name AS "fullName", u.language, u.roles, s.id AS "sessionId", u.person_id AS "personId",
              s.expires_at AS "expiresAt",
              COALESCE((SELECT json_agg(json_build_object('role', us.role, 'kind', us.scope_kind, 'id', us.scope_id))
                        FROM user_scopes us WHERE us.user_id = u.id), '[]'::json) AS scopes
       FROM auth_sessions s JOIN users u ON u.id = s.user_id
       WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now() AND u.is_active`,
      [tokenHash],
    );
    if (!rows[0]) {
      return undefined;
    }
    const { expiresAt, ...user } = rows[0];
    return { user, expiresAt: new Date(expiresAt) };
  }

  /**
   * Tells `handlers` of each account change (the user's id) at its commit, on whichever instance
   * it was made, and when such notices may have been missed.
   */
  watchAuthChanges(handlers: NoticeHandlers): void {
    this.notices.subscribe(AUTH_CHANGED, handlers);
  }

  /** Whether account changes reach this instance now (a cache of them is safe only then). */
  hearsAuthChanges(): boolean {
    return this.notices.listening(AUTH_CHANGED);
  }

  async revokeSession(sessionId: string): Promise<void> {
    await this.dataSource.query(`UPDATE auth_sessions SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL`, [
      sessionId,
    ]);
  }

  /**
   * Counts one attempt against each key within a fixed window and returns the counts
   * and seconds until each window ends. Atomic per key, so parallel attempts all count.
   */
  async countAttempts(
    keys: string[],
    windowSeconds: number,
  ): Promise<{ key: string; attempts: number; retryAfter: number }[]> {
    return this.dataSource.query(
      `INSERT INTO login_throttle AS t (key, window_started_at, attempts)
       SELECT k, now(), 1 FROM unnest($1::text[]) AS k
       ON CONFLICT (key) DO UPDATE SET
         attempts = CASE WHEN t.window_started_at <= now() - make_interval(secs => $2) THEN 1 ELSE t.attempts + 1 END,
         window_started_at = CASE WHEN t.window_started_at <= now() - make_interval(secs => $2) THEN now() ELSE t.window_started_at END
       RETURNING key, attempts,
         GREATEST(1, ceil(extract(epoch FROM t.window_started_at + make_interval(secs => $2) - now())))::int AS "retryAfter"`,
      [keys, windowSeconds],
    );
  }

  async clearAttempts(key: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM login_throttle WHERE key = $1`, [key]);
  }

  /** Housekeeping: old throttle windows and sessions long expired or revoked. */
  async purgeStale(windowSeconds: number): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM login_throttle WHERE window_started_at < now() - make_interval(secs => $1)`,
      [windowSeconds],
    );
    await this.dataSource.query(
      `DELETE FROM auth_sessions WHERE expires_at < now() - interval '30 days' OR revoked_at < now() - interval '30 days'`,
    );
  }
}
