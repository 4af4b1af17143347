import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Language } from '@app/contracts';
import type { Tx } from '@app/database';
import { DataSource } from 'typeorm';

export type AccountLinkPurpose = 'confirm' | 'reset';

/** An account as its one-time links and sign-ups see it. */
export interface AccountSummary {
  id: string;
  email: string;
  fullName: string;
  language: Language;
  isActive: boolean;
  pendingConfirmation: boolean;
  personId: string | null;
}

/** A live link: unused and not expired, with its account. */
export interface LiveLink extends AccountSummary {
  linkId: string;
  purpose: AccountLinkPurpose;
  expiresAt: Date;
}

const ACCOUNT = `u.id, u.email, u.full_name AS "fullName", u.language, u.is_active AS "isActive",
  u.pending_confirmation AS "pendingConfirmation", u.person_id AS "personId"`;

/** Every query of one-time account links, and of the accounts they make or open. */
@Injectable()
export class AccountLinksRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: Tx) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async findByEmail(email: string, manager: Tx = this.dataSource): Promise<AccountSummary | undefined> {
    const rows: AccountSummary[] = await manager.query(`SELECT ${ACCOUNT} FROM users u WHERE u.email = $1`, [email]);
    return rows[0];
  }

  async findById(id: string, manager: Tx = this.dataSource): Promise<AccountSummary | undefined> {
    const rows: AccountSummary[] = await manager.query(`SELECT ${ACCOUNT} FROM users u WHERE u.id = $1`, [id]);
    return rows[0];
  }

  async findByPerson(personId: string): Promise<AccountSummary | undefined> {
    const rows: AccountSummary[] = await this.dataSource.query(
      `SELECT ${ACCOUNT} FROM users u WHERE u.person_id = $1 LIMIT 1`,
      [personId],
    );
    return rows[0];
  }

  /**
   * A new account; undefined when the e-mail is taken (by a sign-up at the same moment, too). Signed-up accounts
   * wait inactive for their confirmation; invited ones are active at once.
   */
  async insertAccount(
    manager: Tx,
    account: {
      email: string;
      fullName: string;
      language: Language;
      passwordHash: string;
      pending: boolean;
      personId: string | null;
    },
  ): Promise<string | undefined> {
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO users (email, password_hash, full_name, language, roles, is_active, pending_confirmation, person_id)
       VALUES ($1, $2, $3, $4, '{participant}', NOT $5, $5, $6)
       ON CONFLICT (email) DO NOTHING RETURNING id`,
      [account.email, account.passwordHash, account.fullName, account.language, account.pending, account.personId],
    );
    return rows[0]?.id;
  }

  /** A new link; earlier unused links of the same purpose stop working (only the newest mail counts). */
  async issue(
    manager: Tx,
    userId: string,
    purpose: AccountLinkPurpose,
    tokenHash: Buffer,
    ttlSeconds: number,
  ): Promise<{ id: string; expiresAt: Date }> {
    await manager.query(
      `UPDATE account_links SET used_at = now() WHERE user_id = $1 AND purpose = $2 AND used_at IS NULL`,
      [userId, purpose],
    );
    const rows: { id: string; expiresAt: Date }[] = await manager.query(
      `INSERT INTO account_links (user_id, purpose, token_hash, expires_at)
       VALUES ($1, $2, $3, now() + make_interval(secs => $4)) RETURNING id, expires_at AS "expiresAt"`,
      [userId, purpose, tokenHash, ttlSeconds],
    );
    return rows[0];
  }

  async findLive(tokenHash: Buffer): Promise<LiveLink | undefined> {
    const rows: LiveLink[] = await this.dataSource.query(
      `SELECT ${ACCOUNT}, l.id AS "linkId", l.purpose, l.expires_at AS "expiresAt"
       FROM account_links l JOIN users u ON u.id = l.user_id
       WHERE l.token_hash = $1 AND l.used_at IS NULL AND l.expires_at > now()`,
      [tokenHash],
    );
    return rows[0];
  }

  /** Uses the link, once: of two requests at once with one token, one gets it. */
  async use(manager: Tx, tokenHash: Buffer): Promise<LiveLink | undefined> {
    const [rows]: [{ linkId: string; userId: string; purpose: AccountLinkPurpose; expiresAt: Date }[], number] =
      await manager.query(
        `UPDATE account_links SET used_at = now()
         WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now()
         RETURNING id AS "linkId", user_id AS "userId", purpose, expires_at AS "expiresAt"`,
        [tokenHash],
      );
    const link = rows[0];
    if (!link) {
      return undefined;
    }
    const [account]: AccountSummary[] = await manager.query(`SELECT ${ACCOUNT} FROM users u WHERE u.id = $1`, [
      link.userId,
    ]);
    return { ...account, linkId: link.linkId, purpose: link.purpose, expiresAt: link.expiresAt };
  }

  /**
   * The password the link's owner chose. A confirmation also opens the account; a reset leaves an account an admin
   * closed closed. Every session of the account ends (the password changed).
   */
  async setPassword(manager: Tx, userId: string, passwordHash: string, confirm: boolean): Promise<void> {
    await manager.query(
      `UPDATE users SET password_hash = $2,
         is_active = is_active OR (pending_confirmation AND $3),
         pending_confirmation = pending_confirmation AND NOT $3,
         version = version + 1, updated_at = now()
       WHERE id = $1`,
      [userId, passwordHash, confirm],
    );
    await manager.query(`UPDATE auth_sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [
      userId,
    ]);
  }

  /** A sign-up made again while waiting for its confirmation: the name and language of the latest. */
  async refreshPending(manager: Tx, userId: string, fullName: string, language: Language): Promise<void> {
    await manager.query(
      `UPDATE users SET full_name = $2, language = $3, updated_at = now() WHERE id = $1 AND pending_confirmation`,
      [userId, fullName, language],
    );
  }

  /** Housekeeping: links used or expired a month ago. */
  async purge(): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM account_links WHERE expires_at < now() - interval '30 days' OR used_at < now() - interval '30 days'`,
    );
  }
}
