-- The current definition of registration_admit_batch, as the migrations under libs/database/src/migrations leave it.
-- A snapshot, not a migration: test/e2e/database-functions.e2e-spec.ts compares it with the migrated database;
-- change the function with a new migration, then run UPDATE_SQL_SNAPSHOTS=1 npm test -- database-functions.
CREATE OR REPLACE FUNCTION registration_admit_batch(p_event uuid, p_version integer[], p_person uuid[], p_role character varying[], p_pending boolean[], p_badge character varying[], p_created_by uuid[], p_key character varying[])
RETURNS TABLE(ord integer, "eventFresh" boolean, "personFound" boolean, id uuid, "eventId" uuid, "personId" uuid, role character varying, status character varying, "badgeCode" character varying, "waitlistPosition" integer, "createdBy" uuid, version integer, "createdAt" timestamp with time zone, "checkedInAt" timestamp with time zone, "fullName" jsonb, "position" jsonb, "organizationName" jsonb, "regionCode" character varying, email character varying, language character varying)
LANGUAGE plpgsql VOLATILE
AS $function$
      BEGIN
        FOR i IN 1 .. coalesce(cardinality(p_person), 0) LOOP
          RETURN QUERY SELECT i, a.* FROM registration_admit(p_event, p_version[i], p_person[i], p_role[i],
            p_pending[i], p_badge[i], p_created_by[i], p_key[i]) a;
        END LOOP;
      END
$function$;
