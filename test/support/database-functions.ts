import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type pg from 'pg';

/** Where the current definition of each database function is kept, one file a function. */
export const FUNCTIONS_DIR = join(process.cwd(), 'libs/database/sql/functions');

/**
 * Each function of the public schema as a readable `CREATE OR REPLACE FUNCTION`, built from the
 * catalog: its signature, result, language, volatility and body exactly as the last migration wrote it.
 */
export async function functionDefinitions(client: pg.Client): Promise<Map<string, string>> {
  const { rows } = await client.query<{
    name: string;
    args: string;
    result: string;
    language: string;
    volatility: string;
    body: string;
  }>(
    `SELECT p.proname AS name, pg_get_function_arguments(p.oid) AS args, pg_get_function_result(p.oid) AS result,
            l.lanname AS language,
            CASE p.provolatile WHEN 'i' THEN 'IMMUTABLE' WHEN 's' THEN 'STABLE' ELSE 'VOLATILE' END AS volatility,
            p.prosrc AS body
       FROM pg_proc p
       JOIN pg_namespace n ON n.oid = p.pronamespace
       JOIN pg_language l ON l.oid = p.prolang
      WHERE n.nspname = 'public' AND p.prokind = 'f'
        -- Ours only: not those an extension (pg_trgm) brings.
        AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')
      ORDER BY p.proname, pg_get_function_identity_arguments(p.oid)`,
  );
  const definitions = new Map<string, string>();
  for (const row of rows) {
    const text =
      `-- The current definition of ${row.name}, as the migrations under libs/database/src/migrations leave it.\n` +
      `-- A snapshot, not a migration: test/e2e/database-functions.e2e-spec.ts compares it with the migrated database;\n` +
      `-- change the function with a new migration, then run UPDATE_SQL_SNAPSHOTS=1 npm test -- database-functions.\n` +
      `CREATE OR REPLACE FUNCTION ${row.name}(${row.args})\n` +
      `RETURNS ${row.result}\nLANGUAGE ${row.language} ${row.volatility}\nAS $function$${row.body.trimEnd()}\n$function$;\n`;
    const previous = definitions.get(row.name);
    definitions.set(row.name, previous ? `${previous}\n${text}` : text);
  }
  return definitions;
}

/** The snapshots as committed, by function name. */
export function committedDefinitions(): Map<string, string> {
  const files = readdirSync(FUNCTIONS_DIR).filter((file) => file.endsWith('.sql'));
  return new Map(files.map((file) => [file.replace(/\.sql$/, ''), readFileSync(join(FUNCTIONS_DIR, file), 'utf8')]));
}
