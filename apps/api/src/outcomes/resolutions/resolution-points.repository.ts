import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { LocalizedText, PointStatus } from '@app/contracts';
import { DataSource } from 'typeorm';
import { documentNumber as NUMBER, regionSubtree, Where, type Tx } from '@app/database';
import type { PointRow, PointValues } from './resolutions.model';

const SELECT_POINT_FIELDS = (overdue: string): string => `
  SELECT p.id, p.resolution_id AS "resolutionId", p.protocol_id AS "protocolId", p.protocol_item_id AS "itemId", p.position, p.text,
         p.responsible_organization_id AS "responsibleOrganizationId", o.name AS "responsibleName",
         p.executor_id AS "executorId", e.full_name AS "executorName", to_char(p.due_date, 'YYYY-MM-DD') AS "dueDate",
         p.status, p.percent, ${overdue} AS overdue,
         COALESCE((SELECT json_agg(json_build_object('at', g.at, 'status', g.status, 'percent', g.percent, 'note', g.note,
                                                     'evidenceUrl', g.evidence_url) ORDER BY g.at)
                   FROM point_progress g WHERE g.point_id = p.id), '[]'::json) AS progress,
         COALESCE((SELECT json_agg(json_build_object('id', i.id, 'position', i.position, 'name', i.name, 'unit', i.unit,
                                                     'target', i.target_value, 'actual', i.actual_value,
                                                     'updatedAt', i.updated_at) ORDER BY i.position)
                   FROM point_indicators i WHERE i.point_id = p.id), '[]'::json) AS indicators
  FROM resolution_points p
  LEFT JOIN organizations o ON o.id = p.responsible_organization_id
  LEFT JOIN people e ON e.id = p.executor_id`;

/** Overdue is derived, never stored: past the deadline on the given day and neither done nor cancelled. */
const overdueOn = (day: string): string =>
  `(p.due_date IS NOT NULL AND p.due_date < ${day} AND p.status NOT IN ('done', 'cancelled'))`;
/** Today in Kazakhstan (the whole country is UTC+5). */
const TODAY = `(now() AT TIME ZONE 'Asia/Almaty')::date`;
const OVERDUE = overdueOn(TODAY);
const SELECT_POINT = SELECT_POINT_FIELDS(OVERDUE);

/** The points of acts and the instructions of protocols: their execution, progress notes and the execution list. */
@Injectable()
export class ResolutionPointsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Points of many resolutions at once, with their progress notes. */
  pointsOf(resolutionIds: string[], manager: Tx = this.dataSource.manager): Promise<PointRow[]> {
    if (resolutionIds.length === 0) {
      return Promise.resolve([]);
    }
    return manager.query(
      `${SELECT_POINT} WHERE p.resolution_id = ANY($1::uuid[]) ORDER BY p.resolution_id, p.position`,
      [resolutionIds],
    );
  }

  /** The instructions of many protocols at once: points that belong to a protocol instead of a resolution. */
  instructionsOf(protocolIds: string[], manager: Tx = this.dataSource.manager): Promise<PointRow[]> {
    if (protocolIds.length === 0) {
      return Promise.resolve([]);
    }
    return manager.query(`${SELECT_POINT} WHERE p.protocol_id = ANY($1::uuid[]) ORDER BY p.protocol_id, p.position`, [
      protocolIds,
    ]);
  }

  /** Appends an instruction to a protocol the caller has locked: its number is the next one of that protocol. */
  async insertInstruction(
    manager: Tx,
    protocolId: string,
    itemId: string | null,
    values: PointValues,
    createdBy: string | null,
  ): Promise<string> {
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO resolution_points (protocol_id, protocol_item_id, position, text, responsible_organization_id, executor_id,
                                      due_date, created_by)
       SELECT $1, $2, COALESCE(max(position), 0) + 1, $3, $4, $5, $6, $7 FROM resolution_points WHERE protocol_id = $1
       RETURNING id`,
      [
        protocolId,
        itemId,
        JSON.stringify(values.text),
        values.responsibleOrganizationId,
        values.executorId,
        values.dueDate,
        createdBy,
      ],
    );
    return rows[0].id;
  }

  async updateInstruction(manager: Tx, pointId: string, values: PointValues): Promise<void> {
    await manager.query(
      `UPDATE resolution_points SET text = $2, responsible_organization_id = $3, executor_id = $4, due_date = $5,
              updated_at = now() WHERE id = $1`,
      [pointId, JSON.stringify(values.text), values.responsibleOrganizationId, values.executorId, values.dueDate],
    );
  }

  async deleteInstruction(manager: Tx, pointId: string): Promise<void> {
    // The instructions that follow move up one number: no gap is left in the list.
    await manager.query(
      `WITH gone AS (DELETE FROM resolution_points WHERE id = $1 RETURNING protocol_id, position)
       UPDATE resolution_points p SET position = p.position - 1
       FROM gone WHERE p.protocol_id = gone.protocol_id AND p.position > gone.position`,
      [pointId],
    );
  }

  async findPoint(manager: Tx, resolutionId: string, pointId: string): Promise<PointRow | undefined> {
    const rows = await this.pointsOf([resolutionId], manager);
    return rows.find((p) => p.id === pointId);
  }

  async recordProgress(
    manager: Tx,
    pointId: string,
    values: {
      status: PointStatus;
      percent: number;
      note: string | null;
      evidenceUrl: string | null;
      authorId: string | null;
    },
  ): Promise<void> {
    await manager.query(`UPDATE resolution_points SET status = $2, percent = $3, updated_at = now() WHERE id = $1`, [
      pointId,
      values.status,
      values.percent,
    ]);
    await manager.query(
      `INSERT INTO point_progress (point_id, status, percent, note, evidence_url, author_id) VALUES ($1, $2, $3, $4, $5, $6)`,
      [pointId, values.status, values.percent, values.note, values.evidenceUrl, values.authorId],
    );
  }

  /**
   * The points of adopted resolutions and the instructions of approved protocols, with what the
   * execution report needs, filtered in SQL.
   */
  executionRows(filter: {
    organizationId?: string;
    region?: string;
    eventId?: string;
    overdue?: boolean;
    date?: string;
  }): Promise<
    {
      source: 'resolution' | 'protocol';
      resolutionId: string | null;
      protocolId: string | null;
      number: string | null;
      pointId: string;
      position: number;
      dueDate: string | null;
      status: PointStatus;
      percent: number;
      overdue: boolean;
      organizationId: string | null;
      organizationName: LocalizedText | null;
      regionCode: string | null;
      regionName: LocalizedText | null;
      /** The event the point comes from and its organizers: who may see the point. */
      eventId: string;
      organizerIds: string[];
    }[]
  > {
    const overdue = overdueOn(`COALESCE($1::date, ${TODAY})`);
    const where = new Where(filter.date ?? null)
      .add(`(r.status = 'adopted' OR pr.status IN ('approved', 'published'))`)
      .when(filter.organizationId, (p) => `p.responsible_organization_id = ${p}`)
      .when(filter.region, (p) => regionSubtree('o.region_code', p))
      .when(filter.eventId, (p) => `COALESCE(r.event_id, pr.event_id) = ${p}`);
    if (filter.overdue) {
      where.add(overdue);
    }
    return this.dataSource.query(
      `SELECT CASE WHEN p.protocol_id IS NULL THEN 'resolution' ELSE 'protocol' END AS source,
              p.resolution_id AS "resolutionId", p.protocol_id AS "protocolId",
              COALESCE(${NUMBER('r')}, ${NUMBER('pr')}) AS number, p.id AS "pointId", p.position,
              to_char(p.due_date, 'YYYY-MM-DD') AS "dueDate", p.status, p.percent, ${overdue} AS overdue,
              p.responsible_organization_id AS "organizationId", o.name AS "organizationName",
              o.region_code AS "regionCode", g.name AS "regionName",
              COALESCE(r.event_id, pr.event_id) AS "eventId",
              ARRAY(SELECT eo.organization_id FROM event_organizers eo
                    WHERE eo.event_id = COALESCE(r.event_id, pr.event_id)) AS "organizerIds"
       FROM resolution_points p
       LEFT JOIN resolutions r ON r.id = p.resolution_id
       LEFT JOIN protocols pr ON pr.id = p.protocol_id
       LEFT JOIN organizations o ON o.id = p.responsible_organization_id
       LEFT JOIN regions g ON g.code = o.region_code
       WHERE ${where.sql()}
       ORDER BY p.due_date NULLS LAST, COALESCE(r.adopted_at, pr.approved_at), p.position`,
      where.params,
    );
  }
}
