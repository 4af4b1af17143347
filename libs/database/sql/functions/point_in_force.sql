-- The current definition of point_in_force, as the migrations under libs/database/src/migrations leave it.
-- A snapshot, not a migration: test/e2e/database-functions.e2e-spec.ts compares it with the migrated database;
-- change the function with a new migration, then run UPDATE_SQL_SNAPSHOTS=1 npm test -- database-functions.
CREATE OR REPLACE FUNCTION point_in_force(point uuid)
RETURNS boolean
LANGUAGE sql STABLE
AS $function$
      SELECT EXISTS (SELECT 1 FROM resolution_points p
                     LEFT JOIN resolutions r ON r.id = p.resolution_id
                     LEFT JOIN protocols pr ON pr.id = p.protocol_id
                     WHERE p.id = point AND (r.status = 'adopted' OR pr.status <> 'draft'))
$function$;
