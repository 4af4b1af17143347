-- The current definition of point_indicators_frozen, as the migrations under libs/database/src/migrations leave it.
-- A snapshot, not a migration: test/e2e/database-functions.e2e-spec.ts compares it with the migrated database;
-- change the function with a new migration, then run UPDATE_SQL_SNAPSHOTS=1 npm test -- database-functions.
CREATE OR REPLACE FUNCTION point_indicators_frozen()
RETURNS trigger
LANGUAGE plpgsql VOLATILE
AS $function$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          IF point_in_force(NEW.point_id) THEN
            RAISE EXCEPTION 'point % belongs to an adopted act', NEW.point_id USING ERRCODE = 'check_violation';
          END IF;
        ELSIF point_in_force(OLD.point_id) AND (TG_OP = 'DELETE'
              OR (NEW.point_id, NEW.position, NEW.name, NEW.unit, NEW.target_value)
                 IS DISTINCT FROM (OLD.point_id, OLD.position, OLD.name, OLD.unit, OLD.target_value)) THEN
          RAISE EXCEPTION 'indicator % belongs to an adopted act', OLD.id USING ERRCODE = 'check_violation';
        END IF;
        RETURN COALESCE(NEW, OLD);
      END
$function$;
