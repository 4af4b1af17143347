import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The protocol (хаттама) of a meeting: an event's, or a session's when it is a meeting of its own.
 * It is a draft while the secretary keeps it; the chair and the secretary sign it, which approves
 * it, numbers it per organizer and year (gapless, like resolutions) and freezes it: its header, its
 * items, the speeches, the signatures and the text of its instructions. The freeze is a trigger, not
 * only code. Instructions are execution points like a resolution's: `resolution_points` rows that
 * belong to a protocol instead, so their progress is tracked the same way.
 */
export class Protocols1795550000000 implements MigrationInterface {
  name = 'Protocols1795550000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE protocol_counters (
      organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
      year integer NOT NULL,
      last_number integer NOT NULL,
      PRIMARY KEY (organization_id, year)
    )`);

    await q.query(`CREATE TABLE protocols (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      event_id uuid NOT NULL REFERENCES events(id) ON DELETE RESTRICT,
      session_id uuid REFERENCES sessions(id) ON DELETE RESTRICT,
      kind varchar(16) NOT NULL DEFAULT 'protocol' CHECK (kind IN ('protocol', 'addendum')),
      status varchar(16) NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'approved', 'published')),
      meeting_date date NOT NULL,
      place jsonb CHECK (place IS NULL OR length(place->>'kk') > 0),
      chair_id uuid REFERENCES people(id) ON DELETE RESTRICT,
      secretary_id uuid REFERENCES people(id) ON DELETE RESTRICT,
      body jsonb,
      opened_at timestamptz,
      attendance jsonb,
      numbering_organization_id uuid REFERENCES organizations(id) ON DELETE RESTRICT,
      number integer,
      year integer,
      approved_at timestamptz,
      published_at timestamptz,
      addends_id uuid REFERENCES protocols(id) ON DELETE RESTRICT,
      version integer NOT NULL DEFAULT 1,
      created_by uuid REFERENCES users(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK ((status = 'draft') = (number IS NULL)),
      CHECK (status = 'draft' OR (year IS NOT NULL AND approved_at IS NOT NULL AND attendance IS NOT NULL
                                  AND chair_id IS NOT NULL AND secretary_id IS NOT NULL)),
      CHECK ((status = 'published') = (published_at IS NOT NULL)),
      CHECK ((kind = 'addendum') = (addends_id IS NOT NULL)),
      UNIQUE (numbering_organization_id, year, number)
    )`);
    await q.query(`CREATE INDEX protocols_event_idx ON protocols (event_id)`);
    await q.query(`CREATE INDEX protocols_addends_idx ON protocols (addends_id)`);
    // One protocol of a meeting: an event's own (no session), or one per session; addenda are many.
    await q.query(
      `CREATE UNIQUE INDEX protocols_meeting_key ON protocols (event_id, COALESCE(session_id, '00000000-0000-0000-0000-000000000000'::uuid)) WHERE kind = 'protocol'`,
    );

    await q.query(`CREATE TABLE protocol_items (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      protocol_id uuid NOT NULL REFERENCES protocols(id) ON DELETE CASCADE,
      position smallint NOT NULL CHECK (position > 0),
      session_id uuid REFERENCES sessions(id) ON DELETE SET NULL,
      title jsonb NOT NULL CHECK (length(title->>'kk') > 0 AND length(title->>'ru') > 0),
      heard jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(heard) = 'array'),
      summary jsonb,
      decided jsonb,
      state varchar(16) NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'current', 'done')),
      resolution_ids uuid[],
      version integer NOT NULL DEFAULT 1,
      UNIQUE (protocol_id, position) DEFERRABLE INITIALLY DEFERRED
    )`);
    // At most one item under way at a time.
    await q.query(
      `CREATE UNIQUE INDEX protocol_items_current_key ON protocol_items (protocol_id) WHERE state = 'current'`,
    );

    await q.query(`CREATE TABLE protocol_speeches (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      protocol_id uuid NOT NULL REFERENCES protocols(id) ON DELETE CASCADE,
      item_id uuid NOT NULL REFERENCES protocol_items(id) ON DELETE CASCADE,
      person_id uuid REFERENCES people(id) ON DELETE RESTRICT,
      name jsonb CHECK (name IS NULL OR length(name->>'kk') > 0),
      position jsonb,
      spoken_at timestamptz NOT NULL,
      summary jsonb,
      created_by uuid REFERENCES users(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK (person_id IS NOT NULL OR name IS NOT NULL)
    )`);
    await q.query(`CREATE INDEX protocol_speeches_item_idx ON protocol_speeches (item_id, spoken_at)`);

    await q.query(`CREATE TABLE protocol_signatures (
      protocol_id uuid NOT NULL REFERENCES protocols(id) ON DELETE CASCADE,
      role varchar(16) NOT NULL CHECK (role IN ('chair', 'secretary')),
      person_id uuid NOT NULL REFERENCES people(id) ON DELETE RESTRICT,
      user_id uuid REFERENCES users(id) ON DELETE SET NULL,
      signed_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (protocol_id, role)
    )`);

    await q.query(`ALTER TABLE resolution_points ALTER COLUMN resolution_id DROP NOT NULL`);
    await q.query(`ALTER TABLE resolution_points
      ADD COLUMN protocol_id uuid REFERENCES protocols(id) ON DELETE CASCADE,
      ADD COLUMN protocol_item_id uuid REFERENCES protocol_items(id) ON DELETE SET NULL,
      ADD COLUMN created_by uuid REFERENCES users(id) ON DELETE SET NULL,
      ADD CONSTRAINT resolution_points_owner CHECK (num_nonnulls(resolution_id, protocol_id) = 1),
      ADD CONSTRAINT resolution_points_protocol_position UNIQUE (protocol_id, position) DEFERRABLE INITIALLY DEFERRED`);
    await q.query(`CREATE INDEX resolution_points_protocol_idx ON resolution_points (protocol_id)`);

    // Once signed by both, nothing of the record changes: only the step to publication.
    await q.query(`CREATE FUNCTION protocols_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
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
      END $$`);
    await q.query(
      `CREATE TRIGGER protocols_frozen BEFORE UPDATE OR DELETE ON protocols FOR EACH ROW EXECUTE FUNCTION protocols_frozen()`,
    );
    for (const table of ['protocol_items', 'protocol_speeches', 'protocol_signatures', 'resolution_points']) {
      await q.query(
        `CREATE TRIGGER ${table}_protocol_frozen BEFORE INSERT OR UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION protocols_frozen()`,
      );
    }
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const table of ['protocol_items', 'protocol_speeches', 'protocol_signatures', 'resolution_points']) {
      await q.query(`DROP TRIGGER ${table}_protocol_frozen ON ${table}`);
    }
    await q.query(`DELETE FROM resolution_points WHERE protocol_id IS NOT NULL`);
    await q.query(`ALTER TABLE resolution_points
      DROP CONSTRAINT resolution_points_protocol_position, DROP CONSTRAINT resolution_points_owner,
      DROP COLUMN created_by, DROP COLUMN protocol_item_id, DROP COLUMN protocol_id`);
    await q.query(`ALTER TABLE resolution_points ALTER COLUMN resolution_id SET NOT NULL`);
    await q.query(`DROP TABLE protocol_signatures`);
    await q.query(`DROP TABLE protocol_speeches`);
    await q.query(`DROP TABLE protocol_items`);
    await q.query(`DROP TABLE protocols`);
    await q.query(`DROP FUNCTION protocols_frozen()`);
    await q.query(`DROP TABLE protocol_counters`);
  }
}
