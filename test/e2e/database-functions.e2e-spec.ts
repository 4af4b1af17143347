import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { committedDefinitions, FUNCTIONS_DIR, functionDefinitions } from '../support/database-functions';
import { createTestDatabase, withClient } from '../support/test-database';

/**
 * The database functions are replaced migration after migration; the file under libs/database/sql/functions
 * says what each one is now, and this test keeps that file true.
 */
describe('database functions', () => {
  it('match their snapshots in libs/database/sql/functions, one file a function', async () => {
    const db = await createTestDatabase();
    try {
      const live = await withClient(db.url, (client) => functionDefinitions(client));
      expect(live.size).toBeGreaterThan(0);
      if (process.env.UPDATE_SQL_SNAPSHOTS) {
        for (const name of committedDefinitions().keys()) {
          rmSync(join(FUNCTIONS_DIR, `${name}.sql`));
        }
        for (const [name, text] of live) {
          writeFileSync(join(FUNCTIONS_DIR, `${name}.sql`), text);
        }
      }
      const committed = committedDefinitions();
      expect([...committed.keys()].sort()).toEqual([...live.keys()].sort());
      for (const [name, text] of live) {
        expect({ name, text: committed.get(name) }).toEqual({ name, text });
      }
    } finally {
      await db.drop();
    }
  });
});
