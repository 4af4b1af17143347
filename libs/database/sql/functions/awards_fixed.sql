-- The current definition of awards_fixed, as the migrations under libs/database/src/migrations leave it.
-- A snapshot, not a migration: test/e2e/database-functions.e2e-spec.ts compares it with the migrated database;
-- change the function with a new migration, then run UPDATE_SQL_SNAPSHOTS=1 npm test -- database-functions.
CREATE OR REPLACE FUNCTION awards_fixed()
RETURNS trigger
LANGUAGE plpgsql VOLATILE
AS $function$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          RAISE EXCEPTION 'award % is issued', OLD.id USING ERRCODE = 'check_violation';
        END IF;
        IF (to_jsonb(NEW) - ARRAY['revoked_at', 'revoked_by', 'revoke_reason'])
             IS DISTINCT FROM (to_jsonb(OLD) - ARRAY['revoked_at', 'revoked_by', 'revoke_reason'])
           OR (OLD.revoked_at IS NOT NULL AND (NEW.revoked_at, NEW.revoked_by, NEW.revoke_reason)
                 IS DISTINCT FROM (OLD.revoked_at, OLD.revoked_by, OLD.revoke_reason)) THEN
          RAISE EXCEPTION 'award % is issued', OLD.id USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END
$function$;
