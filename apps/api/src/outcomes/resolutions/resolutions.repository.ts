import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { LocalizedText } from '@app/contracts';
import { DataSource } from 'typeorm';
import type { PointStatus, ResolutionKind } from '@app/contracts';
import { regionSubtree, Where, type Tx, ReplicaReads } from '@app/database';

export interface ResolutionRow {
  id: string;
  eventId: string;
  sessionId: string | null;
  kind: ResolutionKind;
  status: 'draft' | 'adopted';
  title: LocalizedText;
  preamble: LocalizedText | null;
  number: number | null;
  year: number | null;
  votesFor: number | null;
  votesAgainst: number | null;
  votesAbstained: number | null;
  presentCount: number | null;
  chairId: string | null;
  chairName: { kk: string; ru?: string } | null;
  chairPosition: LocalizedText | null;
  adoptedAt: Date | null;
  /** Where it was adopted: a city (kk/ru); null on a draft and on adoptions recorded before places were. */
  place: LocalizedText | null;
  /** The adopting session's time, when it has one. */
  sessionStartsAt: Date | null;
  sessionEndsAt: Date | null;
  amendsId: string | null;
  amendsNumber: string | null;
  amendments: { id: string; number: string | null; status: string }[];
  /** The vote by name the resolution was adopted from, if any. */
  pollId: string | null;
  pollMode: 'roll_call' | 'electronic' | null;
  version: number;
}

/** An adopted resolution of a public forum with what a feed entry says of its forum. */
export interface PublicActRow {
  id: string;
  kind: ResolutionKind;
  title: LocalizedText;
  preamble: LocalizedText | null;
  number: string | null;
  adoptedAt: Date;
  votesFor: number | null;
  votesAgainst: number | null;
  votesAbstained: number | null;
  eventId: string;
  eventSlug: string;
  eventTitle: LocalizedText;
  timeZone: string;
  organizers: LocalizedText[];
}

export interface PointRow {
  id: string;
  /** The act the point belongs to: a resolution, or a protocol (an instruction, under one of its items). */
  resolutionId: string | null;
  protocolId: string | null;
  itemId: string | null;
  position: number;
  text: LocalizedText;
  responsibleOrganizationId: string | null;
  responsibleName: LocalizedText | null;
  executorId: string | null;
  executorName: { kk: string; ru?: string } | null;
  dueDate: string | null;
  status: PointStatus;
  percent: number;
  overdue: boolean;
  progress: { at: string; status: string; percent: number; note: string | null; evidenceUrl: string | null }[];
}

export interface PointValues {
  text: LocalizedText;
  responsibleOrganizationId: string | null;
  executorId: string | null;
  dueDate: string | null;
}

const NUMBER = (alias: string): string =>
  `CASE WHEN ${alias}.number IS NULL THEN NULL ELSE ${alias}.number || '/' || ${alias}.year END`;

const SELECT_RESOLUTION = `
  SELECT r.id, r.event_id AS "eventId", r.session_id AS "sessionId", r.kind, r.status, r.title, r.preamble,
         r.number, r.year, r.votes_for AS "votesFor", r.votes_against AS "votesAgainst", r.votes_abstained AS "votesAbstained",
         r.present_count AS "presentCount", r.chair_id AS "chairId", c.full_name AS "chairName", c.position AS "chairPosition",
         r.adopted_at AS "adoptedAt", r.place, s.starts_at AS "sessionStartsAt", s.ends_at AS "sessionEndsAt",
         r.amends_id AS "amendsId", ${NUMBER('a')} AS "amendsNumber",
         COALESCE((SELECT json_agg(json_build_object('id', m.id, 'number', ${NUMBER('m')}, 'status', m.status) ORDER BY m.created_at)
                   FROM resolutions m WHERE m.amends_id = r.id), '[]'::json) AS amendments,
         r.poll_id AS "pollId", (SELECT pl.mode FROM polls pl WHERE pl.id = r.poll_id) AS "pollMode",
         r.version
  FROM resolutions r
  LEFT JOIN people c ON c.id = r.chair_id
  LEFT JOIN sessions s ON s.id = r.session_id
  LEFT JOIN resolutions a ON a.id = r.amends_id`;

const SELECT_POINT_FIELDS = (overdue: string): string => `
  SELECT p.id, p.resolution_id AS "resolutionId", p.protocol_id AS "protocolId", p.protocol_item_id AS "itemId", p.position, p.text,
         p.responsible_organization_id AS "responsibleOrganizationId", o.name AS "responsibleName",
         p.executor_id AS "executorId", e.full_name AS "executorName", to_char(p.due_date, 'YYYY-MM-DD') AS "dueDate",
         p.status, p.percent, ${overdue} AS overdue,
         COALESCE((SELECT json_agg(json_build_object('at', g.at, 'status', g.status, 'percent', g.percent, 'note', g.note,
                                                     'evidenceUrl', g.evidence_url) ORDER BY g.at)
                   FROM point_progress g WHERE g.point_id = p.id), '[]'::json) AS progress
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

@Injectable()
export class ResolutionsRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reads: ReplicaReads,
  ) {}

  transaction<T>(work: (manager: Tx) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async findById(id: string, manager: Tx = this.dataSource.manager, lock = false): Promise<ResolutionRow | undefined> {
    if (lock) {
      await manager.query(`SELECT 1 FROM resolutions WHERE id = $1 FOR UPDATE`, [id]);
    }
    const rows: ResolutionRow[] = await manager.query(`${SELECT_RESOLUTION} WHERE r.id = $1`, [id]);
    return rows[0];
  }

  /** On the database ReplicaReads picks: an anonymous reader's forum page may read them from the replica. */
  listForEvent(eventId: string, adoptedOnly: boolean): Promise<ResolutionRow[]> {
    return this.reads.read((db) =>
      db.query(
        `${SELECT_RESOLUTION} WHERE r.event_id = $1 ${adoptedOnly ? `AND r.status = 'adopted'` : ''} ORDER BY r.adopted_at NULLS LAST, r.created_at`,
        [eventId],
      ),
    );
  }

  /** Adopted resolutions of public forums (not drafts, not invite-only), newest first: the feed of acts. */
  latestPublicAdopted(filter: { region?: string; organizationId?: string }, limit: number): Promise<PublicActRow[]> {
    const where = new Where()
      .add(`r.status = 'adopted' AND e.visibility = 'public' AND e.status <> 'draft'`)
      .when(filter.region, (p) => regionSubtree('e.region_code', p))
      .when(
        filter.organizationId,
        (p) => `EXISTS (SELECT 1 FROM event_organizers f WHERE f.event_id = e.id AND f.organization_id = ${p})`,
      );
    return this.dataSource.query(
      `SELECT r.id, r.kind, r.title, r.preamble, ${NUMBER('r')} AS number, r.adopted_at AS "adoptedAt",
              r.votes_for AS "votesFor", r.votes_against AS "votesAgainst", r.votes_abstained AS "votesAbstained",
              e.id AS "eventId", e.slug AS "eventSlug", e.title AS "eventTitle", e.time_zone AS "timeZone",
              COALESCE((SELECT json_agg(o.name ORDER BY eo.position) FROM event_organizers eo
                        JOIN organizations o ON o.id = eo.organization_id WHERE eo.event_id = e.id), '[]'::json) AS organizers
       FROM resolutions r JOIN events e ON e.id = r.event_id
       WHERE ${where.sql()}
       ORDER BY r.adopted_at DESC, r.id LIMIT ${where.param(limit)}`,
      where.params,
    );
  }

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

  async insert(
    manager: Tx,
    values: {
      eventId: string;
      sessionId: string | null;
      kind: ResolutionKind;
      title: LocalizedText;
      preamble: LocalizedText | null;
      amendsId: string | null;
      createdBy: string;
    },
  ): Promise<string> {
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO resolutions (event_id, session_id, kind, title, preamble, amends_id, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [
        values.eventId,
        values.sessionId,
        values.kind,
        JSON.stringify(values.title),
        values.preamble ? JSON.stringify(values.preamble) : null,
        values.amendsId,
        values.createdBy,
      ],
    );
    return rows[0].id;
  }

  async updateDraft(
    manager: Tx,
    id: string,
    values: { sessionId: string | null; kind: ResolutionKind; title: LocalizedText; preamble: LocalizedText | null },
  ): Promise<void> {
    await manager.query(
      `UPDATE resolutions SET session_id = $2, kind = $3, title = $4, preamble = $5, version = version + 1, updated_at = now()
       WHERE id = $1 AND status = 'draft'`,
      [
        id,
        values.sessionId,
        values.kind,
        JSON.stringify(values.title),
        values.preamble ? JSON.stringify(values.preamble) : null,
      ],
    );
  }

  async replacePoints(manager: Tx, resolutionId: string, points: PointValues[]): Promise<void> {
    await manager.query(`DELETE FROM resolution_points WHERE resolution_id = $1`, [resolutionId]);
    await manager.query(
      `INSERT INTO resolution_points (resolution_id, position, text, responsible_organization_id, executor_id, due_date)
       SELECT $1, x.ord, x.text, x.responsible, x.executor, x.due
       FROM jsonb_to_recordset($2::jsonb) AS x(ord int, text jsonb, responsible uuid, executor uuid, due date)`,
      [
        resolutionId,
        JSON.stringify(
          points.map((p, i) => ({
            ord: i + 1,
            text: p.text,
            responsible: p.responsibleOrganizationId,
            executor: p.executorId,
            due: p.dueDate,
          })),
        ),
      ],
    );
  }

  /**
   * The next number of an organizer's year. The counter row stays locked until the
   * adoption commits, so concurrent adoptions queue up and a rolled-back one leaves no gap.
   */
  /** The next number of a kind's series of an organizer in a year (each kind is numbered apart). */
  async nextNumber(manager: Tx, organizationId: string, kind: ResolutionKind, year: number): Promise<number> {
    const rows: { n: number }[] = await manager.query(
      `INSERT INTO resolution_counters AS c (organization_id, kind, year, last_number) VALUES ($1, $2, $3, 1)
       ON CONFLICT (organization_id, kind, year) DO UPDATE SET last_number = c.last_number + 1
       RETURNING last_number AS n`,
      [organizationId, kind, year],
    );
    return rows[0].n;
  }

  async adopt(
    manager: Tx,
    id: string,
    values: {
      organizationId: string;
      number: number;
      year: number;
      votesFor: number;
      votesAgainst: number;
      votesAbstained: number;
      present: number;
      chairId: string;
      adoptedAt: Date;
      place: LocalizedText;
      pollId: string | null;
    },
  ): Promise<void> {
    await manager.query(
      `UPDATE resolutions SET status = 'adopted', numbering_organization_id = $2, number = $3, year = $4, votes_for = $5,
         votes_against = $6, votes_abstained = $7, present_count = $8, chair_id = $9, adopted_at = $10, poll_id = $11,
         place = $12, version = version + 1, updated_at = now()
       WHERE id = $1`,
      [
        id,
        values.organizationId,
        values.number,
        values.year,
        values.votesFor,
        values.votesAgainst,
        values.votesAbstained,
        values.present,
        values.chairId,
        values.adoptedAt,
        values.pollId,
        JSON.stringify(values.place),
      ],
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
