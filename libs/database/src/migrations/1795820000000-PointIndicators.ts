import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Target indicators of a point (issue 22), as regional road maps report them: "build 12 schools: 7 done",
 * "km of road". Each has a kk/ru(/en) name, a unit, a target and the value reached. The name, unit and target are
 * part of the act: once the point's resolution is adopted (or its protocol approved) they never change and no
 * indicator is added or removed; the actual value is execution and keeps being reported.
 */
export class PointIndicators1795820000000 implements MigrationInterface {
  name = 'PointIndicators1795820000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE point_indicators (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      point_id uuid NOT NULL REFERENCES resolution_points(id) ON DELETE CASCADE,
      position smallint NOT NULL CHECK (position > 0),
      name jsonb NOT NULL CHECK (length(name->>'kk') > 0 AND length(name->>'ru') > 0),
      unit jsonb NOT NULL CHECK (length(unit->>'kk') > 0 AND length(unit->>'ru') > 0),
      target_value numeric(16, 2) NOT NULL CHECK (target_value >= 0),
      actual_value numeric(16, 2) NOT NULL DEFAULT 0 CHECK (actual_value >= 0),
      updated_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (point_id, position) DEFERRABLE INITIALLY DEFERRED
    )`);
    // A point whose act is in force: its resolution adopted, or its protocol approved.
    await q.query(`CREATE FUNCTION point_in_force(point uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
      SELECT EXISTS (SELECT 1 FROM resolution_points p
                     LEFT JOIN resolutions r ON r.id = p.resolution_id
                     LEFT JOIN protocols pr ON pr.id = p.protocol_id
                     WHERE p.id = point AND (r.status = 'adopted' OR pr.status <> 'draft'))
    $$`);
    await q.query(`CREATE FUNCTION point_indicators_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          IF point_in_force(NEW.point_id) THEN
            RAISE EXCEPTION 'point % belongs to an adopted act', NEW.point_id USING ERRCODE = 'check_violation';
          END IF;
        ELSIF point_in_force(OLD.point_id) AND (TG_OP = 'DELETE'
              OR (NEW.point_id, NEW.position, NEW.name, NEW.unit, NEW.target_value)
                 IS DISTINCT FROM (OLD.point_id, OLD.position, OLD.name, OLD.unit, OLD.target_value)) THEN
          RAISE EXCEPTION 'indicator % belongs to an adopted act', OLD.id USING ERRCODE = 'check_violation';
        END IF;
        RETURN COALESCE(NEW, OLD);
      END $$`);
    await q.query(`CREATE TRIGGER point_indicators_frozen BEFORE INSERT OR UPDATE OR DELETE ON point_indicators
      FOR EACH ROW EXECUTE FUNCTION point_indicators_frozen()`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE point_indicators`);
    await q.query(`DROP FUNCTION point_indicators_frozen()`);
    await q.query(`DROP FUNCTION point_in_force(uuid)`);
  }
}
