import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Materials attached to a speech (a speaker of one of the event's sessions: `speaker_id` beside `session_id`) or to a
 * draft resolution of the event (`resolution_id`), and materials in the agenda: the public agenda lists each
 * session's public materials, so a change of a material or a new version of its file bumps the event's agenda
 * version (bump_agenda_versions, as agenda_version_bump does for the agenda's other tables).
 */
export class MaterialLinks1795740000000 implements MigrationInterface {
  name = 'MaterialLinks1795740000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE materials
      ADD COLUMN speaker_id uuid REFERENCES people(id) ON DELETE SET NULL,
      ADD COLUMN resolution_id uuid REFERENCES resolutions(id) ON DELETE SET NULL`);
    await q.query(`CREATE INDEX materials_speaker_idx ON materials (speaker_id) WHERE speaker_id IS NOT NULL`);
    await q.query(`CREATE INDEX materials_resolution_idx ON materials (resolution_id) WHERE resolution_id IS NOT NULL`);
    // A version deleted with its material finds no material any more: the material's own row bumped already.
    await q.query(`CREATE FUNCTION material_agenda_bump() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE ids uuid[];
      BEGIN
        IF TG_TABLE_NAME = 'materials' THEN
          ids := ARRAY[(to_jsonb(COALESCE(NEW, OLD)) ->> 'event_id')::uuid];
        ELSE
          SELECT array_agg(m.event_id) INTO ids FROM materials m
          WHERE m.id = (to_jsonb(COALESCE(NEW, OLD)) ->> 'material_id')::uuid;
        END IF;
        IF ids IS NOT NULL THEN
          PERFORM bump_agenda_versions(ids);
        END IF;
        RETURN NULL;
      END $$`);
    for (const table of ['materials', 'material_versions']) {
      await q.query(`CREATE TRIGGER ${table}_agenda_version AFTER INSERT OR UPDATE OR DELETE ON ${table}
        FOR EACH ROW EXECUTE FUNCTION material_agenda_bump()`);
    }
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const table of ['materials', 'material_versions']) {
      await q.query(`DROP TRIGGER ${table}_agenda_version ON ${table}`);
    }
    await q.query(`DROP FUNCTION material_agenda_bump()`);
    await q.query(`ALTER TABLE materials DROP COLUMN resolution_id, DROP COLUMN speaker_id`);
  }
}
