import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Road maps and the control room. A plan (жол картасы / дорожная карта) is a list of numbered points
 * not tied to one meeting: the same fields as a resolution's point (responsible body and person,
 * deadline, status, percent, dated progress notes with evidence), plus a weight (the share a point
 * carries in the plan's percent) and the region where the work is done. A plan point may carry out
 * a resolution's point or a protocol's instruction (`plan_point_links`).
 *
 * Organizations gain a parent: a district akimat under the oblast's, a department under its akimat;
 * the control room's organization filter takes an organization with everything below it.
 *
 * `control_points` and `control_progress` are the control room's read model over the three sources
 * (points of adopted resolutions, instructions of approved protocols, plan points): one view that the
 * control module reads with lean SQL, so that it needs no other module's tables in its own queries.
 */
export class PlansAndControl1795620000000 implements MigrationInterface {
  name = 'PlansAndControl1795620000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE organizations ADD COLUMN parent_id uuid REFERENCES organizations(id) ON DELETE RESTRICT,
      ADD CONSTRAINT organizations_parent_not_self CHECK (parent_id IS NULL OR parent_id <> id)`);
    await q.query(`CREATE INDEX organizations_parent_idx ON organizations (parent_id)`);

    await q.query(`CREATE TABLE plans (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      title jsonb NOT NULL CHECK (length(title->>'kk') > 0 AND length(title->>'ru') > 0),
      owner_organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE RESTRICT,
      starts_on date NOT NULL,
      ends_on date NOT NULL,
      event_id uuid REFERENCES events(id) ON DELETE SET NULL,
      version integer NOT NULL DEFAULT 1,
      created_by uuid REFERENCES users(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK (ends_on >= starts_on)
    )`);
    await q.query(`CREATE INDEX plans_owner_idx ON plans (owner_organization_id)`);
    await q.query(`CREATE INDEX plans_event_idx ON plans (event_id)`);

    await q.query(`CREATE TABLE plan_points (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      plan_id uuid NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
      position integer NOT NULL CHECK (position > 0),
      text jsonb NOT NULL CHECK (length(text->>'kk') > 0 AND length(text->>'ru') > 0),
      responsible_organization_id uuid REFERENCES organizations(id) ON DELETE RESTRICT,
      executor_id uuid REFERENCES people(id) ON DELETE RESTRICT,
      region_code varchar(40) REFERENCES regions(code) ON DELETE RESTRICT,
      due_date date,
      weight numeric(8, 2) NOT NULL DEFAULT 1 CHECK (weight > 0),
      status varchar(16) NOT NULL DEFAULT 'not_started'
        CHECK (status IN ('not_started', 'in_progress', 'done', 'cancelled')),
      percent smallint NOT NULL DEFAULT 0 CHECK (percent BETWEEN 0 AND 100),
      version integer NOT NULL DEFAULT 1,
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK (status <> 'done' OR percent = 100),
      UNIQUE (plan_id, position)
    )`);
    await q.query(`CREATE INDEX plan_points_responsible_idx ON plan_points (responsible_organization_id)`);
    await q.query(
      `CREATE INDEX plan_points_due_idx ON plan_points (due_date) WHERE status NOT IN ('done', 'cancelled')`,
    );

    await q.query(`CREATE TABLE plan_point_progress (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      point_id uuid NOT NULL REFERENCES plan_points(id) ON DELETE CASCADE,
      at timestamptz NOT NULL DEFAULT now(),
      status varchar(16) NOT NULL,
      percent smallint NOT NULL CHECK (percent BETWEEN 0 AND 100),
      note text,
      evidence_url varchar(1000),
      author_id uuid REFERENCES users(id) ON DELETE SET NULL
    )`);
    await q.query(`CREATE INDEX plan_point_progress_point_idx ON plan_point_progress (point_id, at)`);

    await q.query(`CREATE TABLE plan_point_links (
      plan_point_id uuid NOT NULL REFERENCES plan_points(id) ON DELETE CASCADE,
      point_id uuid NOT NULL REFERENCES resolution_points(id) ON DELETE CASCADE,
      created_by uuid REFERENCES users(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (plan_point_id, point_id)
    )`);
    await q.query(`CREATE INDEX plan_point_links_point_idx ON plan_point_links (point_id)`);

    await q.query(`CREATE VIEW control_points AS
      SELECT p.id, CASE WHEN p.protocol_id IS NULL THEN 'resolution' ELSE 'protocol' END AS source,
             COALESCE(p.resolution_id, p.protocol_id) AS act_id,
             CASE WHEN COALESCE(r.number, pr.number) IS NULL THEN NULL
                  ELSE COALESCE(r.number, pr.number) || '/' || COALESCE(r.year, pr.year) END AS act_number,
             COALESCE(r.title, ev.title) AS act_title,
             COALESCE(r.event_id, pr.event_id) AS event_id,
             ARRAY(SELECT eo.organization_id FROM event_organizers eo
                   WHERE eo.event_id = COALESCE(r.event_id, pr.event_id)) AS owner_ids,
             p.position, p.text, p.responsible_organization_id, o.name AS responsible_name, p.executor_id,
             o.region_code, p.due_date, 1::numeric AS weight, p.status, p.percent, p.updated_at
      FROM resolution_points p
      LEFT JOIN resolutions r ON r.id = p.resolution_id
      LEFT JOIN protocols pr ON pr.id = p.protocol_id
      LEFT JOIN events ev ON ev.id = COALESCE(r.event_id, pr.event_id)
      LEFT JOIN organizations o ON o.id = p.responsible_organization_id
      WHERE r.status = 'adopted' OR pr.status IN ('approved', 'published')
      UNION ALL
      SELECT pp.id, 'plan', pp.plan_id, NULL, pl.title, pl.event_id, ARRAY[pl.owner_organization_id],
             pp.position, pp.text, pp.responsible_organization_id, o.name, pp.executor_id,
             COALESCE(pp.region_code, o.region_code), pp.due_date, pp.weight, pp.status, pp.percent, pp.updated_at
      FROM plan_points pp
      JOIN plans pl ON pl.id = pp.plan_id
      LEFT JOIN organizations o ON o.id = pp.responsible_organization_id`);

    await q.query(`CREATE VIEW control_progress AS
      SELECT g.point_id, g.at, g.status, g.percent, g.note, g.evidence_url, g.author_id, u.full_name AS author_name
      FROM (SELECT point_id, at, status, percent, note, evidence_url, author_id FROM point_progress
            UNION ALL
            SELECT point_id, at, status, percent, note, evidence_url, author_id FROM plan_point_progress) g
      LEFT JOIN users u ON u.id = g.author_id`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP VIEW control_progress`);
    await q.query(`DROP VIEW control_points`);
    await q.query(`DROP TABLE plan_point_links`);
    await q.query(`DROP TABLE plan_point_progress`);
    await q.query(`DROP TABLE plan_points`);
    await q.query(`DROP TABLE plans`);
    await q.query(`ALTER TABLE organizations DROP COLUMN parent_id`);
  }
}
