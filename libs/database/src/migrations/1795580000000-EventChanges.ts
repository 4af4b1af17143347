import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the check-in and attendance code keeps in memory for a few seconds (an event's zone,
 * organizers and quorum rules; the region tree) is announced at each change's commit, whichever
 * instance made it: `event_changed` with the event's id, `regions_changed` with nothing. An
 * instance drops its copy on the notice, so a change made through one instance counts on all of
 * them at once (the way AuthChanges does it for accounts).
 */
export class EventChanges1795580000000 implements MigrationInterface {
  name = 'EventChanges1795580000000';

  public async up(q: QueryRunner): Promise<void> {
    // TG_ARGV[0] names the column holding the event id (plpgsql resolves NEW's fields per table).
    await q.query(`CREATE FUNCTION notify_event_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('event_changed', to_jsonb(COALESCE(NEW, OLD)) ->> TG_ARGV[0]);
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER events_event_change AFTER UPDATE OF quorum, time_zone OR DELETE ON events
      FOR EACH ROW EXECUTE FUNCTION notify_event_change('id')`);
    await q.query(`CREATE TRIGGER event_organizers_event_change AFTER INSERT OR UPDATE OR DELETE ON event_organizers
      FOR EACH ROW EXECUTE FUNCTION notify_event_change('event_id')`);
    await q.query(`CREATE TRIGGER sessions_event_change AFTER INSERT OR DELETE OR UPDATE OF quorum, event_id ON sessions
      FOR EACH ROW EXECUTE FUNCTION notify_event_change('event_id')`);
    await q.query(`CREATE FUNCTION notify_regions_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('regions_changed', '');
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER regions_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON regions
      FOR EACH STATEMENT EXECUTE FUNCTION notify_regions_change()`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER regions_change ON regions`);
    await q.query(`DROP FUNCTION notify_regions_change()`);
    await q.query(`DROP TRIGGER sessions_event_change ON sessions`);
    await q.query(`DROP TRIGGER event_organizers_event_change ON event_organizers`);
    await q.query(`DROP TRIGGER events_event_change ON events`);
    await q.query(`DROP FUNCTION notify_event_change()`);
  }
}
