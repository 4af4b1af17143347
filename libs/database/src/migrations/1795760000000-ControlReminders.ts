import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Execution control tells people (issue 16): an organization may name its head, the person who gets the weekly
 * digest of the organization's overdue points. The reminders, overdue notices and digests themselves go through
 * the mail outbox, whose unique dedupe key (point and deadline, organization and week) makes each one go out once
 * however many instances queue it.
 */
export class ControlReminders1795760000000 implements MigrationInterface {
  name = 'ControlReminders1795760000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE organizations ADD COLUMN head_person_id uuid REFERENCES people(id) ON DELETE SET NULL`);
    await q.query(`CREATE INDEX organizations_head_idx ON organizations (head_person_id)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE organizations DROP COLUMN head_person_id`);
  }
}
