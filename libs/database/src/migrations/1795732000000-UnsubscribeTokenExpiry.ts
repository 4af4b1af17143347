import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Unsubscribe links expire (issue 18): a link in a reminder works for 180 days after the mail was queued, then
 * answers 410 with a page that says where to change reminders instead. Links already sent get 180 days from
 * when they were made.
 */
export class UnsubscribeTokenExpiry1795732000000 implements MigrationInterface {
  name = 'UnsubscribeTokenExpiry1795732000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE mail_unsubscribe_tokens ADD COLUMN expires_at timestamptz`);
    await q.query(`UPDATE mail_unsubscribe_tokens SET expires_at = created_at + interval '180 days'`);
    await q.query(`ALTER TABLE mail_unsubscribe_tokens
      ALTER COLUMN expires_at SET DEFAULT now() + interval '180 days',
      ALTER COLUMN expires_at SET NOT NULL,
      ADD CONSTRAINT mail_unsubscribe_tokens_expiry_check CHECK (expires_at > created_at)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE mail_unsubscribe_tokens DROP COLUMN expires_at`);
  }
}
