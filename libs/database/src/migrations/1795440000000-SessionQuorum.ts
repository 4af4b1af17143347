import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A session may define its own voting members and quorum rule, overriding its event's. */
export class SessionQuorum1795440000000 implements MigrationInterface {
  name = 'SessionQuorum1795440000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE sessions ADD COLUMN quorum jsonb`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE sessions DROP COLUMN quorum`);
  }
}
