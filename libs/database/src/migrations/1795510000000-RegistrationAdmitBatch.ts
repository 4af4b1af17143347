import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Registrations of one event that arrive together go in one transaction: `registration_admit`
 * for each, in order, under one lock of the event row and one commit. A rush queued on that
 * lock paid a commit (a WAL flush) per person; now a handful of people share one. Every item
 * is decided exactly as it would be alone: the seat counts it reads include those before it.
 */
export class RegistrationAdmitBatch1795510000000 implements MigrationInterface {
  name = 'RegistrationAdmitBatch1795510000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE FUNCTION registration_admit_batch(
        p_event uuid, p_version integer[], p_person uuid[], p_role varchar[], p_pending boolean[],
        p_badge varchar[], p_created_by uuid[], p_key varchar[])
      RETURNS TABLE (ord integer, "eventFresh" boolean, "personFound" boolean, id uuid, "eventId" uuid,
        "personId" uuid, role varchar, status varchar, "badgeCode" varchar, "waitlistPosition" integer,
        "createdBy" uuid, version integer, "createdAt" timestamptz, "checkedInAt" timestamptz, "fullName" jsonb,
        "position" jsonb, "organizationName" jsonb, "regionCode" varchar, email varchar, language varchar)
      LANGUAGE plpgsql AS $$
      BEGIN
        FOR i IN 1 .. coalesce(cardinality(p_person), 0) LOOP
          RETURN QUERY SELECT i, a.* FROM registration_admit(p_event, p_version[i], p_person[i], p_role[i],
            p_pending[i], p_badge[i], p_created_by[i], p_key[i]) a;
        END LOOP;
      END $$`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(
      `DROP FUNCTION registration_admit_batch(uuid, integer[], uuid[], varchar[], boolean[], varchar[], uuid[], varchar[])`,
    );
  }
}
