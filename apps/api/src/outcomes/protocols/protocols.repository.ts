import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ProtocolKind, SignatoryRole } from '@app/contracts';
import { documentNumber as NUMBER, ReplicaReads, type Tx } from '@app/database';
import { DataSource } from 'typeorm';
import type {
  AttendanceSnapshot,
  ProtocolRow,
  PublishedProtocolRow,
  SignatureRow,
  HeaderValues,
} from './protocols.model';

const SELECT_PROTOCOL = `
  SELECT p.id, p.event_id AS "eventId", p.session_id AS "sessionId", p.kind, p.status,
         to_char(p.meeting_date, 'YYYY-MM-DD') AS "meetingDate", p.place,
         p.chair_id AS "chairId", c.full_name AS "chairName", c.position AS "chairPosition",
         p.secretary_id AS "secretaryId", s.full_name AS "secretaryName", s.position AS "secretaryPosition",
         p.body, p.opened_at AS "openedAt", p.attendance, p.numbering_organization_id AS "numberingOrganizationId",
         p.number, p.year, p.approved_at AS "approvedAt", p.published_at AS "publishedAt",
         p.addends_id AS "addendsId", ${NUMBER('a')} AS "addendsNumber",
         COALESCE((SELECT json_agg(json_build_object('id', d.id, 'number', ${NUMBER('d')}, 'status', d.status) ORDER BY d.created_at)
                   FROM protocols d WHERE d.addends_id = p.id), '[]'::json) AS addenda,
         p.version
  FROM protocols p
  LEFT JOIN people c ON c.id = p.chair_id
  LEFT JOIN people s ON s.id = p.secretary_id
  LEFT JOIN protocols a ON a.id = p.addends_id`;

/** Queries of protocols as documents: the header, numbering, signatures, approval and publication (items and speeches: ProtocolItemsRepository). */
@Injectable()
export class ProtocolsRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reads: ReplicaReads,
  ) {}

  transaction<T>(work: (manager: Tx) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /**
   * The canonical form of an approved protocol (format 1) without its instructions (the execution points'
   * table holds them): header, attendance log as fixed, items with what was heard, said and decided,
   * speeches, signatures. People by id; instants in UTC with microseconds.
   */
  async canonicalOf(manager: Tx, id: string): Promise<Record<string, unknown> | undefined> {
    const utc = (column: string): string => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
    const rows: { canonical: Record<string, unknown> }[] = await manager.query(
      `SELECT json_build_object(
         'act', 'protocol', 'format', 1, 'id', p.id, 'kind', p.kind, 'event', p.event_id, 'session', p.session_id,
         'meetingDate', to_char(p.meeting_date, 'YYYY-MM-DD'), 'place', p.place, 'chair', p.chair_id,
         'secretary', p.secretary_id, 'body', p.body, 'openedAt', ${utc('p.opened_at')}, 'attendance', p.attendance,
         'numberingOrganization', p.numbering_organization_id, 'number', p.number, 'year', p.year,
         'approvedAt', ${utc('p.approved_at')}, 'addends', p.addends_id,
         'items', COALESCE((SELECT json_agg(json_build_object('id', i.id, 'position', i.position, 'session', i.session_id,
                     'title', i.title, 'heard', i.heard, 'summary', i.summary, 'decided', i.decided,
                     'resolutions', to_json(i.resolution_ids),
                     'speeches', COALESCE((SELECT json_agg(json_build_object('person', s.person_id, 'name', s.name,
                                     'position', s.position, 'spokenAt', ${utc('s.spoken_at')}, 'summary', s.summary)
                                   ORDER BY s.spoken_at, s.id) FROM protocol_speeches s WHERE s.item_id = i.id), '[]'::json))
                   ORDER BY i.position) FROM protocol_items i WHERE i.protocol_id = p.id), '[]'::json),
         'signatures', COALESCE((SELECT json_agg(json_build_object('role', g.role, 'person', g.person_id,
                         'signedAt', ${utc('g.signed_at')}) ORDER BY g.role)
                       FROM protocol_signatures g WHERE g.protocol_id = p.id), '[]'::json)
       ) AS canonical
       FROM protocols p WHERE p.id = $1 AND p.status <> 'draft'`,
      [id],
    );
    return rows[0]?.canonical;
  }

  async findById(id: string, manager: Tx = this.dataSource.manager, lock = false): Promise<ProtocolRow | undefined> {
    if (lock) {
      await manager.query(`SELECT 1 FROM protocols WHERE id = $1 FOR UPDATE`, [id]);
    }
    const rows: ProtocolRow[] = await manager.query(`${SELECT_PROTOCOL} WHERE p.id = $1`, [id]);
    return rows[0];
  }

  listForEvent(eventId: string, publishedOnly: boolean): Promise<ProtocolRow[]> {
    return this.dataSource.query(
      `${SELECT_PROTOCOL} WHERE p.event_id = $1 ${publishedOnly ? `AND p.status = 'published'` : ''}
       ORDER BY p.kind, p.meeting_date, p.created_at`,
      [eventId],
    );
  }

  /**
   * The published protocols and addenda of an event for its public page: only the columns it shows, the
   * session's title for a session's own protocol and the number of the protocol an addendum corrects.
   */
  publishedOf(eventId: string): Promise<PublishedProtocolRow[]> {
    // On the database ReplicaReads picks: an anonymous reader's forum page may read them from the replica.
    return this.reads.read((db) =>
      db.query(
        `SELECT p.id, p.kind, ${NUMBER('p')} AS number, to_char(p.meeting_date, 'YYYY-MM-DD') AS "meetingDate",
              s.title AS "sessionTitle", p.addends_id AS "addendsId", ${NUMBER('a')} AS "addendsNumber"
       FROM protocols p
       LEFT JOIN sessions s ON s.id = p.session_id
       LEFT JOIN protocols a ON a.id = p.addends_id
       WHERE p.event_id = $1 AND p.status = 'published'
       ORDER BY p.meeting_date, p.kind = 'addendum', p.number, p.created_at`,
        [eventId],
      ),
    );
  }

  /** The protocol of a meeting: the event's own (no session) or a session's. */
  async findMeeting(eventId: string, sessionId: string | null): Promise<string | undefined> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM protocols WHERE event_id = $1 AND session_id IS NOT DISTINCT FROM $2 AND kind = 'protocol'`,
      [eventId, sessionId],
    );
    return rows[0]?.id;
  }

  async insert(
    manager: Tx,
    values: HeaderValues & {
      eventId: string;
      sessionId: string | null;
      kind: ProtocolKind;
      addendsId: string | null;
      createdBy: string | null;
    },
  ): Promise<string> {
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO protocols (event_id, session_id, kind, meeting_date, place, chair_id, secretary_id, body, addends_id, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
      [
        values.eventId,
        values.sessionId,
        values.kind,
        values.meetingDate,
        values.place ? JSON.stringify(values.place) : null,
        values.chairId,
        values.secretaryId,
        values.body ? JSON.stringify(values.body) : null,
        values.addendsId,
        values.createdBy,
      ],
    );
    return rows[0].id;
  }

  async updateHeader(manager: Tx, id: string, values: HeaderValues): Promise<void> {
    await manager.query(
      `UPDATE protocols SET meeting_date = $2, place = $3, chair_id = $4, secretary_id = $5, body = $6,
              version = version + 1, updated_at = now() WHERE id = $1`,
      [
        id,
        values.meetingDate,
        values.place ? JSON.stringify(values.place) : null,
        values.chairId,
        values.secretaryId,
        values.body ? JSON.stringify(values.body) : null,
      ],
    );
  }

  signaturesOf(protocolIds: string[], manager: Tx = this.dataSource.manager): Promise<SignatureRow[]> {
    return manager.query(
      `SELECT g.protocol_id AS "protocolId", g.role, g.person_id AS "personId", pe.full_name AS "fullName",
              pe.position, g.user_id AS "userId", g.signed_at AS "signedAt"
       FROM protocol_signatures g JOIN people pe ON pe.id = g.person_id
       WHERE g.protocol_id = ANY($1::uuid[]) ORDER BY g.protocol_id, g.role`,
      [protocolIds],
    );
  }

  async insertSignature(
    manager: Tx,
    values: { protocolId: string; role: SignatoryRole; personId: string; userId: string | null; at: Date },
  ): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `INSERT INTO protocol_signatures (protocol_id, role, person_id, user_id, signed_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT DO NOTHING RETURNING role`,
      [values.protocolId, values.role, values.personId, values.userId, values.at],
    );
    return rows.length > 0;
  }

  async deleteSignatures(manager: Tx, protocolId: string, roles: SignatoryRole[]): Promise<number> {
    const [, count]: [unknown, number] = await manager.query(
      `DELETE FROM protocol_signatures WHERE protocol_id = $1 AND role = ANY($2::text[])`,
      [protocolId, roles],
    );
    return count;
  }

  async nextNumber(manager: Tx, organizationId: string, year: number): Promise<number> {
    const rows: { n: number }[] = await manager.query(
      `INSERT INTO protocol_counters AS c (organization_id, year, last_number) VALUES ($1, $2, 1)
       ON CONFLICT (organization_id, year) DO UPDATE SET last_number = c.last_number + 1
       RETURNING last_number AS n`,
      [organizationId, year],
    );
    return rows[0].n;
  }

  /** Freezes what was decided under each item: the resolutions adopted then, whatever is adopted later. */
  async fixDecisions(manager: Tx, decisions: { itemId: string; resolutionIds: string[] }[]): Promise<void> {
    if (decisions.length === 0) {
      return;
    }
    await manager.query(
      `UPDATE protocol_items i SET resolution_ids = ARRAY(SELECT jsonb_array_elements_text(x.ids))::uuid[],
              state = CASE WHEN i.state = 'current' THEN 'done' ELSE i.state END
       FROM jsonb_to_recordset($1::jsonb) AS x(item uuid, ids jsonb) WHERE i.id = x.item`,
      [JSON.stringify(decisions.map((d) => ({ item: d.itemId, ids: d.resolutionIds })))],
    );
  }

  async approve(
    manager: Tx,
    id: string,
    values: { organizationId: string; number: number; year: number; attendance: AttendanceSnapshot; at: Date },
  ): Promise<void> {
    await manager.query(
      `UPDATE protocols SET status = 'approved', numbering_organization_id = $2, number = $3, year = $4, attendance = $5,
              approved_at = $6, version = version + 1, updated_at = now() WHERE id = $1`,
      [id, values.organizationId, values.number, values.year, JSON.stringify(values.attendance), values.at],
    );
  }

  async publish(manager: Tx, id: string, at: Date): Promise<void> {
    await manager.query(
      `UPDATE protocols SET status = 'published', published_at = $2, version = version + 1, updated_at = now() WHERE id = $1`,
      [id, at],
    );
  }
}
