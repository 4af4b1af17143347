import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The freeze of adopted resolutions (as Polls1795570000000 left it), with the place or without it. */
const frozen = (
  place: boolean,
): string => `CREATE OR REPLACE FUNCTION resolutions_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_TABLE_NAME = 'resolutions' THEN
          IF OLD.status = 'adopted' AND (
               NEW.status, NEW.title, NEW.preamble, NEW.kind, NEW.numbering_organization_id, NEW.number, NEW.year,
               NEW.adopted_at, NEW.votes_for, NEW.votes_against, NEW.votes_abstained, NEW.present_count, NEW.chair_id,
               NEW.event_id, NEW.session_id, NEW.amends_id, NEW.poll_id${place ? ', NEW.place' : ''})
               IS DISTINCT FROM (
               OLD.status, OLD.title, OLD.preamble, OLD.kind, OLD.numbering_organization_id, OLD.number, OLD.year,
               OLD.adopted_at, OLD.votes_for, OLD.votes_against, OLD.votes_abstained, OLD.present_count, OLD.chair_id,
               OLD.event_id, OLD.session_id, OLD.amends_id, OLD.poll_id${place ? ', OLD.place' : ''}) THEN
            RAISE EXCEPTION 'resolution % is adopted', OLD.id USING ERRCODE = 'check_violation';
          END IF;
        ELSIF EXISTS (SELECT 1 FROM resolutions r
                      WHERE r.id = (CASE WHEN TG_OP = 'INSERT' THEN NEW.resolution_id ELSE OLD.resolution_id END)
                        AND r.status = 'adopted')
              AND (TG_OP <> 'UPDATE'
                   OR (NEW.resolution_id, NEW.text, NEW.position, NEW.due_date, NEW.responsible_organization_id, NEW.executor_id)
                      IS DISTINCT FROM
                      (OLD.resolution_id, OLD.text, OLD.position, OLD.due_date, OLD.responsible_organization_id, OLD.executor_id)) THEN
          RAISE EXCEPTION 'point % belongs to an adopted resolution', COALESCE(OLD.id, NEW.id) USING ERRCODE = 'check_violation';
        END IF;
        RETURN COALESCE(NEW, OLD);
      END $$`;

/**
 * What an adoption records beside its vote (issue 22): the place (a city, kk/ru) and, with it, the chair, both
 * required of every adoption from now on (adoptions recorded before stay as they were: the check is not
 * validated against them). Each kind of document (resolution, decision, recommendations, protocol instruction)
 * is numbered in its own series per organizer and year: the counters gain the kind, and each new series starts
 * after the highest number its kind already carries (they shared the resolutions' series until now), so that no
 * number repeats within a kind. The freeze of adopted acts covers the place.
 */
export class AdoptionRecord1795650000000 implements MigrationInterface {
  name = 'AdoptionRecord1795650000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE resolutions
      ADD COLUMN place jsonb CHECK (place IS NULL OR (length(place->>'kk') > 0 AND length(place->>'ru') > 0))`);
    await q.query(`ALTER TABLE resolutions ADD CONSTRAINT resolutions_adoption_record
      CHECK (status <> 'adopted' OR (chair_id IS NOT NULL AND place IS NOT NULL)) NOT VALID`);

    await q.query(`ALTER TABLE resolution_counters ADD COLUMN kind varchar(24) NOT NULL DEFAULT 'resolution'
      CHECK (kind IN ('resolution', 'decision', 'recommendations', 'protocol_instruction'))`);
    await q.query(`ALTER TABLE resolution_counters DROP CONSTRAINT resolution_counters_pkey`);
    await q.query(`ALTER TABLE resolution_counters ADD PRIMARY KEY (organization_id, kind, year)`);
    await q.query(`INSERT INTO resolution_counters (organization_id, kind, year, last_number)
      SELECT numbering_organization_id, kind, year, max(number) FROM resolutions
      WHERE status = 'adopted' AND kind <> 'resolution' AND numbering_organization_id IS NOT NULL
      GROUP BY numbering_organization_id, kind, year`);
    await q.query(`ALTER TABLE resolutions DROP CONSTRAINT resolutions_numbering_organization_id_year_number_key`);
    await q.query(`ALTER TABLE resolutions ADD CONSTRAINT resolutions_number_key
      UNIQUE (numbering_organization_id, kind, year, number)`);

    await q.query(frozen(true));
  }

  public async down(q: QueryRunner): Promise<void> {
    // The freeze of the place goes with its column; back to one series: only possible while no two kinds
    // share a number (a fresh database, a test).: only possible while no two kinds share a number (a fresh database, a test).
    await q.query(`ALTER TABLE resolutions DROP CONSTRAINT resolutions_number_key`);
    await q.query(`ALTER TABLE resolutions ADD CONSTRAINT resolutions_numbering_organization_id_year_number_key
      UNIQUE (numbering_organization_id, year, number)`);
    await q.query(`DELETE FROM resolution_counters WHERE kind <> 'resolution'`);
    await q.query(`ALTER TABLE resolution_counters DROP CONSTRAINT resolution_counters_pkey`);
    await q.query(`ALTER TABLE resolution_counters ADD PRIMARY KEY (organization_id, year)`);
    await q.query(`ALTER TABLE resolution_counters DROP COLUMN kind`);
    await q.query(`ALTER TABLE resolutions DROP CONSTRAINT resolutions_adoption_record`);
    await q.query(frozen(false));
    await q.query(`ALTER TABLE resolutions DROP COLUMN place`);
  }
}
