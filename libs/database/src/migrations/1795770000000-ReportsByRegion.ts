import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Events that report by region (issue 22, item 13): registration asks the delegate's district and
 * organization (prefilled from the person) and keeps them on the registration, where the attendance
 * report groups them; a registration without them falls back to the person's.
 */
export class ReportsByRegion1795770000000 implements MigrationInterface {
  name = 'ReportsByRegion1795770000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE events ADD COLUMN reports_by_region boolean NOT NULL DEFAULT false`);
    await q.query(`ALTER TABLE registrations
      ADD COLUMN region_code varchar(40) REFERENCES regions(code) ON DELETE RESTRICT,
      ADD COLUMN organization_id uuid REFERENCES organizations(id) ON DELETE SET NULL`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE registrations DROP COLUMN organization_id, DROP COLUMN region_code`);
    await q.query(`ALTER TABLE events DROP COLUMN reports_by_region`);
  }
}
