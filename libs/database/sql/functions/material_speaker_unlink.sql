-- The current definition of material_speaker_unlink, as the migrations under libs/database/src/migrations leave it.
-- A snapshot, not a migration: test/e2e/database-functions.e2e-spec.ts compares it with the migrated database;
-- change the function with a new migration, then run UPDATE_SQL_SNAPSHOTS=1 npm test -- database-functions.
CREATE OR REPLACE FUNCTION material_speaker_unlink()
RETURNS trigger
LANGUAGE plpgsql VOLATILE
AS $function$
      BEGIN
        IF OLD.role = 'speaker' THEN
          UPDATE materials m SET speaker_id = NULL, revision = m.revision + 1
          WHERE m.session_id = OLD.session_id AND m.speaker_id = OLD.person_id
            AND NOT EXISTS (SELECT 1 FROM session_people sp
                            WHERE sp.session_id = OLD.session_id AND sp.person_id = OLD.person_id
                              AND sp.role = 'speaker');
        END IF;
        RETURN NULL;
      END
$function$;
