import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A search over a region's names, its former ones and its code, lower-cased for LIKE (see searchMatches). */
const searchText = (withFormerNames: boolean): string =>
  `lower(((name->>'kk') || ' ' || (name->>'ru') || ' ' || coalesce(name->>'en', '') || ' ' || code${
    withFormerNames ? ` || ' ' || former_names::text` : ''
  }) COLLATE "und-x-icu")`;

/**
 * Former names of places with the dates they held (issue 22, the articles: Нұр-Сұлтан, now Астана): a list of
 * `{ name: {kk, ru, en?}, from?: 'YYYY-MM-DD', until: 'YYYY-MM-DD' }`, oldest first. A search finds a place by a
 * former name too. Astana gets the name it bore from 23 March 2019 to 17 September 2022.
 */
export class RegionFormerNames1795731000000 implements MigrationInterface {
  name = 'RegionFormerNames1795731000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE regions
      ADD COLUMN former_names jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(former_names) = 'array')`);
    await this.search(q, true);
    await q.query(`UPDATE regions SET former_names = $2 WHERE code = $1 AND former_names = '[]'`, [
      'KZ-71',
      JSON.stringify([
        { name: { kk: 'Нұр-Сұлтан', ru: 'Нур-Султан', en: 'Nur-Sultan' }, from: '2019-03-23', until: '2022-09-17' },
      ]),
    ]);
  }

  public async down(q: QueryRunner): Promise<void> {
    await this.search(q, false);
    await q.query(`ALTER TABLE regions DROP COLUMN former_names`);
  }

  private async search(q: QueryRunner, withFormerNames: boolean): Promise<void> {
    await q.query(`ALTER TABLE regions DROP COLUMN search_text`);
    await q.query(
      `ALTER TABLE regions ADD COLUMN search_text text GENERATED ALWAYS AS (${searchText(withFormerNames)}) STORED`,
    );
    await q.query(`CREATE INDEX regions_search_idx ON regions USING gin (search_text gin_trgm_ops)`);
  }
}
