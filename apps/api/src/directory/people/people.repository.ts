import { containsPattern } from '@app/common';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Language, LocalizedText, PersonCategory } from '@app/contracts';
import { DataSource } from 'typeorm';
import { regionSubtree, searchMatches, Where } from '@app/database';

export interface PersonRow {
  id: string;
  fullName: { kk: string; ru?: string };
  position: LocalizedText | null;
  organizationId: string | null;
  organizationName: LocalizedText | null;
  regionCode: string | null;
  category: PersonCategory;
  email: string | null;
  phone: string | null;
  language: Language;
  /** No reminders the day before an event (other messages still go). */
  remindersOptOut: boolean;
  version: number;
}

export interface PersonValues {
  fullName: { kk: string; ru?: string };
  position: LocalizedText | null;
  organizationId: string | null;
  regionCode: string | null;
  category: PersonCategory;
  email: string | null;
  phone: string | null;
  language: Language;
  remindersOptOut: boolean;
}

const COLUMNS = `p.id, p.full_name AS "fullName", p.position, p.organization_id AS "organizationId",
  o.name AS "organizationName", p.region_code AS "regionCode", p.category, p.email, p.phone, p.language,
  p.reminders_opt_out AS "remindersOptOut", p.version`;

@Injectable()
export class PeopleRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Search folds case with ICU (Kazakh letters included) and uses the trigram index;
   * the order is Kazakh alphabetical (kk-KZ collation).
   */
  async list(filter: {
    q?: string;
    region?: string;
    organizationId?: string;
    category?: PersonCategory;
    limit: number;
    offset: number;
  }): Promise<{ rows: PersonRow[]; total: number }> {
    const where = new Where()
      .when(filter.q && containsPattern(filter.q), (p) => searchMatches('p.search_text', p))
      .when(filter.region, (p) => regionSubtree('p.region_code', p))
      .when(filter.organizationId, (p) => `p.organization_id = ${p}`)
      .when(filter.category, (p) => `p.category = ${p}`);
    const rows: (PersonRow & { total: string })[] = await this.dataSource.query(
      `SELECT ${COLUMNS}, count(*) OVER () AS total
       FROM people p LEFT JOIN organizations o ON o.id = p.organization_id
       WHERE ${where.sql()}
       ORDER BY p.sort_name COLLATE "kk-KZ-x-icu", p.id
       LIMIT ${where.param(filter.limit)} OFFSET ${where.param(filter.offset)}`,
      where.params,
    );
    return { rows: rows.map(({ total: _t, ...row }) => row), total: rows.length ? Number(rows[0].total) : 0 };
  }

  findByIds(ids: string[]): Promise<PersonRow[]> {
    if (ids.length === 0) {
      return Promise.resolve([]);
    }
    return this.dataSource.query(
      `SELECT ${COLUMNS} FROM people p LEFT JOIN organizations o ON o.id = p.organization_id WHERE p.id = ANY($1::uuid[])`,
      [ids],
    );
  }

  async existingEmails(emails: string[]): Promise<Set<string>> {
    if (emails.length === 0) {
      return new Set();
    }
    const rows: { email: string }[] = await this.dataSource.query(`SELECT email FROM people WHERE email = ANY($1)`, [
      emails,
    ]);
    return new Set(rows.map((r) => r.email));
  }

  /** Inserts many people in one statement (one transaction: all or none). */
  async insertMany(people: PersonValues[]): Promise<string[]> {
    if (people.length === 0) {
      return [];
    }
    const rows: { id: string }[] = await this.dataSource.query(
      `INSERT INTO people (full_name, position, organization_id, region_code, category, email, phone, language,
         reminders_opt_out)
       SELECT x.full_name, x.position, x.organization_id, x.region_code, x.category, x.email, x.phone, x.language,
         COALESCE(x.reminders_opt_out, false)
       FROM jsonb_to_recordset($1::jsonb) AS x(full_name jsonb, position jsonb, organization_id uuid, region_code text,
            category text, email text, phone text, language text, reminders_opt_out boolean)
       RETURNING id`,
      [
        JSON.stringify(
          people.map((p) => ({
            full_name: p.fullName,
            position: p.position,
            organization_id: p.organizationId,
            region_code: p.regionCode,
            category: p.category,
            email: p.email,
            phone: p.phone,
            language: p.language,
            reminders_opt_out: p.remindersOptOut,
          })),
        ),
      ],
    );
    return rows.map((r) => r.id);
  }

  async update(id: string, values: PersonValues, expectedVersion?: number): Promise<number> {
    const result: [unknown[], number] = await this.dataSource.query(
      `UPDATE people SET full_name = $2, position = $3, organization_id = $4, region_code = $5, category = $6,
         email = $7, phone = $8, language = $9, reminders_opt_out = $11, version = version + 1, updated_at = now()
       WHERE id = $1 AND ($10::int IS NULL OR version = $10)`,
      [
        id,
        JSON.stringify(values.fullName),
        values.position ? JSON.stringify(values.position) : null,
        values.organizationId,
        values.regionCode,
        values.category,
        values.email,
        values.phone,
        values.language,
        expectedVersion ?? null,
        values.remindersOptOut,
      ],
    );
    return result[1];
  }

  /** The reminders preference alone (the person's own choice or their unsubscribe link); returns whether the person exists. */
  async setRemindersOptOut(id: string, optOut: boolean): Promise<boolean> {
    const [, affected]: [unknown[], number] = await this.dataSource.query(
      `UPDATE people SET reminders_opt_out = $2, version = version + CASE WHEN reminders_opt_out = $2 THEN 0 ELSE 1 END,
         updated_at = now()
       WHERE id = $1`,
      [id, optOut],
    );
    return affected > 0;
  }
}
