import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A version per event that changes whenever anything its agenda shows changes: the event, its
 * organizers, sessions and their people, a speaker's name, position or organization, an
 * organization's or region's name. The database bumps it itself (triggers), whichever code path
 * made the change, in the same transaction; the app keeps rendered agendas in memory and a hot
 * read only compares this number. Seats left in sessions with sign-ups are compared separately
 * (from the sign-ups themselves), so sign-ups never queue on this row.
 */
export class AgendaVersions1795490000000 implements MigrationInterface {
  name = 'AgendaVersions1795490000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE agenda_versions (
      event_id uuid PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
      version bigint NOT NULL
    )`);
    // Events still present only (a cascade from a deleted event has nothing to bump), in id order
    // so that two transactions bumping the same events never wait on each other crosswise.
    await q.query(`CREATE FUNCTION bump_agenda_versions(ids uuid[]) RETURNS void LANGUAGE sql AS $$
      INSERT INTO agenda_versions AS v (event_id, version)
      SELECT e.id, 1 FROM events e WHERE e.id = ANY(ids) ORDER BY e.id
      ON CONFLICT (event_id) DO UPDATE SET version = v.version + 1
    $$`);
    // One function for every source table; each branch reads only the columns of its own table.
    await q.query(`CREATE FUNCTION agenda_version_bump() RETURNS trigger LANGUAGE plpgsql AS $$
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
      END $$`);
    await q.query(`CREATE TRIGGER events_agenda_version AFTER UPDATE ON events
      FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION agenda_version_bump()`);
    for (const table of ['sessions', 'session_people', 'event_organizers']) {
      await q.query(`CREATE TRIGGER ${table}_agenda_version AFTER INSERT OR UPDATE OR DELETE ON ${table}
        FOR EACH ROW EXECUTE FUNCTION agenda_version_bump()`);
    }
    await q.query(`CREATE TRIGGER people_agenda_version AFTER UPDATE ON people
      FOR EACH ROW WHEN ((OLD.full_name, OLD.position, OLD.organization_id)
        IS DISTINCT FROM (NEW.full_name, NEW.position, NEW.organization_id))
      EXECUTE FUNCTION agenda_version_bump()`);
    for (const table of ['organizations', 'regions']) {
      await q.query(`CREATE TRIGGER ${table}_agenda_version AFTER UPDATE ON ${table}
        FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION agenda_version_bump()`);
    }
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'events',
      'sessions',
      'session_people',
      'event_organizers',
      'people',
      'organizations',
      'regions',
    ]) {
      await q.query(`DROP TRIGGER ${table}_agenda_version ON ${table}`);
    }
    await q.query(`DROP FUNCTION agenda_version_bump()`);
    await q.query(`DROP FUNCTION bump_agenda_versions(uuid[])`);
    await q.query(`DROP TABLE agenda_versions`);
  }
}
