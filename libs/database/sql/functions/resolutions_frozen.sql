-- The current definition of resolutions_frozen, as the migrations under libs/database/src/migrations leave it.
-- A snapshot, not a migration: test/e2e/database-functions.e2e-spec.ts compares it with the migrated database;
-- change the function with a new migration, then run UPDATE_SQL_SNAPSHOTS=1 npm test -- database-functions.
CREATE OR REPLACE FUNCTION resolutions_frozen()
RETURNS trigger
LANGUAGE plpgsql VOLATILE
AS $function$
      BEGIN
        IF TG_TABLE_NAME = 'resolutions' THEN
          IF OLD.status = 'adopted' AND (NEW.title, NEW.preamble, NEW.kind, NEW.number, NEW.adopted_at, NEW.votes_for)
               IS DISTINCT FROM (OLD.title, OLD.preamble, OLD.kind, OLD.number, OLD.adopted_at, OLD.votes_for) THEN
            RAISE EXCEPTION 'resolution % is adopted', OLD.id USING ERRCODE = 'check_violation';
          END IF;
        ELSIF EXISTS (SELECT 1 FROM resolutions r WHERE r.id = OLD.resolution_id AND r.status = 'adopted')
              AND (TG_OP = 'DELETE' OR (NEW.text, NEW.position, NEW.due_date, NEW.responsible_organization_id, NEW.executor_id)
                   IS DISTINCT FROM (OLD.text, OLD.position, OLD.due_date, OLD.responsible_organization_id, OLD.executor_id)) THEN
          RAISE EXCEPTION 'point % belongs to an adopted resolution', OLD.id USING ERRCODE = 'check_violation';
        END IF;
        RETURN COALESCE(NEW, OLD);
      END
$function$;
