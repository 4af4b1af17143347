import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Resolutions and the control of their execution. Numbers are gapless per organizer and
 * year: a counter row is incremented inside the adopting transaction, so a rolled-back
 * adoption gives its number back. Adopted texts are frozen by a trigger, not only by code.
 */
export class Resolutions1795430000000 implements MigrationInterface {
  name = 'Resolutions1795430000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE resolution_counters (
      organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
      year integer NOT NULL,
      last_number integer NOT NULL,
      PRIMARY KEY (organization_id, year)
    )`);

    await q.query(`CREATE TABLE resolutions (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      event_id uuid NOT NULL REFERENCES events(id) ON DELETE RESTRICT,
      session_id uuid REFERENCES sessions(id) ON DELETE SET NULL,
      kind varchar(24) NOT NULL DEFAULT 'resolution'
        CHECK (kind IN ('resolution', 'decision', 'recommendations', 'protocol_instruction')),
      title jsonb NOT NULL CHECK (length(title->>'kk') > 0 AND length(title->>'ru') > 0),
      preamble jsonb,
      status varchar(16) NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'adopted')),
      numbering_organization_id uuid REFERENCES organizations(id) ON DELETE RESTRICT,
      number integer,
      year integer,
      votes_for integer CHECK (votes_for >= 0),
      votes_against integer CHECK (votes_against >= 0),
      votes_abstained integer CHECK (votes_abstained >= 0),
      present_count integer CHECK (present_count >= 0),
      chair_id uuid REFERENCES people(id) ON DELETE RESTRICT,
      adopted_at timestamptz,
      amends_id uuid REFERENCES resolutions(id) ON DELETE RESTRICT,
      version integer NOT NULL DEFAULT 1,
      created_by uuid REFERENCES users(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK ((status = 'adopted') = (number IS NOT NULL AND adopted_at IS NOT NULL AND year IS NOT NULL)),
      CHECK (votes_for + votes_against + votes_abstained <= present_count),
      UNIQUE (numbering_organization_id, year, number)
    )`);
    await q.query(`CREATE INDEX resolutions_event_idx ON resolutions (event_id)`);
    await q.query(`CREATE INDEX resolutions_amends_idx ON resolutions (amends_id)`);

    await q.query(`CREATE TABLE resolution_points (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      resolution_id uuid NOT NULL REFERENCES resolutions(id) ON DELETE CASCADE,
      position smallint NOT NULL,
      text jsonb NOT NULL CHECK (length(text->>'kk') > 0 AND length(text->>'ru') > 0),
      responsible_organization_id uuid REFERENCES organizations(id) ON DELETE RESTRICT,
      executor_id uuid REFERENCES people(id) ON DELETE RESTRICT,
      due_date date,
      status varchar(16) NOT NULL DEFAULT 'not_started'
        CHECK (status IN ('not_started', 'in_progress', 'done', 'cancelled')),
      percent smallint NOT NULL DEFAULT 0 CHECK (percent BETWEEN 0 AND 100),
      updated_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (resolution_id, position)
    )`);
    await q.query(`CREATE INDEX resolution_points_responsible_idx ON resolution_points (responsible_organization_id)`);
    await q.query(
      `CREATE INDEX resolution_points_due_idx ON resolution_points (due_date) WHERE status NOT IN ('done', 'cancelled')`,
    );

    await q.query(`CREATE TABLE point_progress (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      point_id uuid NOT NULL REFERENCES resolution_points(id) ON DELETE CASCADE,
      at timestamptz NOT NULL DEFAULT now(),
      status varchar(16) NOT NULL,
      percent smallint NOT NULL,
      note text,
      evidence_url varchar(1000),
      author_id uuid REFERENCES users(id) ON DELETE SET NULL
    )`);
    await q.query(`CREATE INDEX point_progress_point_idx ON point_progress (point_id, at)`);

    // The text of an adopted resolution never changes: a correction is an amending resolution.
    await q.query(`CREATE FUNCTION resolutions_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_TABLE_NAME = 'resolutions' THEN
          IF OLD.status = 'adopted' AND (NEW.title, NEW.preamble, NEW.kind, NEW.number, NEW.adopted_at, NEW.votes_for)
               IS DISTINCT FROM (OLD.title, OLD.preamble, OLD.kind, OLD.number, OLD.adopted_at, OLD.votes_for) THEN
            RAISE EXCEPTION 'resolution % is adopted', OLD.id USING ERRCODE = 'check_violation';
          END IF;
        ELSIF EXISTS (SELECT 1 FROM resolutions r WHERE r.id = OLD.resolution_id AND r.status = 'adopted')
              AND (TG_OP = 'DELETE' OR (NEW.text, NEW.position, NEW.due_date, NEW.responsible_organization_id, NEW.executor_id)
                   IS DISTINCT FROM (OLD.text, OLD.position, OLD.due_date, OLD.responsible_organization_id, OLD.executor_id)) THEN
          RAISE EXCEPTION 'point % belongs to an adopted resolution', OLD.id USING ERRCODE = 'check_violation';
        END IF;
        RETURN COALESCE(NEW, OLD);
      END $$`);
    await q.query(
      `CREATE TRIGGER resolutions_frozen BEFORE UPDATE ON resolutions FOR EACH ROW EXECUTE FUNCTION resolutions_frozen()`,
    );
    await q.query(
      `CREATE TRIGGER resolution_points_frozen BEFORE UPDATE OR DELETE ON resolution_points FOR EACH ROW EXECUTE FUNCTION resolutions_frozen()`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE point_progress`);
    await q.query(`DROP TABLE resolution_points`);
    await q.query(`DROP TABLE resolutions`);
    await q.query(`DROP FUNCTION resolutions_frozen()`);
    await q.query(`DROP TABLE resolution_counters`);
  }
}
