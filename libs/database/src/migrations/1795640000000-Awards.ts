import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Letters of gratitude (алғыс хат) and certificates of participation or of a seminar-training completed. An award
 * is numbered per organizer and year without gaps (a counter row incremented in the issuing transaction, so a
 * rolled-back issue gives its numbers back) and keeps the names it was issued with: a person renamed later does not
 * change a letter already handed over. Once issued an award never changes and is never deleted (a trigger); the
 * only later change is its revocation, once. Each award is sealed like an adopted act (act_seals, kind 'award'), and
 * its printed code opens the public verification page.
 */
export class Awards1795640000000 implements MigrationInterface {
  name = 'Awards1795640000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE award_counters (
      organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
      year integer NOT NULL,
      last_number integer NOT NULL,
      PRIMARY KEY (organization_id, year)
    )`);
    await q.query(`CREATE TABLE awards (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      event_id uuid NOT NULL REFERENCES events(id) ON DELETE RESTRICT,
      session_id uuid REFERENCES sessions(id) ON DELETE RESTRICT,
      person_id uuid NOT NULL REFERENCES people(id) ON DELETE RESTRICT,
      registration_id uuid REFERENCES registrations(id) ON DELETE RESTRICT,
      kind varchar(16) NOT NULL CHECK (kind IN ('gratitude', 'participation', 'training')),
      numbering_organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE RESTRICT,
      number integer NOT NULL CHECK (number > 0),
      year integer NOT NULL,
      award_date date NOT NULL,
      language varchar(2) NOT NULL CHECK (language IN ('kk', 'ru')),
      recipient_name jsonb NOT NULL CHECK (length(recipient_name->>'kk') > 0),
      recipient_position jsonb,
      signatory_id uuid NOT NULL REFERENCES people(id) ON DELETE RESTRICT,
      signatory_name jsonb NOT NULL CHECK (length(signatory_name->>'kk') > 0),
      signatory_position jsonb,
      event_title jsonb NOT NULL,
      issued_by uuid REFERENCES users(id) ON DELETE RESTRICT,
      issued_at timestamptz NOT NULL DEFAULT now(),
      revoked_at timestamptz,
      revoked_by uuid REFERENCES users(id) ON DELETE RESTRICT,
      revoke_reason text,
      CHECK (kind <> 'participation' OR registration_id IS NOT NULL),
      UNIQUE (numbering_organization_id, year, number),
      UNIQUE (event_id, person_id, kind)
    )`);
    await q.query(`CREATE INDEX awards_person ON awards (person_id)`);
    await q.query(`CREATE FUNCTION awards_fixed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          RAISE EXCEPTION 'award % is issued', OLD.id USING ERRCODE = 'check_violation';
        END IF;
        IF (to_jsonb(NEW) - ARRAY['revoked_at', 'revoked_by', 'revoke_reason'])
             IS DISTINCT FROM (to_jsonb(OLD) - ARRAY['revoked_at', 'revoked_by', 'revoke_reason'])
           OR (OLD.revoked_at IS NOT NULL AND (NEW.revoked_at, NEW.revoked_by, NEW.revoke_reason)
                 IS DISTINCT FROM (OLD.revoked_at, OLD.revoked_by, OLD.revoke_reason)) THEN
          RAISE EXCEPTION 'award % is issued', OLD.id USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(
      `CREATE TRIGGER awards_fixed BEFORE UPDATE OR DELETE ON awards FOR EACH ROW EXECUTE FUNCTION awards_fixed()`,
    );
    await q.query(`ALTER TABLE act_seals DROP CONSTRAINT act_seals_kind_check`);
    await q.query(
      `ALTER TABLE act_seals ADD CONSTRAINT act_seals_kind_check CHECK (kind IN ('resolution', 'protocol', 'award'))`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE act_seals DROP CONSTRAINT act_seals_kind_check`);
    await q.query(
      `ALTER TABLE act_seals ADD CONSTRAINT act_seals_kind_check CHECK (kind IN ('resolution', 'protocol'))`,
    );
    await q.query(`DROP TABLE awards`);
    await q.query(`DROP FUNCTION awards_fixed()`);
    await q.query(`DROP TABLE award_counters`);
  }
}
