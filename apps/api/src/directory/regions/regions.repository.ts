import { containsPattern } from '@app/common';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { LocalizedText, RegionLevel } from '@app/contracts';
import { DataSource } from 'typeorm';
import { searchMatches, Where } from '@app/database';

export interface RegionRow {
  code: string;
  name: LocalizedText;
  level: RegionLevel;
  parentCode: string | null;
  path: string;
  childCount: number;
  formerNames: FormerName[];
}

export interface FormerName {
  name: LocalizedText;
  from?: string;
  until: string;
}

/** Region paths are codes joined by '/', top level first: a subtree is a prefix match on an index. */
export const PATH_SEPARATOR = '/';

@Injectable()
export class RegionsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(filter: {
    parent?: string | null;
    q?: string;
    level?: RegionLevel;
    limit: number;
    offset: number;
  }): Promise<{ rows: RegionRow[]; total: number }> {
    const where = new Where();
    if (filter.parent === null) {
      where.add('r.parent_code IS NULL');
    }
    where
      .when(filter.parent, (p) => `r.parent_code = ${p}`)
      .when(filter.q && containsPattern(filter.q), (p) => searchMatches('r.search_text', p))
      .when(filter.level, (p) => `r.level = ${p}`);
    const rows: (RegionRow & { total: string })[] = await this.dataSource.query(
      `SELECT r.code, r.name, r.level, r.parent_code AS "parentCode", r.path, r.former_names AS "formerNames",
              (SELECT count(*)::int FROM regions c WHERE c.parent_code = r.code) AS "childCount",
              count(*) OVER () AS total
       FROM regions r WHERE ${where.sql()}
       ORDER BY (r.name->>'kk') COLLATE "kk-KZ-x-icu", r.code
       LIMIT ${where.param(filter.limit)} OFFSET ${where.param(filter.offset)}`,
      where.params,
    );
    return { rows: rows.map(({ total: _t, ...row }) => row), total: rows.length ? Number(rows[0].total) : 0 };
  }

  async findByCodes(codes: string[]): Promise<RegionRow[]> {
    if (codes.length === 0) {
      return [];
    }
    return this.dataSource.query(
      `SELECT r.code, r.name, r.level, r.parent_code AS "parentCode", r.path, r.former_names AS "formerNames",
              (SELECT count(*)::int FROM regions c WHERE c.parent_code = r.code) AS "childCount"
       FROM regions r WHERE r.code = ANY($1)`,
      [codes],
    );
  }

  /** All or none, parents before children (the order given). */
  async insertMany(
    regions: { code: string; parentCode: string; level: RegionLevel; name: LocalizedText; path: string }[],
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      for (const region of regions) {
        await manager.query(`INSERT INTO regions (code, parent_code, level, name, path) VALUES ($1, $2, $3, $4, $5)`, [
          region.code,
          region.parentCode,
          region.level,
          JSON.stringify(region.name),
          region.path,
        ]);
      }
    });
  }

  async insert(region: {
    code: string;
    parentCode: string;
    level: RegionLevel;
    name: LocalizedText;
    path: string;
  }): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO regions (code, parent_code, level, name, path) VALUES ($1, $2, $3, $4, $5)`,
      [region.code, region.parentCode, region.level, JSON.stringify(region.name), region.path],
    );
  }

  /** Changes the name and the former names given; false when there is no such region. */
  async update(code: string, values: { name?: LocalizedText; formerNames?: FormerName[] }): Promise<boolean> {
    const [, count]: [unknown, number] = await this.dataSource.query(
      `UPDATE regions SET name = COALESCE($2::jsonb, name), former_names = COALESCE($3::jsonb, former_names)
       WHERE code = $1`,
      [
        code,
        values.name ? JSON.stringify(values.name) : null,
        values.formerNames ? JSON.stringify(values.formerNames) : null,
      ],
    );
    return count > 0;
  }
}
