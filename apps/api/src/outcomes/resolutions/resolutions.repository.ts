import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { LocalizedText, ResolutionKind } from '@app/contracts';
import { DataSource } from 'typeorm';
import { documentNumber as NUMBER, regionSubtree, ReplicaReads, type Tx, Where } from '@app/database';
import type { PointValues, PublicActRow, ResolutionRow } from './resolutions.model';

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
}
