import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Pending agenda-change notices: one row per event, kept while edits go on, turned into one digest per registrant. */
export class AgendaChanges1795460000000 implements MigrationInterface {
  name = 'AgendaChanges1795460000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE agenda_changes (
      event_id uuid PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
      first_change_at timestamptz NOT NULL,
      last_change_at timestamptz NOT NULL
    )`);
    // Every change of a published event's sessions (or of its time and place) is noted here by the
    // database itself, whichever code path made it, in the same transaction.
    // TG_ARGV[0] names the column holding the event id (plpgsql resolves NEW's fields per table).
    await q.query(`CREATE FUNCTION note_agenda_change() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE changed uuid;
      BEGIN
        changed := (to_jsonb(COALESCE(NEW, OLD)) ->> TG_ARGV[0])::uuid;
        IF EXISTS (SELECT 1 FROM events WHERE id = changed AND status = 'published') THEN
          INSERT INTO agenda_changes (event_id, first_change_at, last_change_at) VALUES (changed, now(), now())
          ON CONFLICT (event_id) DO UPDATE SET last_change_at = now();
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER sessions_agenda_change AFTER INSERT OR UPDATE OR DELETE ON sessions
      FOR EACH ROW EXECUTE FUNCTION note_agenda_change('event_id')`);
    await q.query(`CREATE TRIGGER events_agenda_change AFTER UPDATE OF starts_at, ends_at, venue, time_zone ON events
      FOR EACH ROW WHEN (OLD.status = 'published' AND (OLD.starts_at, OLD.ends_at, OLD.venue, OLD.time_zone)
        IS DISTINCT FROM (NEW.starts_at, NEW.ends_at, NEW.venue, NEW.time_zone))
      EXECUTE FUNCTION note_agenda_change('id')`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER events_agenda_change ON events`);
    await q.query(`DROP TRIGGER sessions_agenda_change ON sessions`);
    await q.query(`DROP FUNCTION note_agenda_change()`);
    await q.query(`DROP TABLE agenda_changes`);
  }
}
