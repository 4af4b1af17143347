-- The current definition of agenda_version_bump, as the migrations under libs/database/src/migrations leave it.
-- A snapshot, not a migration: test/e2e/database-functions.e2e-spec.ts compares it with the migrated database;
-- change the function with a new migration, then run UPDATE_SQL_SNAPSHOTS=1 npm test -- database-functions.
CREATE OR REPLACE FUNCTION agenda_version_bump()
RETURNS trigger
LANGUAGE plpgsql VOLATILE
AS $function$
      DECLARE ids uuid[];
      BEGIN
        IF TG_TABLE_NAME = 'events' THEN
          ids := ARRAY[NEW.id];
        ELSIF TG_TABLE_NAME IN ('sessions', 'event_organizers') THEN
          ids := ARRAY[(to_jsonb(COALESCE(NEW, OLD)) ->> 'event_id')::uuid];
        ELSIF TG_TABLE_NAME = 'session_people' THEN
          SELECT array_agg(DISTINCT s.event_id) INTO ids FROM sessions s
          WHERE s.id IN ((to_jsonb(OLD) ->> 'session_id')::uuid, (to_jsonb(NEW) ->> 'session_id')::uuid);
        ELSIF TG_TABLE_NAME = 'people' THEN
          SELECT array_agg(DISTINCT s.event_id) INTO ids
          FROM session_people sp JOIN sessions s ON s.id = sp.session_id WHERE sp.person_id = NEW.id;
        ELSIF TG_TABLE_NAME = 'organizations' THEN
          SELECT array_agg(DISTINCT x.event_id) INTO ids FROM (
            SELECT eo.event_id FROM event_organizers eo WHERE eo.organization_id = NEW.id
            UNION
            SELECT s.event_id FROM people p JOIN session_people sp ON sp.person_id = p.id
              JOIN sessions s ON s.id = sp.session_id WHERE p.organization_id = NEW.id
          ) x;
        ELSIF TG_TABLE_NAME = 'regions' THEN
          SELECT array_agg(e.id) INTO ids FROM events e WHERE e.region_code = NEW.code;
        END IF;
        IF ids IS NOT NULL THEN
          PERFORM bump_agenda_versions(ids);
        END IF;
        RETURN NULL;
      END
$function$;
