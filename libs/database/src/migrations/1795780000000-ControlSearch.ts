import { MigrationInterface, QueryRunner } from 'typeorm';

/** Folds a jsonb `{kk, ru, en}` text the way the control room's search folds its query. */
const FOLDED = (column: string): string =>
  `translate(lower((COALESCE(${column}->>'kk', '') || ' ' || COALESCE(${column}->>'ru', '') || ' ' ||
    COALESCE(${column}->>'en', '')) COLLATE "und-x-icu"), 'әғқңөұүһіё', 'агкноуухие')`;

const view = (search: boolean): string => `CREATE OR REPLACE VIEW control_points AS
      SELECT p.id, CASE WHEN p.protocol_id IS NULL THEN 'resolution' ELSE 'protocol' END AS source,
             COALESCE(p.resolution_id, p.protocol_id) AS act_id,
             CASE WHEN COALESCE(r.number, pr.number) IS NULL THEN NULL
                  ELSE COALESCE(r.number, pr.number) || '/' || COALESCE(r.year, pr.year) END AS act_number,
             COALESCE(r.title, ev.title) AS act_title,
             COALESCE(r.event_id, pr.event_id) AS event_id,
             ARRAY(SELECT eo.organization_id FROM event_organizers eo
                   WHERE eo.event_id = COALESCE(r.event_id, pr.event_id)) AS owner_ids,
             p.position, p.text, p.responsible_organization_id, o.name AS responsible_name, p.executor_id,
             o.region_code, p.due_date, 1::numeric AS weight, p.status, p.percent, p.updated_at${search ? ', p.search_text AS text_search' : ''}
      FROM resolution_points p
      LEFT JOIN resolutions r ON r.id = p.resolution_id
      LEFT JOIN protocols pr ON pr.id = p.protocol_id
      LEFT JOIN events ev ON ev.id = COALESCE(r.event_id, pr.event_id)
      LEFT JOIN organizations o ON o.id = p.responsible_organization_id
      WHERE r.status = 'adopted' OR pr.status IN ('approved', 'published')
      UNION ALL
      SELECT pp.id, 'plan', pp.plan_id, NULL, pl.title, pl.event_id, ARRAY[pl.owner_organization_id],
             pp.position, pp.text, pp.responsible_organization_id, o.name, pp.executor_id,
             COALESCE(pp.region_code, o.region_code), pp.due_date, pp.weight, pp.status, pp.percent, pp.updated_at${search ? ', pp.search_text' : ''}
      FROM plan_points pp
      JOIN plans pl ON pl.id = pp.plan_id
      LEFT JOIN organizations o ON o.id = pp.responsible_organization_id`;

/**
 * The control room's text search (issue 16): the points' and plan points' texts stored folded
 * (generated columns, so an edited point is found by its new text), with trigram indexes, and
 * exposed by `control_points` as `text_search` (added at the end, so the view keeps its columns).
 */
export class ControlSearch1795780000000 implements MigrationInterface {
  name = 'ControlSearch1795780000000';

  public async up(q: QueryRunner): Promise<void> {
    for (const table of ['resolution_points', 'plan_points']) {
      await q.query(`ALTER TABLE ${table} ADD COLUMN search_text text GENERATED ALWAYS AS (${FOLDED('text')}) STORED`);
      await q.query(`CREATE INDEX ${table}_search_idx ON ${table} USING gin (search_text gin_trgm_ops)`);
    }
    await q.query(view(true));
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP VIEW control_points`);
    await q.query(view(false));
    for (const table of ['resolution_points', 'plan_points']) {
      await q.query(`ALTER TABLE ${table} DROP COLUMN search_text`);
    }
  }
}
