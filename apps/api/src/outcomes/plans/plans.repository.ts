import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { LocalizedText } from '@app/contracts';
import { DataSource } from 'typeorm';
import type { Tx } from '@app/database';
import type { PlanListRow, PlanPointRow, PlanPointValues, PlanProgressValues, PlanRow } from './plans.model';

const SELECT_PLAN = `
  SELECT pl.id, pl.title, pl.owner_organization_id AS "ownerOrganizationId", o.name AS "ownerName",
         to_char(pl.starts_on, 'YYYY-MM-DD') AS "startsOn", to_char(pl.ends_on, 'YYYY-MM-DD') AS "endsOn",
         pl.event_id AS "eventId", e.slug AS "eventSlug", e.title AS "eventTitle", pl.version
  FROM plans pl
  JOIN organizations o ON o.id = pl.owner_organization_id
  LEFT JOIN events e ON e.id = pl.event_id`;

/** Overdue is derived, never stored: past the deadline today in Kazakhstan and neither done nor cancelled. */
const OVERDUE = `(p.due_date IS NOT NULL AND p.due_date < (now() AT TIME ZONE 'Asia/Almaty')::date
                  AND p.status NOT IN ('done', 'cancelled'))`;

const SELECT_POINT = `
  SELECT p.id, p.plan_id AS "planId", p.position, p.text,
         p.responsible_organization_id AS "responsibleOrganizationId", o.name AS "responsibleName",
         p.executor_id AS "executorId", x.full_name AS "executorName", p.region_code AS "regionCode",
         to_char(p.due_date, 'YYYY-MM-DD') AS "dueDate", p.weight::float8 AS weight, p.status, p.percent,
         ${OVERDUE} AS overdue, p.version,
         COALESCE((SELECT json_agg(json_build_object('at', g.at, 'status', g.status, 'percent', g.percent, 'note', g.note,
                                                     'evidenceUrl', g.evidence_url) ORDER BY g.at)
                   FROM plan_point_progress g WHERE g.point_id = p.id), '[]'::json) AS progress,
         COALESCE((SELECT json_agg(json_build_object('pointId', c.id, 'source', c.source, 'actId', c.act_id,
                                                     'number', c.act_number) ORDER BY l.created_at)
                   FROM plan_point_links l JOIN control_points c ON c.id = l.point_id
                   WHERE l.plan_point_id = p.id), '[]'::json) AS links
  FROM plan_points p
  LEFT JOIN organizations o ON o.id = p.responsible_organization_id
  LEFT JOIN people x ON x.id = p.executor_id`;

/** Every query of road maps. Links read the acts' points through the `control_points` read model. */
@Injectable()
export class PlansRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: Tx) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async findById(id: string, manager: Tx = this.dataSource.manager, lock = false): Promise<PlanRow | undefined> {
    if (lock) {
      await manager.query(`SELECT 1 FROM plans WHERE id = $1 FOR UPDATE`, [id]);
    }
    const rows: PlanRow[] = await manager.query(`${SELECT_PLAN} WHERE pl.id = $1`, [id]);
    return rows[0];
  }

  /**
   * Plans owned by these organizations or with a point they are responsible for (all with `everything`),
   * with their weighted completion.
   */
  list(filter: {
    organizationIds: string[];
    everything: boolean;
    limit: number;
    offset: number;
  }): Promise<(PlanListRow & { total: number })[]> {
    return this.dataSource.query(
      `WITH visible AS (
         SELECT pl.id FROM plans pl
         WHERE $1::boolean OR pl.owner_organization_id = ANY($2::uuid[])
            OR EXISTS (SELECT 1 FROM plan_points p WHERE p.plan_id = pl.id AND p.responsible_organization_id = ANY($2::uuid[])))
       SELECT q.*, s.points, s.percent, count(*) OVER ()::int AS total
       FROM (${SELECT_PLAN}) q
       JOIN visible v ON v.id = q.id
       CROSS JOIN LATERAL (
         SELECT count(*)::int AS points,
                COALESCE(round(sum(p.weight * p.percent) FILTER (WHERE p.status <> 'cancelled')
                               / NULLIF(sum(p.weight) FILTER (WHERE p.status <> 'cancelled'), 0), 1), 0)::float8 AS percent
         FROM plan_points p WHERE p.plan_id = q.id) s
       ORDER BY q."startsOn" DESC, q.id
       LIMIT $3 OFFSET $4`,
      [filter.everything, filter.organizationIds, filter.limit, filter.offset],
    );
  }

  /** Whether a plan has a point one of these organizations is responsible for. */
  async hasPointOf(planId: string, organizationIds: string[]): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM plan_points WHERE plan_id = $1 AND responsible_organization_id = ANY($2::uuid[]) LIMIT 1`,
      [planId, organizationIds],
    );
    return rows.length > 0;
  }

  pointsOf(planIds: string[], manager: Tx = this.dataSource.manager): Promise<PlanPointRow[]> {
    if (planIds.length === 0) {
      return Promise.resolve([]);
    }
    return manager.query(`${SELECT_POINT} WHERE p.plan_id = ANY($1::uuid[]) ORDER BY p.plan_id, p.position`, [planIds]);
  }

  async insert(
    manager: Tx,
    values: {
      title: LocalizedText;
      ownerOrganizationId: string;
      startsOn: string;
      endsOn: string;
      eventId: string | null;
      createdBy: string | null;
    },
  ): Promise<string> {
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO plans (title, owner_organization_id, starts_on, ends_on, event_id, created_by)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [
        JSON.stringify(values.title),
        values.ownerOrganizationId,
        values.startsOn,
        values.endsOn,
        values.eventId,
        values.createdBy,
      ],
    );
    return rows[0].id;
  }

  /** Updates when the version matches (any version when undefined); returns the rows changed. */
  async update(
    manager: Tx,
    id: string,
    values: { title: LocalizedText; startsOn: string; endsOn: string; eventId: string | null },
    expectedVersion: number | undefined,
  ): Promise<number> {
    const result: [unknown[], number] = await manager.query(
      `UPDATE plans SET title = $2, starts_on = $3, ends_on = $4, event_id = $5, version = version + 1, updated_at = now()
       WHERE id = $1 AND ($6::int IS NULL OR version = $6)`,
      [id, JSON.stringify(values.title), values.startsOn, values.endsOn, values.eventId, expectedVersion ?? null],
    );
    return result[1];
  }

  /** The next free point numbers of a plan the caller has locked. */
  async nextPosition(manager: Tx, planId: string): Promise<number> {
    const rows: { n: number }[] = await manager.query(
      `SELECT COALESCE(max(position), 0) + 1 AS n FROM plan_points WHERE plan_id = $1`,
      [planId],
    );
    return rows[0].n;
  }

  /** Point numbers already taken among these. */
  async takenPositions(manager: Tx, planId: string, positions: number[]): Promise<Set<number>> {
    const rows: { position: number }[] = await manager.query(
      `SELECT position FROM plan_points WHERE plan_id = $1 AND position = ANY($2::int[])`,
      [planId, positions],
    );
    return new Set(rows.map((row) => row.position));
  }

  /** Many points in one statement, each with a first progress note when it starts with progress. */
  async insertPoints(
    manager: Tx,
    planId: string,
    points: PlanPointValues[],
    authorId: string | null,
  ): Promise<string[]> {
    if (points.length === 0) {
      return [];
    }
    const rows: { id: string }[] = await manager.query(
      `WITH added AS (
         INSERT INTO plan_points (plan_id, position, text, responsible_organization_id, executor_id, region_code, due_date,
                                  weight, status, percent)
         SELECT $1, x.position, x.text, x.responsible, x.executor, x.region, x.due, x.weight, x.status, x.percent
         FROM jsonb_to_recordset($2::jsonb) AS x(position int, text jsonb, responsible uuid, executor uuid, region text,
                                                 due date, weight numeric, status text, percent int)
         ORDER BY x.position
         RETURNING id, status, percent),
       noted AS (
         INSERT INTO plan_point_progress (point_id, status, percent, author_id)
         SELECT id, status, percent, $3 FROM added WHERE status <> 'not_started' OR percent > 0)
       SELECT id FROM added`,
      [
        planId,
        JSON.stringify(
          points.map((p) => ({
            position: p.position,
            text: p.text,
            responsible: p.responsibleOrganizationId,
            executor: p.executorId,
            region: p.regionCode,
            due: p.dueDate,
            weight: p.weight,
            status: p.status,
            percent: p.percent,
          })),
        ),
        authorId,
      ],
    );
    return rows.map((row) => row.id);
  }

  /** Changes a point's wording and references when the version matches; returns the rows changed. */
  async updatePoint(
    manager: Tx,
    pointId: string,
    values: Omit<PlanPointValues, 'position' | 'status' | 'percent'>,
    expectedVersion: number | undefined,
  ): Promise<number> {
    const result: [unknown[], number] = await manager.query(
      `UPDATE plan_points SET text = $2, responsible_organization_id = $3, executor_id = $4, region_code = $5,
              due_date = $6, weight = $7, version = version + 1, updated_at = now()
       WHERE id = $1 AND ($8::int IS NULL OR version = $8)`,
      [
        pointId,
        JSON.stringify(values.text),
        values.responsibleOrganizationId,
        values.executorId,
        values.regionCode,
        values.dueDate,
        values.weight,
        expectedVersion ?? null,
      ],
    );
    return result[1];
  }

  async recordProgress(manager: Tx, pointIds: string[], values: PlanProgressValues): Promise<void> {
    await manager.query(
      `UPDATE plan_points SET status = $2, percent = $3, version = version + 1, updated_at = now()
       WHERE id = ANY($1::uuid[])`,
      [pointIds, values.status, values.percent],
    );
    await manager.query(
      `INSERT INTO plan_point_progress (point_id, status, percent, note, evidence_url, author_id, at)
       SELECT id, $2, $3, $4, $5, $6, COALESCE($7::timestamptz, now()) FROM unnest($1::uuid[]) AS id`,
      [pointIds, values.status, values.percent, values.note, values.evidenceUrl, values.authorId, values.at ?? null],
    );
  }

  /** Whether a point of an act (a resolution's point or a protocol's instruction in force) exists. */
  async actPointExists(pointId: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM control_points WHERE id = $1 AND source <> 'plan'`,
      [pointId],
    );
    return rows.length > 0;
  }

  async link(manager: Tx, planPointId: string, pointId: string, userId: string | null): Promise<void> {
    await manager.query(
      `INSERT INTO plan_point_links (plan_point_id, point_id, created_by) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
      [planPointId, pointId, userId],
    );
  }

  async unlink(manager: Tx, planPointId: string, pointId: string): Promise<number> {
    const result: [unknown[], number] = await manager.query(
      `DELETE FROM plan_point_links WHERE plan_point_id = $1 AND point_id = $2`,
      [planPointId, pointId],
    );
    return result[1];
  }
}
