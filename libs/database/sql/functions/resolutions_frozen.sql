-- The current definition of resolutions_frozen, as the migrations under libs/database/src/migrations leave it.
-- A snapshot, not a migration: test/e2e/database-functions.e2e-spec.ts compares it with the migrated database;
-- change the function with a new migration, then run UPDATE_SQL_SNAPSHOTS=1 npm test -- database-functions.
CREATE OR REPLACE FUNCTION resolutions_frozen()
RETURNS trigger
LANGUAGE plpgsql VOLATILE
AS $function$
      BEGIN
        IF TG_TABLE_NAME = 'resolutions' THEN
          IF OLD.status = 'adopted' AND (
               NEW.status, NEW.title, NEW.preamble, NEW.kind, NEW.numbering_organization_id, NEW.number, NEW.year,
               NEW.adopted_at, NEW.votes_for, NEW.votes_against, NEW.votes_abstained, NEW.present_count, NEW.chair_id,
               NEW.event_id, NEW.session_id, NEW.amends_id, NEW.poll_id, NEW.place)
               IS DISTINCT FROM (
               OLD.status, OLD.title, OLD.preamble, OLD.kind, OLD.numbering_organization_id, OLD.number, OLD.year,
               OLD.adopted_at, OLD.votes_for, OLD.votes_against, OLD.votes_abstained, OLD.present_count, OLD.chair_id,
               OLD.event_id, OLD.session_id, OLD.amends_id, OLD.poll_id, OLD.place) THEN
            RAISE EXCEPTION 'resolution % is adopted', OLD.id USING ERRCODE = 'check_violation';
          END IF;
        ELSIF EXISTS (SELECT 1 FROM resolutions r
                      WHERE r.id = (CASE WHEN TG_OP = 'INSERT' THEN NEW.resolution_id ELSE OLD.resolution_id END)
                        AND r.status = 'adopted')
              AND (TG_OP <> 'UPDATE'
                   OR (NEW.resolution_id, NEW.text, NEW.position, NEW.due_date, NEW.responsible_organization_id, NEW.executor_id)
                      IS DISTINCT FROM
                      (OLD.resolution_id, OLD.text, OLD.position, OLD.due_date, OLD.responsible_organization_id, OLD.executor_id)) THEN
          RAISE EXCEPTION 'point % belongs to an adopted resolution', COALESCE(OLD.id, NEW.id) USING ERRCODE = 'check_violation';
        END IF;
        RETURN COALESCE(NEW, OLD);
      END
$function$;
