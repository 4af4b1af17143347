-- The current definition of protocols_frozen, as the migrations under libs/database/src/migrations leave it.
-- A snapshot, not a migration: test/e2e/database-functions.e2e-spec.ts compares it with the migrated database;
-- change the function with a new migration, then run UPDATE_SQL_SNAPSHOTS=1 npm test -- database-functions.
CREATE OR REPLACE FUNCTION protocols_frozen()
RETURNS trigger
LANGUAGE plpgsql VOLATILE
AS $function$
      DECLARE
        owner uuid;
      BEGIN
        IF TG_TABLE_NAME = 'protocols' THEN
          IF TG_OP = 'DELETE' THEN
            IF OLD.status <> 'draft' THEN
              RAISE EXCEPTION 'protocol % is approved', OLD.id USING ERRCODE = 'check_violation';
            END IF;
            RETURN OLD;
          END IF;
          IF OLD.status <> 'draft' AND (
               (NEW.kind, NEW.meeting_date, NEW.place, NEW.chair_id, NEW.secretary_id, NEW.body, NEW.opened_at,
                NEW.attendance, NEW.numbering_organization_id, NEW.number, NEW.year, NEW.approved_at, NEW.event_id,
                NEW.session_id, NEW.addends_id)
               IS DISTINCT FROM
               (OLD.kind, OLD.meeting_date, OLD.place, OLD.chair_id, OLD.secretary_id, OLD.body, OLD.opened_at,
                OLD.attendance, OLD.numbering_organization_id, OLD.number, OLD.year, OLD.approved_at, OLD.event_id,
                OLD.session_id, OLD.addends_id)
               OR (OLD.status = 'published' AND NEW.status <> 'published')) THEN
            RAISE EXCEPTION 'protocol % is approved', OLD.id USING ERRCODE = 'check_violation';
          END IF;
          RETURN NEW;
        END IF;
        owner := CASE WHEN TG_OP = 'INSERT' THEN NEW.protocol_id ELSE OLD.protocol_id END;
        IF owner IS NULL OR NOT EXISTS (SELECT 1 FROM protocols p WHERE p.id = owner AND p.status <> 'draft') THEN
          RETURN COALESCE(NEW, OLD);
        END IF;
        -- An instruction's progress goes on after approval; its wording does not change.
        IF TG_TABLE_NAME = 'resolution_points' AND TG_OP = 'UPDATE' THEN
          IF (NEW.text, NEW.position, NEW.due_date, NEW.responsible_organization_id, NEW.executor_id, NEW.protocol_id, NEW.protocol_item_id)
             IS NOT DISTINCT FROM
             (OLD.text, OLD.position, OLD.due_date, OLD.responsible_organization_id, OLD.executor_id, OLD.protocol_id, OLD.protocol_item_id) THEN
            RETURN NEW;
          END IF;
        END IF;
        RAISE EXCEPTION '% of protocol % is approved', TG_TABLE_NAME, owner USING ERRCODE = 'check_violation';
      END
$function$;
