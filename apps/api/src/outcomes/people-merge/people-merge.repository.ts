import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { LocalizedText } from '@app/contracts';
import { DataSource } from 'typeorm';
import type { Tx } from '@app/database';

/** Registrations that hold a place (the partial unique index of one person per event covers these). */
const ACTIVE = `('invited', 'pending', 'registered', 'waitlisted')`;

/** A name as duplicates share it: Kazakh form, lower case, one space between words, ё read as е. */
const NORMALISED_NAME = `regexp_replace(translate(lower(btrim(p.full_name->>'kk') COLLATE "und-x-icu"), 'ё', 'е'),
  '\\s+', ' ', 'g')`;

/**
 * The columns outside registrations and sessions that name a person in a document or a roster:
 * [table, column]. Adopted, approved or closed records refuse the change in their own triggers.
 */
const PERSON_COLUMNS: readonly (readonly [string, string])[] = [
  ['resolutions', 'chair_id'],
  ['resolution_points', 'executor_id'],
  ['plan_points', 'executor_id'],
  ['protocols', 'chair_id'],
  ['protocols', 'secretary_id'],
  ['protocol_speeches', 'person_id'],
  ['protocol_signatures', 'person_id'],
  ['poll_voters', 'person_id'],
  ['awards', 'person_id'],
  ['awards', 'signatory_id'],
  ['mail_unsubscribe_tokens', 'person_id'],
];

export interface MergeMoved {
  registrations: number;
  checkIns: number;
  speakers: number;
  roles: number;
  accounts: number;
}

/**
 * Every query of merging a duplicate person into another. It spans the tables of several
 * modules on purpose: a merge must move all of a person's rows in one transaction, or none.
 */
@Injectable()
export class PeopleMergeRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: Tx) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /**
   * Locks both people (in id order, so two merges of the same pair cannot deadlock) and their
   * registrations: no registration is added, re-activated or moved under the merge.
   */
  async lock(tx: Tx, ids: string[]): Promise<string[]> {
    const rows: { id: string }[] = await tx.query(
      `SELECT id FROM people WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`,
      [ids],
    );
    await tx.query(`SELECT id FROM registrations WHERE person_id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`, [ids]);
    return rows.map((row) => row.id);
  }

  /** Events both people hold a place in (their titles), which a merge would leave with two registrations. */
  async sharedEvents(tx: Tx, keptId: string, duplicateId: string): Promise<LocalizedText[]> {
    const rows: { title: LocalizedText }[] = await tx.query(
      `SELECT e.title FROM registrations a
       JOIN registrations b ON b.event_id = a.event_id AND b.person_id = $2 AND b.status IN ${ACTIVE}
       JOIN events e ON e.id = a.event_id
       WHERE a.person_id = $1 AND a.status IN ${ACTIVE}
       ORDER BY e.starts_at, e.id`,
      [keptId, duplicateId],
    );
    return rows.map((row) => row.title);
  }

  async accountCount(tx: Tx, ids: string[]): Promise<number> {
    const [row]: { count: string }[] = await tx.query(
      `SELECT count(*) AS count FROM users WHERE person_id = ANY($1::uuid[])`,
      [ids],
    );
    return Number(row.count);
  }

  /** Moves every row of the duplicate to the kept person, fills the kept person's empty fields, removes the duplicate. */
  async merge(tx: Tx, keptId: string, duplicateId: string): Promise<MergeMoved> {
    const [checkIns]: { count: string }[] = await tx.query(
      `SELECT count(*) AS count FROM check_ins c JOIN registrations r ON r.id = c.registration_id WHERE r.person_id = $1`,
      [duplicateId],
    );
    const registrations = await this.repoint(tx, 'registrations', 'person_id', keptId, duplicateId);
    // A session that already lists the kept person in the same part keeps that place only.
    await tx.query(
      `DELETE FROM session_people d USING session_people k
       WHERE d.person_id = $2 AND k.person_id = $1 AND k.session_id = d.session_id AND k.role = d.role`,
      [keptId, duplicateId],
    );
    const speakers = await this.repoint(tx, 'session_people', 'person_id', keptId, duplicateId);
    let roles = 0;
    for (const [table, column] of PERSON_COLUMNS) {
      roles += await this.repoint(tx, table, column, keptId, duplicateId);
    }
    const accounts = await this.repoint(tx, 'users', 'person_id', keptId, duplicateId);
    // DELETE … RETURNING answers [rows, count].
    const [[duplicate]]: [Record<string, unknown>[], number] = await tx.query(
      `DELETE FROM people WHERE id = $1 RETURNING position, organization_id, region_code, email, phone`,
      [duplicateId],
    );
    await tx.query(
      `UPDATE people SET position = COALESCE(position, $2::jsonb), organization_id = COALESCE(organization_id, $3),
         region_code = COALESCE(region_code, $4), email = COALESCE(email, $5), phone = COALESCE(phone, $6),
         version = version + 1, updated_at = now()
       WHERE id = $1`,
      [
        keptId,
        duplicate.position ? JSON.stringify(duplicate.position) : null,
        duplicate.organization_id,
        duplicate.region_code,
        duplicate.email,
        duplicate.phone,
      ],
    );
    return { registrations, checkIns: Number(checkIns.count), speakers, roles, accounts };
  }

  /** Groups of two or more people whose normalised Kazakh names are the same, largest first. */
  /**
   * Groups of people who share a normalised name. With `organizationIds`, only people of those
   * organizations or of none (the ones such an organizer may merge); `null` reads the whole directory.
   */
  async duplicateGroups(limit: number, organizationIds: string[] | null): Promise<{ key: string; ids: string[] }[]> {
    return this.dataSource.query(
      `SELECT key, ids FROM (
         SELECT ${NORMALISED_NAME} AS key, array_agg(p.id ORDER BY p.created_at, p.id)::text[] AS ids, count(*) AS n
         FROM people p
         WHERE $2::uuid[] IS NULL OR p.organization_id IS NULL OR p.organization_id = ANY($2::uuid[])
         GROUP BY 1 HAVING count(*) > 1
       ) d
       ORDER BY n DESC, key COLLATE "kk-KZ-x-icu"
       LIMIT $1`,
      [limit, organizationIds],
    );
  }

  private async repoint(tx: Tx, table: string, column: string, keptId: string, duplicateId: string): Promise<number> {
    const [, affected]: [unknown[], number] = await tx.query(
      `UPDATE ${table} SET ${column} = $1 WHERE ${column} = $2`,
      [keptId, duplicateId],
    );
    return affected;
  }
}
