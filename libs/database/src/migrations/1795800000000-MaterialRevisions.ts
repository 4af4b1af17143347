import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A material's revision, for optimistic locking: `PATCH /materials/:id` sends it back in If-Match, and every change
 * of the material (its fields, a new file version, a speech it lost) moves it on. A speaker taken off a session keeps
 * no materials as that speaker's: `material_speaker_unlink` runs when the transaction that changed the session's
 * people commits (a deferred constraint trigger, as the sessions service deletes and re-inserts them all), and clears
 * `speaker_id` of the materials of that session whose person is no longer one of its speakers.
 */
export class MaterialRevisions1795800000000 implements MigrationInterface {
  name = 'MaterialRevisions1795800000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE materials ADD COLUMN revision integer NOT NULL DEFAULT 1 CHECK (revision > 0)`);
    await q.query(`CREATE FUNCTION material_speaker_unlink() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.role = 'speaker' THEN
          UPDATE materials m SET speaker_id = NULL, revision = m.revision + 1
          WHERE m.session_id = OLD.session_id AND m.speaker_id = OLD.person_id
            AND NOT EXISTS (SELECT 1 FROM session_people sp
                            WHERE sp.session_id = OLD.session_id AND sp.person_id = OLD.person_id
                              AND sp.role = 'speaker');
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE CONSTRAINT TRIGGER session_people_material_speakers AFTER DELETE OR UPDATE ON session_people
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION material_speaker_unlink()`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER session_people_material_speakers ON session_people`);
    await q.query(`DROP FUNCTION material_speaker_unlink()`);
    await q.query(`ALTER TABLE materials DROP COLUMN revision`);
  }
}
