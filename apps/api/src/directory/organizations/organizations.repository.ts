import { containsPattern } from '@app/common';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { LocalizedText, OrganizationKind } from '@app/contracts';
import { DataSource } from 'typeorm';
import { regionSubtree, searchMatches, Where } from '@app/database';

export interface OrganizationRow {
  id: string;
  name: LocalizedText;
  kind: OrganizationKind;
  regionCode: string | null;
  /** The organization this one belongs to (a district akimat under the oblast's), if any. */
  parentId: string | null;
  announcementLeadDays: number;
  /** The person who answers for the organization's execution (gets the weekly digest of its overdue points). */
  headPersonId: string | null;
  version: number;
}

const COLUMNS = `o.id, o.name, o.kind, o.region_code AS "regionCode", o.parent_id AS "parentId", o.announcement_lead_days AS "announcementLeadDays",
  o.head_person_id AS "headPersonId", o.version`;

@Injectable()
export class OrganizationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(filter: { q?: string; region?: string; kind?: OrganizationKind; limit: number; offset: number }): Promise<{
    rows: OrganizationRow[];
    total: number;
  }> {
    const where = new Where()
      .when(filter.q && containsPattern(filter.q), (p) => searchMatches('o.search_text', p))
      .when(filter.region, (p) => regionSubtree('o.region_code', p))
      .when(filter.kind, (p) => `o.kind = ${p}`);
    const rows: (OrganizationRow & { total: string })[] = await this.dataSource.query(
      `SELECT ${COLUMNS}, count(*) OVER () AS total FROM organizations o
       WHERE ${where.sql()}
       ORDER BY (o.name->>'kk') COLLATE "kk-KZ-x-icu", o.id
       LIMIT ${where.param(filter.limit)} OFFSET ${where.param(filter.offset)}`,
      where.params,
    );
    return { rows: rows.map(({ total: _t, ...row }) => row), total: rows.length ? Number(rows[0].total) : 0 };
  }

  findByIds(ids: string[]): Promise<OrganizationRow[]> {
    if (ids.length === 0) {
      return Promise.resolve([]);
    }
    return this.dataSource.query(`SELECT ${COLUMNS} FROM organizations o WHERE o.id = ANY($1::uuid[])`, [ids]);
  }

  /** Matches names case-insensitively in any language, for imports that name an organization. */
  async findIdsByNames(names: string[]): Promise<Map<string, string>> {
    const rows: { key: string; id: string }[] = await this.dataSource.query(
      `SELECT DISTINCT ON (n.key) n.key, o.id
       FROM unnest($1::text[]) AS n(key)
       JOIN organizations o ON lower(n.key COLLATE "und-x-icu") IN (
         lower((o.name->>'kk') COLLATE "und-x-icu"), lower((o.name->>'ru') COLLATE "und-x-icu"),
         lower(coalesce(o.name->>'en', '') COLLATE "und-x-icu"))
       ORDER BY n.key, o.created_at`,
      [names],
    );
    return new Map(rows.map((row) => [row.key, row.id]));
  }

  async insert(org: {
    name: LocalizedText;
    kind: OrganizationKind;
    regionCode: string | null;
    parentId: string | null;
    announcementLeadDays: number;
    headPersonId: string | null;
  }): Promise<string> {
    const rows: { id: string }[] = await this.dataSource.query(
      `INSERT INTO organizations (name, kind, region_code, parent_id, announcement_lead_days, head_person_id)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [JSON.stringify(org.name), org.kind, org.regionCode, org.parentId, org.announcementLeadDays, org.headPersonId],
    );
    return rows[0].id;
  }

  /** These organizations and every one below them, in one recursive query. */
  async subtreeIds(ids: string[]): Promise<string[]> {
    if (ids.length === 0) {
      return [];
    }
    const rows: { id: string }[] = await this.dataSource.query(
      `WITH RECURSIVE tree AS (
         SELECT id FROM organizations WHERE id = ANY($1::uuid[])
         UNION SELECT o.id FROM organizations o JOIN tree t ON o.parent_id = t.id)
       SELECT id FROM tree`,
      [ids],
    );
    return rows.map((row) => row.id);
  }

  /** Updates when the version matches (any version when undefined); returns the rows changed. */
  async update(
    id: string,
    changes: Partial<{
      name: LocalizedText;
      kind: OrganizationKind;
      regionCode: string | null;
      announcementLeadDays: number;
      headPersonId: string | null;
    }>,
    expectedVersion?: number,
  ): Promise<number> {
    const result: [unknown[], number] = await this.dataSource.query(
      `UPDATE organizations SET
         name = COALESCE($2::jsonb, name),
         kind = COALESCE($3, kind),
         region_code = CASE WHEN $4::boolean THEN $5 ELSE region_code END,
         announcement_lead_days = COALESCE($6, announcement_lead_days),
         head_person_id = CASE WHEN $8::boolean THEN $9::uuid ELSE head_person_id END,
         version = version + 1, updated_at = now()
       WHERE id = $1 AND ($7::int IS NULL OR version = $7)`,
      [
        id,
        changes.name ? JSON.stringify(changes.name) : null,
        changes.kind ?? null,
        changes.regionCode !== undefined,
        changes.regionCode ?? null,
        changes.announcementLeadDays ?? null,
        expectedVersion ?? null,
        changes.headPersonId !== undefined,
        changes.headPersonId ?? null,
      ],
    );
    return result[1];
  }
}
