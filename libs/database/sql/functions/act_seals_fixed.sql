-- The current definition of act_seals_fixed, as the migrations under libs/database/src/migrations leave it.
-- A snapshot, not a migration: test/e2e/database-functions.e2e-spec.ts compares it with the migrated database;
-- change the function with a new migration, then run UPDATE_SQL_SNAPSHOTS=1 npm test -- database-functions.
CREATE OR REPLACE FUNCTION act_seals_fixed()
RETURNS trigger
LANGUAGE plpgsql VOLATILE
AS $function$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          RAISE EXCEPTION 'seal % is fixed', OLD.code USING ERRCODE = 'check_violation';
        END IF;
        IF (NEW.code, NEW.kind, NEW.act_id, NEW.format, NEW.digest, NEW.sealed_at)
             IS DISTINCT FROM (OLD.code, OLD.kind, OLD.act_id, OLD.format, OLD.digest, OLD.sealed_at)
           OR (OLD.signature IS NOT NULL AND (NEW.signature, NEW.signature_format, NEW.signer, NEW.signed_at)
                 IS DISTINCT FROM (OLD.signature, OLD.signature_format, OLD.signer, OLD.signed_at)) THEN
          RAISE EXCEPTION 'seal % is fixed', OLD.code USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END
$function$;
