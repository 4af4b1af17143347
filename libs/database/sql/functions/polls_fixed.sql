-- The current definition of polls_fixed, as the migrations under libs/database/src/migrations leave it.
-- A snapshot, not a migration: test/e2e/database-functions.e2e-spec.ts compares it with the migrated database;
-- change the function with a new migration, then run UPDATE_SQL_SNAPSHOTS=1 npm test -- database-functions.
CREATE OR REPLACE FUNCTION polls_fixed()
RETURNS trigger
LANGUAGE plpgsql VOLATILE
AS $function$
      DECLARE
        poll_status varchar;
      BEGIN
        IF TG_TABLE_NAME = 'polls' THEN
          IF TG_OP = 'DELETE' THEN
            RAISE EXCEPTION 'poll % is kept', OLD.id USING ERRCODE = 'check_violation';
          END IF;
          IF OLD.status <> 'open' AND ROW(NEW.*) IS DISTINCT FROM ROW(OLD.*) THEN
            RAISE EXCEPTION 'poll % is %', OLD.id, OLD.status USING ERRCODE = 'check_violation';
          END IF;
          IF (NEW.id, NEW.resolution_id, NEW.event_id, NEW.session_id, NEW.mode, NEW.members, NEW.present,
              NEW.required, NEW.majority_of, NEW.opened_by, NEW.opened_at)
             IS DISTINCT FROM (OLD.id, OLD.resolution_id, OLD.event_id, OLD.session_id, OLD.mode, OLD.members,
              OLD.present, OLD.required, OLD.majority_of, OLD.opened_by, OLD.opened_at) THEN
            RAISE EXCEPTION 'poll % keeps how it was opened', OLD.id USING ERRCODE = 'check_violation';
          END IF;
          RETURN NEW;
        END IF;
        -- A vote or a voter of a closed poll never changes.
        SELECT p.status INTO poll_status FROM polls p
          WHERE p.id = (CASE WHEN TG_OP = 'DELETE' THEN OLD.poll_id ELSE NEW.poll_id END)
          -- Held until the vote commits: a poll is closed (FOR UPDATE) only after every vote under way is in.
          FOR SHARE;
        IF poll_status IS DISTINCT FROM 'open' THEN
          RAISE EXCEPTION 'poll % is %', COALESCE(NEW.poll_id, OLD.poll_id), poll_status USING ERRCODE = 'check_violation';
        END IF;
        IF TG_OP = 'UPDATE' AND (NEW.poll_id, NEW.person_id) IS DISTINCT FROM (OLD.poll_id, OLD.person_id) THEN
          RAISE EXCEPTION 'a vote keeps its poll and voter' USING ERRCODE = 'check_violation';
        END IF;
        RETURN COALESCE(NEW, OLD);
      END
$function$;
