-- The current definition of material_agenda_bump, as the migrations under libs/database/src/migrations leave it.
-- A snapshot, not a migration: test/e2e/database-functions.e2e-spec.ts compares it with the migrated database;
-- change the function with a new migration, then run UPDATE_SQL_SNAPSHOTS=1 npm test -- database-functions.
CREATE OR REPLACE FUNCTION material_agenda_bump()
RETURNS trigger
LANGUAGE plpgsql VOLATILE
AS $function$
      DECLARE ids uuid[];
      BEGIN
        IF TG_TABLE_NAME = 'materials' THEN
          ids := ARRAY[(to_jsonb(COALESCE(NEW, OLD)) ->> 'event_id')::uuid];
        ELSE
          SELECT array_agg(m.event_id) INTO ids FROM materials m
          WHERE m.id = (to_jsonb(COALESCE(NEW, OLD)) ->> 'material_id')::uuid;
        END IF;
        IF ids IS NOT NULL THEN
          PERFORM bump_agenda_versions(ids);
        END IF;
        RETURN NULL;
      END
$function$;
