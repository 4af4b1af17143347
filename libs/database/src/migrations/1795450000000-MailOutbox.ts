import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The mail outbox: a message is written in the same transaction as the change that causes
 * it and delivered later by a worker; one row per recipient and purpose (dedupe_key).
 */
export class MailOutbox1795450000000 implements MigrationInterface {
  name = 'MailOutbox1795450000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE mail_outbox (
      id bigserial PRIMARY KEY,
      dedupe_key varchar(300) NOT NULL UNIQUE,
      purpose varchar(60) NOT NULL,
      event_id uuid REFERENCES events(id) ON DELETE SET NULL,
      recipient varchar(254) NOT NULL,
      language varchar(2) NOT NULL,
      subject varchar(500) NOT NULL,
      text_body text NOT NULL,
      html_body text NOT NULL,
      attach_agenda boolean NOT NULL DEFAULT false,
      status varchar(16) NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sending', 'sent', 'failed')),
      attempts integer NOT NULL DEFAULT 0,
      next_attempt_at timestamptz NOT NULL DEFAULT now(),
      locked_until timestamptz,
      last_error text,
      created_at timestamptz NOT NULL DEFAULT now(),
      sent_at timestamptz
    )`);
    await q.query(
      `CREATE INDEX mail_outbox_due_idx ON mail_outbox (next_attempt_at) WHERE status IN ('queued', 'sending')`,
    );
    await q.query(`CREATE INDEX mail_outbox_event_idx ON mail_outbox (event_id, created_at)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE mail_outbox`);
  }
}
