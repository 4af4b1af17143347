import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AwardKind, AwardLanguage, Language, LocalizedText } from '@app/contracts';
import { regionSubtree, Where, type Tx } from '@app/database';

/** Someone an award may go to, with what the rules ask of them. */
export interface Candidate {
  personId: string;
  registrationId: string | null;
  fullName: { kk: string; ru?: string };
  position: LocalizedText | null;
  language: Language;
  email: string | null;
  /** Checked in at the door or at one of the event's sessions. */
  checkedIn: boolean;
}

/** Who gets awards: registrations of the event by id, people by id, or the registrations matching a filter. */
export type CandidateQuery =
  | { registrationIds: string[] }
  | { personIds: string[] }
  | { select: { category?: string; regionCode?: string; checkedIn?: boolean } };

/** What an award says, as it was issued: its number and day, and the names it printed. */
interface AwardFace {
  eventId: string;
  sessionId: string | null;
  personId: string;
  kind: AwardKind;
  number: number;
  year: number;
  date: string;
  language: AwardLanguage;
  recipientName: { kk: string; ru?: string };
  recipientPosition: LocalizedText | null;
  signatoryName: { kk: string; ru?: string };
  signatoryPosition: LocalizedText | null;
  eventTitle: LocalizedText;
}

export interface NewAward extends AwardFace {
  registrationId: string | null;
  organizationId: string;
  signatoryId: string;
  issuedBy: string | null;
}

export interface AwardRow extends AwardFace {
  id: string;
  sessionTitle: LocalizedText | null;
  /** The numbering organizer's name. */
  organization: LocalizedText;
  code: string;
  issuedAt: Date;
  revokedAt: Date | null;
}

const SELECT_AWARD = `
  SELECT a.id, a.event_id AS "eventId", a.session_id AS "sessionId", s.title AS "sessionTitle", a.person_id AS "personId",
         a.kind, a.number, a.year, to_char(a.award_date, 'YYYY-MM-DD') AS date, a.language,
         a.recipient_name AS "recipientName", a.recipient_position AS "recipientPosition",
         a.signatory_name AS "signatoryName", a.signatory_position AS "signatoryPosition", a.event_title AS "eventTitle",
         o.name AS organization, z.code, a.issued_at AS "issuedAt", a.revoked_at AS "revokedAt"
  FROM awards a
  JOIN organizations o ON o.id = a.numbering_organization_id
  JOIN act_seals z ON z.kind = 'award' AND z.act_id = a.id
  LEFT JOIN sessions s ON s.id = a.session_id`;

const ORDER = `ORDER BY a.year, a.numbering_organization_id, a.number`;

/** Every query of awards: who may get one, the gapless numbers, the issued rows and their canonical form. */
@Injectable()
export class AwardsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /**
   * The people an award of this event may go to, in one query, ordered by name (the order their numbers follow).
   * A registration counts only while it stands (`registered`); checked in means at the door or at any session.
   */
  candidates(eventId: string, query: CandidateQuery): Promise<Candidate[]> {
    const where = new Where(eventId);
    let from: string;
    if ('personIds' in query) {
      from = `people p LEFT JOIN registrations r ON r.person_id = p.id AND r.event_id = $1 AND r.status = 'registered'`;
      where.add(`p.id = ANY(${where.param(query.personIds)}::uuid[])`);
    } else {
      from = `registrations r JOIN people p ON p.id = r.person_id`;
      where.add(`r.event_id = $1 AND r.status = 'registered'`);
      if ('registrationIds' in query) {
        where.add(`r.id = ANY(${where.param(query.registrationIds)}::uuid[])`);
      } else {
        where
          .when(query.select.category, (p) => `p.category = ${p}`)
          .when(query.select.regionCode, (p) => regionSubtree('p.region_code', p));
      }
    }
    const checkedIn = `EXISTS (SELECT 1 FROM check_ins c WHERE c.registration_id = r.id)`;
    if ('select' in query && query.select.checkedIn !== undefined) {
      where.add(query.select.checkedIn ? checkedIn : `NOT ${checkedIn}`);
    }
    return this.dataSource.query(
      `SELECT p.id AS "personId", r.id AS "registrationId", p.full_name AS "fullName", p.position, p.language, p.email,
              (r.id IS NOT NULL AND ${checkedIn}) AS "checkedIn"
       FROM ${from}
       WHERE ${where.sql()}
       ORDER BY p.sort_name COLLATE "kk-KZ-x-icu", p.id`,
      where.params,
    );
  }

  async sessionBelongs(eventId: string, sessionId: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(`SELECT 1 FROM sessions WHERE id = $1 AND event_id = $2`, [
      sessionId,
      eventId,
    ]);
    return rows.length === 1;
  }

  /** The people among these who already hold an award of this kind from this event. */
  async alreadyAwarded(tx: Tx, eventId: string, kind: AwardKind, personIds: string[]): Promise<string[]> {
    const rows: { personId: string }[] = await tx.query(
      `SELECT person_id AS "personId" FROM awards WHERE event_id = $1 AND kind = $2 AND person_id = ANY($3::uuid[])`,
      [eventId, kind, personIds],
    );
    return rows.map((r) => r.personId);
  }

  /**
   * Takes `count` numbers of an organizer's year and returns the first. The counter row stays locked until the
   * issuing transaction ends: concurrent issues queue up, and a rolled-back one leaves no gap.
   */
  async takeNumbers(tx: Tx, organizationId: string, year: number, count: number): Promise<number> {
    const rows: { last: number }[] = await tx.query(
      `INSERT INTO award_counters AS c (organization_id, year, last_number) VALUES ($1, $2, $3)
       ON CONFLICT (organization_id, year) DO UPDATE SET last_number = c.last_number + $3
       RETURNING last_number AS last`,
      [organizationId, year, count],
    );
    return rows[0].last - count + 1;
  }

  /** Writes the awards in one statement; returns their ids in the order given. */
  async insertMany(tx: Tx, awards: NewAward[]): Promise<string[]> {
    const rows: { id: string }[] = await tx.query(
      `WITH given AS MATERIALIZED (
         SELECT gen_random_uuid() AS id, x.*, n FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS j (x0, n),
           jsonb_to_record(x0) AS x("eventId" uuid, "sessionId" uuid, "personId" uuid, "registrationId" uuid, kind text,
             "organizationId" uuid, number int, year int, date date, language text, "recipientName" jsonb,
             "recipientPosition" jsonb, "signatoryId" uuid, "signatoryName" jsonb, "signatoryPosition" jsonb,
             "eventTitle" jsonb, "issuedBy" uuid)
       ), inserted AS (
         INSERT INTO awards (id, event_id, session_id, person_id, registration_id, kind, numbering_organization_id, number,
           year, award_date, language, recipient_name, recipient_position, signatory_id, signatory_name,
           signatory_position, event_title, issued_by)
         SELECT id, "eventId", "sessionId", "personId", "registrationId", kind, "organizationId", number, year, date,
           language, "recipientName", "recipientPosition", "signatoryId", "signatoryName", "signatoryPosition",
           "eventTitle", "issuedBy"
         FROM given
       )
       SELECT id FROM given ORDER BY n`,
      [JSON.stringify(awards)],
    );
    return rows.map((r) => r.id);
  }

  listForEvent(eventId: string): Promise<AwardRow[]> {
    return this.dataSource.query(`${SELECT_AWARD} WHERE a.event_id = $1 ${ORDER}`, [eventId]);
  }

  listForPerson(personId: string): Promise<AwardRow[]> {
    return this.dataSource.query(`${SELECT_AWARD} WHERE a.person_id = $1 ORDER BY a.award_date DESC, a.number DESC`, [
      personId,
    ]);
  }

  byIds(ids: string[]): Promise<AwardRow[]> {
    return this.dataSource.query(`${SELECT_AWARD} WHERE a.id = ANY($1::uuid[]) ${ORDER}`, [ids]);
  }

  async findById(id: string): Promise<AwardRow | undefined> {
    return (await this.byIds([id]))[0];
  }

  /** Revokes an award once; false when it already was (the trigger keeps a revocation as it was made). */
  async revoke(tx: Tx, id: string, by: string, reason: string): Promise<boolean> {
    // As a SELECT: TypeORM answers an UPDATE with [rows, count] rather than the rows.
    const rows: { n: number }[] = await tx.query(
      `WITH done AS (
         UPDATE awards SET revoked_at = now(), revoked_by = $2, revoke_reason = $3 WHERE id = $1 AND revoked_at IS NULL
         RETURNING id)
       SELECT count(*)::int AS n FROM done`,
      [id, by, reason],
    );
    return rows[0].n === 1;
  }

  /**
   * The canonical form of an award, read from its row: what the verification page may say of it (the recipient's
   * name, the event, the date, the number, the issuer) and no person's id, contact or badge.
   */
  async canonicalOf(tx: Tx, id: string, format: number): Promise<Record<string, unknown> | undefined> {
    const rows: { canonical: Record<string, unknown> }[] = await tx.query(
      `SELECT json_build_object(
         'act', 'award', 'format', $2::int, 'kind', a.kind, 'numberingOrganization', a.numbering_organization_id,
         'number', a.number, 'year', a.year, 'date', to_char(a.award_date, 'YYYY-MM-DD'), 'language', a.language,
         'recipient', a.recipient_name, 'event', a.event_title
       ) AS canonical
       FROM awards a WHERE a.id = $1`,
      [id, format],
    );
    return rows[0]?.canonical;
  }
}
