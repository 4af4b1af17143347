import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A registration message may carry the person's badge as a QR image. */
export class MailBadge1795470000000 implements MigrationInterface {
  name = 'MailBadge1795470000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE mail_outbox ADD COLUMN badge_code varchar(32)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE mail_outbox DROP COLUMN badge_code`);
  }
}
