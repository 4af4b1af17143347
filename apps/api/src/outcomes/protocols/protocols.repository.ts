import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { LocalizedText, ProtocolItemState, ProtocolKind, ProtocolStatus, SignatoryRole } from '@app/contracts';
import { ReplicaReads, type Tx } from '@app/database';
import { DataSource } from 'typeorm';

type PersonName = { kk: string; ru?: string };

/** A person of the attendance log as approval froze them: language-neutral, like the rest of the record. */
export interface AttendeeSnapshot {
  personId: string;
  fullName: PersonName;
  position: LocalizedText | null;
  organization: LocalizedText | null;
  role: string;
  voting: boolean;
  checkedInAt: string | null;
}

export interface AttendanceSnapshot {
  at: string;
  attendees: AttendeeSnapshot[];
  quorum: { members: number; present: number; required: number };
}

export interface HeardEntry {
  personId: string | null;
  fullName: PersonName;
  position: LocalizedText | null;
  topic: LocalizedText | null;
}

export interface ProtocolRow {
  id: string;
  eventId: string;
  sessionId: string | null;
  kind: ProtocolKind;
  status: ProtocolStatus;
  meetingDate: string;
  place: LocalizedText | null;
  chairId: string | null;
  chairName: PersonName | null;
  chairPosition: LocalizedText | null;
  secretaryId: string | null;
  secretaryName: PersonName | null;
  secretaryPosition: LocalizedText | null;
  body: LocalizedText | null;
  openedAt: Date | null;
  attendance: AttendanceSnapshot | null;
  numberingOrganizationId: string | null;
  number: number | null;
  year: number | null;
  approvedAt: Date | null;
  publishedAt: Date | null;
  addendsId: string | null;
  addendsNumber: string | null;
  addenda: { id: string; number: string | null; status: ProtocolStatus }[];
  version: number;
}

/** A published protocol as the forum's public page lists it. */
export interface PublishedProtocolRow {
  id: string;
  kind: ProtocolKind;
  number: string | null;
  meetingDate: string;
  sessionTitle: LocalizedText | null;
  addendsId: string | null;
  addendsNumber: string | null;
}

export interface ItemRow {
  id: string;
  protocolId: string;
  position: number;
  sessionId: string | null;
  title: LocalizedText;
  heard: HeardEntry[];
  summary: LocalizedText | null;
  decided: LocalizedText | null;
  state: ProtocolItemState;
  resolutionIds: string[] | null;
  version: number;
}

export interface SpeechRow {
  id: string;
  protocolId: string;
  itemId: string;
  personId: string | null;
  /** The directory's name of the person, or the name the secretary typed. */
  fullName: PersonName;
  typedName: LocalizedText | null;
  position: LocalizedText | null;
  organization: LocalizedText | null;
  spokenAt: Date;
  summary: LocalizedText | null;
}

export interface SignatureRow {
  protocolId: string;
  role: SignatoryRole;
  personId: string;
  fullName: PersonName;
  position: LocalizedText | null;
  userId: string | null;
  signedAt: Date;
}

export interface HeaderValues {
  meetingDate: string;
  place: LocalizedText | null;
  chairId: string | null;
  secretaryId: string | null;
  body: LocalizedText | null;
}

export interface ItemValues {
  sessionId: string | null;
  title: LocalizedText;
  heard: HeardEntry[];
}

const NUMBER = (alias: string): string =>
  `CASE WHEN ${alias}.number IS NULL THEN NULL ELSE ${alias}.number || '/' || ${alias}.year END`;

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

/** Every query of protocols: the document, its items, the speeches from the floor and the signatures. */
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

  async insertItems(manager: Tx, protocolId: string, items: ItemValues[]): Promise<void> {
    if (items.length === 0) {
      return;
    }
    await manager.query(
      `INSERT INTO protocol_items (protocol_id, position, session_id, title, heard)
       SELECT $1, x.ord, x.session, x.title, x.heard
       FROM jsonb_to_recordset($2::jsonb) AS x(ord int, session uuid, title jsonb, heard jsonb)`,
      [
        protocolId,
        JSON.stringify(
          items.map((item, i) => ({ ord: i + 1, session: item.sessionId, title: item.title, heard: item.heard })),
        ),
      ],
    );
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

  /** The title of the item marked under way in an event's protocols still being kept, if any. */
  async itemUnderWay(eventId: string): Promise<LocalizedText | null> {
    const rows: { title: LocalizedText }[] = await this.dataSource.query(
      `SELECT i.title FROM protocol_items i JOIN protocols p ON p.id = i.protocol_id
       WHERE p.event_id = $1 AND p.status = 'draft' AND i.state = 'current'
       ORDER BY p.created_at DESC LIMIT 1`,
      [eventId],
    );
    return rows[0]?.title ?? null;
  }

  itemsOf(protocolIds: string[], manager: Tx = this.dataSource.manager): Promise<ItemRow[]> {
    return manager.query(
      `SELECT i.id, i.protocol_id AS "protocolId", i.position, i.session_id AS "sessionId", i.title, i.heard, i.summary,
              i.decided, i.state, i.resolution_ids AS "resolutionIds", i.version
       FROM protocol_items i WHERE i.protocol_id = ANY($1::uuid[]) ORDER BY i.protocol_id, i.position`,
      [protocolIds],
    );
  }

  async findItem(manager: Tx, protocolId: string, itemId: string, lock = false): Promise<ItemRow | undefined> {
    const rows: ItemRow[] = await manager.query(
      `SELECT i.id, i.protocol_id AS "protocolId", i.position, i.session_id AS "sessionId", i.title, i.heard, i.summary,
              i.decided, i.state, i.resolution_ids AS "resolutionIds", i.version
       FROM protocol_items i WHERE i.protocol_id = $1 AND i.id = $2 ${lock ? 'FOR UPDATE' : ''}`,
      [protocolId, itemId],
    );
    return rows[0];
  }

  /** Changes only the fields given: two secretaries writing different items, or different fields, never collide. */
  async updateItem(
    manager: Tx,
    itemId: string,
    values: {
      title?: LocalizedText;
      heard?: HeardEntry[];
      summary?: LocalizedText | null;
      decided?: LocalizedText | null;
    },
  ): Promise<void> {
    const json = (v: unknown): string | null => (v === undefined || v === null ? null : JSON.stringify(v));
    await manager.query(
      `UPDATE protocol_items SET
         title = COALESCE($2::jsonb, title),
         heard = COALESCE($3::jsonb, heard),
         summary = CASE WHEN $4::boolean THEN $5::jsonb ELSE summary END,
         decided = CASE WHEN $6::boolean THEN $7::jsonb ELSE decided END,
         version = version + 1
       WHERE id = $1`,
      [
        itemId,
        json(values.title),
        json(values.heard),
        values.summary !== undefined,
        json(values.summary),
        values.decided !== undefined,
        json(values.decided),
      ],
    );
  }

  /**
   * The item under way: the one before it is done, and the meeting's opening time is the first
   * time an item was taken up. With `itemId` null the current item is closed and none follows.
   */
  async setCurrent(manager: Tx, protocolId: string, itemId: string | null, at: Date): Promise<void> {
    await manager.query(
      `UPDATE protocol_items SET state = 'done', version = version + 1 WHERE protocol_id = $1 AND state = 'current'`,
      [protocolId],
    );
    if (itemId) {
      await manager.query(
        `UPDATE protocol_items SET state = 'current', version = version + 1 WHERE protocol_id = $1 AND id = $2`,
        [protocolId, itemId],
      );
      await manager.query(`UPDATE protocols SET opened_at = COALESCE(opened_at, $2) WHERE id = $1`, [protocolId, at]);
    }
  }

  async setItemState(manager: Tx, itemId: string, state: ProtocolItemState): Promise<void> {
    await manager.query(`UPDATE protocol_items SET state = $2, version = version + 1 WHERE id = $1`, [itemId, state]);
  }

  /** A meeting over: every item done, opened when it was. */
  async markAllDone(manager: Tx, protocolId: string, openedAt: Date): Promise<void> {
    await manager.query(`UPDATE protocol_items SET state = 'done' WHERE protocol_id = $1`, [protocolId]);
    await manager.query(`UPDATE protocols SET opened_at = $2 WHERE id = $1`, [protocolId, openedAt]);
  }

  speechesOf(protocolIds: string[], manager: Tx = this.dataSource.manager): Promise<SpeechRow[]> {
    return manager.query(
      `SELECT sp.id, sp.protocol_id AS "protocolId", sp.item_id AS "itemId", sp.person_id AS "personId",
              COALESCE(pe.full_name, sp.name) AS "fullName", sp.name AS "typedName",
              COALESCE(sp.position, pe.position) AS position, o.name AS organization,
              sp.spoken_at AS "spokenAt", sp.summary
       FROM protocol_speeches sp
       LEFT JOIN people pe ON pe.id = sp.person_id
       LEFT JOIN organizations o ON o.id = pe.organization_id
       WHERE sp.protocol_id = ANY($1::uuid[])
       ORDER BY sp.item_id, sp.spoken_at, sp.created_at`,
      [protocolIds],
    );
  }

  async insertSpeech(
    manager: Tx,
    values: {
      protocolId: string;
      itemId: string;
      personId: string | null;
      name: LocalizedText | null;
      position: LocalizedText | null;
      spokenAt: Date;
      summary: LocalizedText | null;
      createdBy: string | null;
    },
  ): Promise<string> {
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO protocol_speeches (protocol_id, item_id, person_id, name, position, spoken_at, summary, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [
        values.protocolId,
        values.itemId,
        values.personId,
        values.name ? JSON.stringify(values.name) : null,
        values.position ? JSON.stringify(values.position) : null,
        values.spokenAt,
        values.summary ? JSON.stringify(values.summary) : null,
        values.createdBy,
      ],
    );
    return rows[0].id;
  }

  async deleteSpeech(manager: Tx, protocolId: string, speechId: string): Promise<boolean> {
    const [, count]: [unknown, number] = await manager.query(
      `DELETE FROM protocol_speeches WHERE protocol_id = $1 AND id = $2`,
      [protocolId, speechId],
    );
    return count > 0;
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
