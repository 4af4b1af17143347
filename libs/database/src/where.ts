/**
 * The WHERE clause of a filtered list and its parameters, built together so that no query
 * counts `$n` placeholders by hand.
 *
 *   const where = new Where().when(filter.kind, (p) => `e.kind = ${p}`).when(filter.region, (p) => regionSubtree('e.region_code', p));
 *   await db.query(`SELECT ... WHERE ${where.sql()} LIMIT ${where.param(limit)}`, where.params);
 */
export class Where {
  readonly params: unknown[];
  private readonly conditions: string[] = [];

  /** `initial` are parameters $1, $2, ... that conditions added with `add` may name themselves. */
  constructor(...initial: unknown[]) {
    this.params = [...initial];
  }

  /** Adds a parameter and returns its placeholder. */
  param(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }

  /** Adds a condition as it is. */
  add(condition: string): this {
    this.conditions.push(condition);
    return this;
  }

  /** Adds the condition `sql` makes of the value's placeholder, when the value is given (not empty, zero or false). */
  when<T>(value: T | null | undefined, sql: (placeholder: string) => string): this {
    if (value) {
      this.conditions.push(sql(this.param(value)));
    }
    return this;
  }

  /** The conditions joined by AND; `true` when there are none. */
  sql(): string {
    return this.conditions.length ? this.conditions.join(' AND ') : 'true';
  }
}

/**
 * `column` holds the region whose code is `codePlaceholder` or one of the regions below it (its
 * districts, their rural districts...). Region paths are `/`-separated codes from the top.
 */
export function regionSubtree(column: string, codePlaceholder: string): string {
  return `${column} IN (SELECT s.code FROM regions s, regions t WHERE t.code = ${codePlaceholder}
                    AND (s.path = t.path OR s.path LIKE t.path || '/%'))`;
}

/** `column` (a lower-cased search text) contains the LIKE pattern in `patternPlaceholder`, compared case-blind. */
export function searchMatches(column: string, patternPlaceholder: string): string {
  return `${column} LIKE (lower(${patternPlaceholder} COLLATE "und-x-icu") COLLATE "default")`;
}

/** An act's number as people write it, "12/2026" (number/year), or NULL while it has none. `alias` is the table's. */
export function documentNumber(alias: string): string {
  return `CASE WHEN ${alias}.number IS NULL THEN NULL ELSE ${alias}.number || '/' || ${alias}.year END`;
}
