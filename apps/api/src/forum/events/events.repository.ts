import { containsPattern } from '@app/common';
import { regionSubtree, searchMatches, Where, type Tx, ReplicaReads } from '@app/database';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { EventKind, EventStatus } from '@app/contracts';
import { DataSource } from 'typeorm';
import type { EventRow, EventValues, Viewer } from './events.model';

const SELECT_EVENT = `
  SELECT e.id, e.slug, e.kind, e.status, e.title, e.description, e.region_code AS "regionCode", r.name AS "regionName",
         r.former_names AS "regionFormerNames",
         e.venue, e.starts_at AS "startsAt", e.ends_at AS "endsAt", e.time_zone AS "timeZone", e.visibility,
         e.capacity, e.announced_at AS "announcedAt", e.registration_opens_at AS "registrationOpensAt",
         e.registration_closes_at AS "registrationClosesAt", e.requires_approval AS "requiresApproval", e.quorum,
         e.reports_by_region AS "reportsByRegion",
         e.version, e.created_at AS "createdAt", e.updated_at AS "updatedAt",
         COALESCE(org.list, '[]'::json) AS organizers, COALESCE(org.required, 5) AS "requiredLeadDays",
         CASE WHEN e.announced_at IS NULL THEN NULL
              ELSE floor(extract(epoch FROM e.starts_at - e.announced_at) / 86400)::int END AS "leadTimeDays"
  FROM events e
  LEFT JOIN regions r ON r.code = e.region_code
  LEFT JOIN LATERAL (
    SELECT json_agg(json_build_object('id', o.id, 'name', o.name, 'announcementLeadDays', o.announcement_lead_days)
                    ORDER BY eo.position) AS list,
           max(o.announcement_lead_days) AS required
    FROM event_organizers eo JOIN organizations o ON o.id = eo.organization_id
    WHERE eo.event_id = e.id
  ) org ON true`;

const VISIBLE = (viewerParam: number): string => `(
  (e.visibility = 'public' AND e.status <> 'draft')
  OR $${viewerParam}::boolean
  OR e.id = ANY($${viewerParam + 1}::uuid[])
  OR EXISTS (SELECT 1 FROM event_organizers v WHERE v.event_id = e.id AND v.organization_id = ANY($${viewerParam + 2}::uuid[])))`;

function toParams(values: EventValues): unknown[] {
  return [
    values.slug,
    values.kind,
    JSON.stringify(values.title),
    values.description ? JSON.stringify(values.description) : null,
    values.regionCode,
    JSON.stringify(values.venue),
    values.startsAt,
    values.endsAt,
    values.timeZone,
    values.visibility,
    values.capacity,
    values.announcedAt,
    values.registrationOpensAt,
    values.registrationClosesAt,
    values.requiresApproval,
    values.quorum ? JSON.stringify(values.quorum) : null,
    values.reportsByRegion,
  ];
}

@Injectable()
export class EventsRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reads: ReplicaReads,
  ) {}

  transaction<T>(work: (manager: Tx) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** In `manager`'s transaction when given; else on the database ReplicaReads picks. */
  async findByIdOrSlug(idOrSlug: string, manager?: Tx): Promise<EventRow | undefined> {
    const isId = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(idOrSlug);
    const find = (db: Tx | DataSource): Promise<EventRow[]> =>
      db.query(`${SELECT_EVENT} WHERE ${isId ? 'e.id = $1::uuid' : 'e.slug = $1'}`, [idOrSlug]);
    const rows = manager ? await find(manager) : await this.reads.read(find);
    return rows[0];
  }

  async findByIds(ids: string[]): Promise<EventRow[]> {
    if (ids.length === 0) {
      return [];
    }
    return this.dataSource.query(`${SELECT_EVENT} WHERE e.id = ANY($1::uuid[]) ORDER BY e.starts_at, e.id`, [ids]);
  }

  /** Locks the event row for the rest of the transaction: edits of one event and its sessions go one at a time. */
  async lock(manager: Tx, id: string): Promise<boolean> {
    const rows: unknown[] = await manager.query(`SELECT 1 FROM events WHERE id = $1 FOR UPDATE`, [id]);
    return rows.length > 0;
  }

  async list(
    filter: {
      from?: Date;
      to?: Date;
      region?: string;
      kind?: EventKind;
      status?: EventStatus;
      organizationId?: string;
      q?: string;
      limit: number;
      offset: number;
    },
    viewer: Viewer,
  ): Promise<{ rows: EventRow[]; total: number }> {
    const where = new Where(viewer.isAdmin, viewer.eventIds, viewer.organizationIds)
      .add(VISIBLE(1))
      .when(filter.from, (p) => `e.ends_at >= ${p}`)
      .when(filter.to, (p) => `e.starts_at < ${p}`)
      .when(filter.region, (p) => regionSubtree('e.region_code', p))
      .when(filter.kind, (p) => `e.kind = ${p}`)
      .when(filter.status, (p) => `e.status = ${p}`)
      .when(
        filter.organizationId,
        (p) => `EXISTS (SELECT 1 FROM event_organizers f WHERE f.event_id = e.id AND f.organization_id = ${p})`,
      )
      .when(filter.q && containsPattern(filter.q), (p) => searchMatches('e.search_text', p));
    const text = `SELECT x.*, count(*) OVER () AS total FROM (${SELECT_EVENT} WHERE ${where.sql()}) x
       ORDER BY x."startsAt", x.id LIMIT ${where.param(filter.limit)} OFFSET ${where.param(filter.offset)}`;
    // Anonymous readers' lists may come from the replica (ReplicaReads).
    const rows: (EventRow & { total: string })[] = await this.reads.read((db) => db.query(text, where.params));
    return { rows: rows.map(({ total: _t, ...row }) => row), total: rows.length ? Number(rows[0].total) : 0 };
  }

  async slugsLike(base: string): Promise<string[]> {
    const rows: { slug: string }[] = await this.dataSource.query(
      `SELECT slug FROM events WHERE slug = $1 OR slug ~ ('^' || $1 || '-[0-9]+$')`,
      [base],
    );
    return rows.map((r) => r.slug);
  }

  async insert(manager: Tx, values: EventValues, organizerIds: string[], createdBy: string | null): Promise<string> {
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO events (slug, kind, title, description, region_code, venue, starts_at, ends_at, time_zone, visibility,
         capacity, announced_at, registration_opens_at, registration_closes_at, requires_approval, quorum, reports_by_region,
         created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18) RETURNING id`,
      [...toParams(values), createdBy],
    );
    await this.replaceOrganizers(manager, rows[0].id, organizerIds);
    return rows[0].id;
  }

  async update(manager: Tx, id: string, values: EventValues, organizerIds?: string[]): Promise<void> {
    await manager.query(
      `UPDATE events SET slug = $2, kind = $3, title = $4, description = $5, region_code = $6, venue = $7,
         starts_at = $8, ends_at = $9, time_zone = $10, visibility = $11, capacity = $12, announced_at = $13,
         registration_opens_at = $14, registration_closes_at = $15, requires_approval = $16, quorum = $17,
         reports_by_region = $18,
         version = version + 1, updated_at = now()
       WHERE id = $1`,
      [id, ...toParams(values)],
    );
    if (organizerIds) {
      await this.replaceOrganizers(manager, id, organizerIds);
    }
  }

  async setStatus(manager: Tx, id: string, status: EventStatus, announcedAt?: Date): Promise<void> {
    await manager.query(
      `UPDATE events SET status = $2, announced_at = COALESCE(announced_at, $3), version = version + 1, updated_at = now()
       WHERE id = $1`,
      [id, status, announcedAt ?? null],
    );
  }

  /** Marks the event changed (its agenda's ETag and calendar SEQUENCE move on) when a session changes. */
  async touch(manager: Tx, id: string): Promise<void> {
    await manager.query(`UPDATE events SET updated_at = now() WHERE id = $1`, [id]);
  }

  /** The earliest start and latest end of the event's sessions, to keep them inside when the event moves. */
  async sessionSpan(manager: Tx, id: string): Promise<{ first: Date | null; last: Date | null }> {
    const rows: { first: Date | null; last: Date | null }[] = await manager.query(
      `SELECT min(starts_at) AS first, max(ends_at) AS last FROM sessions WHERE event_id = $1`,
      [id],
    );
    return rows[0];
  }

  /** Public events that were announced (or should have been) in the window, for the compliance report. */
  complianceRows(filter: { from?: Date; to?: Date; region?: string }): Promise<EventRow[]> {
    const where = new Where()
      .add(`e.visibility = 'public'`)
      .add(`e.status IN ('published', 'closed')`)
      .when(filter.from, (p) => `e.starts_at >= ${p}`)
      .when(filter.to, (p) => `e.starts_at < ${p}`)
      .when(filter.region, (p) => regionSubtree('e.region_code', p));
    return this.dataSource.query(`${SELECT_EVENT} WHERE ${where.sql()} ORDER BY e.starts_at`, where.params);
  }

  private async replaceOrganizers(manager: Tx, eventId: string, organizerIds: string[]): Promise<void> {
    await manager.query(`DELETE FROM event_organizers WHERE event_id = $1`, [eventId]);
    await manager.query(
      `INSERT INTO event_organizers (event_id, organization_id, position)
       SELECT $1, id, ord - 1 FROM unnest($2::uuid[]) WITH ORDINALITY AS t(id, ord)`,
      [eventId, organizerIds],
    );
  }
}
