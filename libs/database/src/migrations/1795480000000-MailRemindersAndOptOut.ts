import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reminders the day before: a person may opt out of them (themself, through a staff edit, or
 * through the one-click link every reminder carries: only the link token's hash is kept),
 * and a message may carry extra headers (List-Unsubscribe).
 */
export class MailRemindersAndOptOut1795480000000 implements MigrationInterface {
  name = 'MailRemindersAndOptOut1795480000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE people ADD COLUMN reminders_opt_out boolean NOT NULL DEFAULT false`);
    await q.query(`ALTER TABLE mail_outbox ADD COLUMN headers jsonb NOT NULL DEFAULT '{}'`);
    await q.query(`CREATE TABLE mail_unsubscribe_tokens (
      token_hash bytea PRIMARY KEY,
      person_id uuid NOT NULL REFERENCES people(id) ON DELETE CASCADE,
      purpose varchar(16) NOT NULL DEFAULT 'reminders' CHECK (purpose IN ('reminders')),
      created_at timestamptz NOT NULL DEFAULT now(),
      used_at timestamptz
    )`);
    await q.query(`CREATE INDEX mail_unsubscribe_tokens_person_idx ON mail_unsubscribe_tokens (person_id)`);
    // The reminder scheduler looks up sent reminders by key; the outbox's unique dedupe_key index serves it.
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE mail_unsubscribe_tokens`);
    await q.query(`ALTER TABLE mail_outbox DROP COLUMN headers`);
    await q.query(`ALTER TABLE people DROP COLUMN reminders_opt_out`);
  }
}
