import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Acts anyone can verify. When a resolution is adopted or a protocol approved, the application fixes the
 * SHA-256 digest of a canonical form of the act and a short public code that its PDF prints with a QR code.
 * The verification page recomputes the digest from the stored act and compares. A seal is written once:
 * its digest never changes and it is never deleted; the only later change is attaching a qualified
 * electronic signature (ЭЦП, a CMS/PKCS#7 signature over the digest), once.
 *
 * The freeze of adopted resolutions is also widened here: every column of the adopted text and its vote
 * (not only the title and the count of votes for), and no point added to an adopted resolution.
 */
export class ActSeals1795560000000 implements MigrationInterface {
  name = 'ActSeals1795560000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE act_seals (
      code varchar(10) PRIMARY KEY CHECK (code ~ '^[0-9A-HJKMNP-TV-Z]{10}$'),
      kind varchar(16) NOT NULL CHECK (kind IN ('resolution', 'protocol')),
      act_id uuid NOT NULL,
      format smallint NOT NULL CHECK (format > 0),
      digest char(64) NOT NULL CHECK (digest ~ '^[0-9a-f]{64}$'),
      sealed_at timestamptz NOT NULL DEFAULT now(),
      signature bytea,
      signature_format varchar(32) CHECK (signature_format IN ('cms-pkcs7')),
      signer jsonb,
      signed_at timestamptz,
      CHECK ((signature IS NULL) = (signature_format IS NULL) AND (signature IS NULL) = (signed_at IS NULL)),
      UNIQUE (kind, act_id)
    )`);
    await q.query(`CREATE FUNCTION act_seals_fixed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          RAISE EXCEPTION 'seal % is fixed', OLD.code USING ERRCODE = 'check_violation';
        END IF;
        IF (NEW.code, NEW.kind, NEW.act_id, NEW.format, NEW.digest, NEW.sealed_at)
             IS DISTINCT FROM (OLD.code, OLD.kind, OLD.act_id, OLD.format, OLD.digest, OLD.sealed_at)
           OR (OLD.signature IS NOT NULL AND (NEW.signature, NEW.signature_format, NEW.signer, NEW.signed_at)
                 IS DISTINCT FROM (OLD.signature, OLD.signature_format, OLD.signer, OLD.signed_at)) THEN
          RAISE EXCEPTION 'seal % is fixed', OLD.code USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(
      `CREATE TRIGGER act_seals_fixed BEFORE UPDATE OR DELETE ON act_seals FOR EACH ROW EXECUTE FUNCTION act_seals_fixed()`,
    );

    await q.query(`CREATE OR REPLACE FUNCTION resolutions_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_TABLE_NAME = 'resolutions' THEN
          IF OLD.status = 'adopted' AND (
               NEW.status, NEW.title, NEW.preamble, NEW.kind, NEW.numbering_organization_id, NEW.number, NEW.year,
               NEW.adopted_at, NEW.votes_for, NEW.votes_against, NEW.votes_abstained, NEW.present_count, NEW.chair_id,
               NEW.event_id, NEW.session_id, NEW.amends_id)
               IS DISTINCT FROM (
               OLD.status, OLD.title, OLD.preamble, OLD.kind, OLD.numbering_organization_id, OLD.number, OLD.year,
               OLD.adopted_at, OLD.votes_for, OLD.votes_against, OLD.votes_abstained, OLD.present_count, OLD.chair_id,
               OLD.event_id, OLD.session_id, OLD.amends_id) THEN
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
      END $$`);
    await q.query(`DROP TRIGGER resolution_points_frozen ON resolution_points`);
    await q.query(
      `CREATE TRIGGER resolution_points_frozen BEFORE INSERT OR UPDATE OR DELETE ON resolution_points FOR EACH ROW EXECUTE FUNCTION resolutions_frozen()`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER resolution_points_frozen ON resolution_points`);
    await q.query(
      `CREATE TRIGGER resolution_points_frozen BEFORE UPDATE OR DELETE ON resolution_points FOR EACH ROW EXECUTE FUNCTION resolutions_frozen()`,
    );
    await q.query(`DROP TABLE act_seals`);
    await q.query(`DROP FUNCTION act_seals_fixed()`);
  }
}
