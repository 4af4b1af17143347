import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A venue's rooms are names in kk and ru like every other name: `venue.rooms` goes from a list of
 * strings to a list of `{ kk, ru }`. A room typed in one language gets that name in both until an
 * organizer gives its Russian one. Sessions keep naming their room by its Kazakh name.
 */
export class RoomNames1795520000000 implements MigrationInterface {
  name = 'RoomNames1795520000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE events
      SET venue = jsonb_set(venue, '{rooms}', (
        SELECT coalesce(jsonb_agg(CASE WHEN jsonb_typeof(r) = 'string' THEN jsonb_build_object('kk', r, 'ru', r) ELSE r END
                                  ORDER BY n), '[]'::jsonb)
          FROM jsonb_array_elements(venue->'rooms') WITH ORDINALITY AS rooms(r, n)))
      WHERE jsonb_typeof(venue->'rooms') = 'array'
        AND EXISTS (SELECT 1 FROM jsonb_array_elements(venue->'rooms') r WHERE jsonb_typeof(r) = 'string')`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE events
      SET venue = jsonb_set(venue, '{rooms}', (
        SELECT coalesce(jsonb_agg(CASE WHEN jsonb_typeof(r) = 'object' THEN r->'kk' ELSE r END ORDER BY n), '[]'::jsonb)
          FROM jsonb_array_elements(venue->'rooms') WITH ORDINALITY AS rooms(r, n)))
      WHERE jsonb_typeof(venue->'rooms') = 'array'`);
  }
}
