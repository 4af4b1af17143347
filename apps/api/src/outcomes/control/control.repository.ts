import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ControlHistoryEntry, ControlSource, LocalizedText, PointStatus } from '@app/contracts';
import { DataSource } from 'typeorm';
import { regionSubtree, Where } from '@app/database';

/**
 * The control room's SQL. It reads the `control_points` and `control_progress` views (migration
 * PlansAndControl): the read model over resolutions' points, protocols' instructions and road maps'
 * points, so that one lean query filters and aggregates the three sources.
 */

export interface ControlRow {
  id: string;
  source: ControlSource;
  actId: string;
  actNumber: string | null;
  actTitle: LocalizedText;
  eventId: string | null;
  position: number;
  text: LocalizedText;
  responsibleId: string | null;
  responsibleName: LocalizedText | null;
  /** The responsible person (people.id), if named. */
  executorId: string | null;
  regionCode: string | null;
  dueDate: string | null;
  weight: number;
  status: PointStatus;
  percent: number;
  overdue: boolean;
}

export interface FiguresRow {
  points: number;
  done: number;
  inProgress: number;
  overdue: number;
  percent: number;
}

export interface ControlFilter {
  /** The day overdue is judged on, `YYYY-MM-DD`. */
  date: string;
  /** Who sees what; `all` for admins. */
  visibility: { all: boolean; ownerIds: string[]; eventIds: string[]; responsibleIds: string[] };
  /** Responsible organizations (an organization and those below it, already expanded). */
  organizationIds?: string[];
  region?: string;
  source?: ControlSource;
  actId?: string;
  status?: PointStatus | 'overdue';
  dueBefore?: string;
  /** Only points due on or after this day. */
  dueFrom?: string;
  overdue?: boolean;
  /** Folded lower-case words the text or the responsible body must contain. */
  words?: string[];
  /** Only points neither done nor cancelled. */
  openOnly?: boolean;
  /** Only points due on or before `date` plus this many days (overdue ones too). */
  dueWithinDays?: number;
  /** Only points of these organizations: responsible for them, or owning their act. */
  ownIds?: string[];
}

const KAZAKH = `'әғқңөұүһіё', 'агкноуухие'`;
/** Overdue on the filter's day ($1): past the deadline and neither done nor cancelled. */
const OVERDUE = `(c.due_date IS NOT NULL AND c.due_date < $1::date AND c.status NOT IN ('done', 'cancelled'))`;
/**
 * The responsible body's name and the act's number, folded like the query. The point's own text is
 * the view's `text_search` (a stored, folded column with a trigram index: migration ControlSearch).
 */
const OTHER_TEXT = `translate(lower((COALESCE(c.responsible_name->>'kk', '') || ' ' ||
  COALESCE(c.responsible_name->>'ru', '') || ' ' || COALESCE(c.act_number, '')) COLLATE "und-x-icu"), ${KAZAKH})`;

const SELECT = `c.id, c.source, c.act_id AS "actId", c.act_number AS "actNumber", c.act_title AS "actTitle",
  c.event_id AS "eventId", c.position, c.text, c.responsible_organization_id AS "responsibleId",
  c.responsible_name AS "responsibleName", c.executor_id AS "executorId", c.region_code AS "regionCode", to_char(c.due_date, 'YYYY-MM-DD') AS "dueDate",
  c.weight::float8 AS weight, c.status, c.percent, ${OVERDUE} AS overdue`;

/** Weighted completion of the rows aggregated, cancelled ones left out, one decimal. */
const FIGURES = `count(*)::int AS points, count(*) FILTER (WHERE c.status = 'done')::int AS done,
  count(*) FILTER (WHERE c.status = 'in_progress')::int AS "inProgress", count(*) FILTER (WHERE ${OVERDUE})::int AS overdue,
  COALESCE(round(sum(c.weight * c.percent) FILTER (WHERE c.status <> 'cancelled')
                 / NULLIF(sum(c.weight) FILTER (WHERE c.status <> 'cancelled'), 0), 1), 0)::float8 AS percent`;

function where(filter: ControlFilter): Where {
  const w = new Where(filter.date);
  const v = filter.visibility;
  if (!v.all) {
    w.add(`(c.owner_ids && ${w.param(v.ownerIds)}::uuid[] OR c.event_id = ANY(${w.param(v.eventIds)}::uuid[])
            OR c.responsible_organization_id = ANY(${w.param(v.responsibleIds)}::uuid[]))`);
  }
  if (filter.organizationIds) {
    w.add(`c.responsible_organization_id = ANY(${w.param(filter.organizationIds)}::uuid[])`);
  }
  w.when(filter.region, (p) => regionSubtree('c.region_code', p))
    .when(filter.source, (p) => `c.source = ${p}`)
    .when(filter.actId, (p) => `c.act_id = ${p}`)
    .when(filter.dueBefore, (p) => `c.due_date <= ${p}::date`)
    .when(filter.dueFrom, (p) => `c.due_date >= ${p}::date`);
  if (filter.status === 'overdue' || filter.overdue) {
    w.add(OVERDUE);
  }
  if (filter.status && filter.status !== 'overdue') {
    w.add(`c.status = ${w.param(filter.status)}`);
  }
  for (const word of filter.words ?? []) {
    const pattern = w.param(`%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    w.add(`(c.text_search LIKE ${pattern} OR ${OTHER_TEXT} LIKE ${pattern})`);
  }
  if (filter.openOnly) {
    w.add(`c.status NOT IN ('done', 'cancelled')`);
  }
  if (filter.dueWithinDays !== undefined) {
    w.add(`c.due_date <= $1::date + ${w.param(filter.dueWithinDays)}::int`);
  }
  if (filter.ownIds) {
    w.add(`(c.responsible_organization_id = ANY(${w.param(filter.ownIds)}::uuid[])
            OR c.owner_ids && ${w.param(filter.ownIds)}::uuid[])`);
  }
  return w;
}

@Injectable()
export class ControlRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Today in Kazakhstan (the whole country is UTC+5), or the day asked for. */
  async day(date: string | undefined): Promise<string> {
    const rows: { day: string }[] = await this.dataSource.query(
      `SELECT to_char(COALESCE($1::date, (now() AT TIME ZONE 'Asia/Almaty')::date), 'YYYY-MM-DD') AS day`,
      [date ?? null],
    );
    return rows[0].day;
  }

  /** One page of points, overdue first, then by deadline; with the count of all that match. */
  async list(filter: ControlFilter, limit: number, offset: number): Promise<{ rows: ControlRow[]; total: number }> {
    const w = where(filter);
    const rows: (ControlRow & { total: number })[] = await this.dataSource.query(
      `SELECT ${SELECT}, count(*) OVER ()::int AS total
       FROM control_points c
       WHERE ${w.sql()}
       ORDER BY ${OVERDUE} DESC, c.due_date NULLS LAST, c.source, c.act_id, c.position
       LIMIT ${w.param(limit)} OFFSET ${w.param(offset)}`,
      w.params,
    );
    return { rows: rows.map(({ total: _total, ...row }) => row), total: rows[0]?.total ?? 0 };
  }

  async one(filter: ControlFilter, id: string): Promise<ControlRow | undefined> {
    const w = where(filter);
    const rows: ControlRow[] = await this.dataSource.query(
      `SELECT ${SELECT} FROM control_points c WHERE ${w.sql()} AND c.id = ${w.param(id)}`,
      w.params,
    );
    return rows[0];
  }

  /** Totals, the same per responsible organization, and the weekly trend: one statement. */
  async summary(
    filter: ControlFilter,
    weeks: number,
  ): Promise<{
    totals: FiguresRow;
    byOrganization: (FiguresRow & { id: string | null; name: LocalizedText | null })[];
    trend: { week: string; percent: number }[];
  }> {
    const w = where(filter);
    const rows: { summary: Awaited<ReturnType<ControlRepository['summary']>> }[] = await this.dataSource.query(
      `WITH f AS MATERIALIZED (
         SELECT c.id, c.responsible_organization_id, c.responsible_name, c.due_date, c.weight, c.status, c.percent
         FROM control_points c WHERE ${w.sql()}),
       steps AS (
         SELECT date_trunc('week', g.at AT TIME ZONE 'Asia/Almaty')::date AS week,
                f.weight * (g.percent - COALESCE(lag(g.percent) OVER (PARTITION BY g.point_id ORDER BY g.at), 0)) AS delta
         FROM control_progress g JOIN f ON f.id = g.point_id
         WHERE f.status <> 'cancelled' AND g.at < ($1::date + 1)::timestamp AT TIME ZONE 'Asia/Almaty'),
       weekly AS MATERIALIZED (SELECT week, sum(delta) AS delta FROM steps GROUP BY week),
       weeks AS (
         SELECT generate_series(date_trunc('week', $1::date) - ${w.param(weeks - 1)}::int * interval '7 days',
                                date_trunc('week', $1::date), interval '7 days')::date AS week),
       total_weight AS (SELECT sum(weight) AS weight FROM f WHERE status <> 'cancelled')
       SELECT json_build_object(
         'totals', (SELECT row_to_json(t) FROM (SELECT ${FIGURES} FROM f c) t),
         'byOrganization', COALESCE((SELECT json_agg(t ORDER BY t.percent, t.points DESC) FROM (
             SELECT c.responsible_organization_id AS id, min(c.responsible_name::text)::jsonb AS name, ${FIGURES}
             FROM f c GROUP BY c.responsible_organization_id) t), '[]'::json),
         'trend', (SELECT json_agg(json_build_object('week', to_char(k.week, 'YYYY-MM-DD'), 'percent',
                     COALESCE(round((SELECT sum(s.delta) FROM weekly s WHERE s.week <= k.week)
                                    / NULLIF((SELECT weight FROM total_weight), 0), 1), 0)::float8) ORDER BY k.week)
                   FROM weeks k)
       ) AS summary`,
      w.params,
    );
    return rows[0].summary;
  }

  /** The last progress note of each of these points (the reason a report gives for an overdue one). */
  async lastNotes(pointIds: string[]): Promise<Map<string, string>> {
    const rows: { id: string; note: string }[] = await this.dataSource.query(
      `SELECT DISTINCT ON (g.point_id) g.point_id AS id, g.note FROM control_progress g
       WHERE g.point_id = ANY($1::uuid[]) AND g.note IS NOT NULL AND g.note <> '' ORDER BY g.point_id, g.at DESC`,
      [pointIds],
    );
    return new Map(rows.map((row) => [row.id, row.note]));
  }

  history(pointId: string): Promise<ControlHistoryEntry[]> {
    return this.dataSource.query(
      `SELECT g.at, g.status, g.percent, g.note, g.evidence_url AS "evidenceUrl", NULLIF(g.author_name, '') AS author
       FROM control_progress g WHERE g.point_id = $1 ORDER BY g.at DESC`,
      [pointId],
    );
  }
}
