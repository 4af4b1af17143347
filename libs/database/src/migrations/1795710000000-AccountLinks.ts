import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One-time links of accounts: the confirmation of a self sign-up and the reset of a password. Only the SHA-256 of
 * the token is stored; a link is used once (`used_at`) and lapses at `expires_at`. A signed-up account waits for its
 * confirmation inactive, `pending_confirmation` telling it from one an admin deactivated.
 */
export class AccountLinks1795710000000 implements MigrationInterface {
  name = 'AccountLinks1795710000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users ADD COLUMN pending_confirmation boolean NOT NULL DEFAULT false`);
    await q.query(`CREATE TABLE account_links (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      purpose varchar(16) NOT NULL CONSTRAINT account_links_purpose_known CHECK (purpose IN ('confirm', 'reset')),
      token_hash bytea NOT NULL UNIQUE,
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL,
      used_at timestamptz,
      CONSTRAINT account_links_expire_after_creation CHECK (expires_at > created_at)
    )`);
    await q.query(`CREATE INDEX account_links_user_idx ON account_links (user_id, purpose)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE account_links`);
    await q.query(`ALTER TABLE users DROP COLUMN pending_confirmation`);
  }
}
