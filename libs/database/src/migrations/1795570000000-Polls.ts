import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Votes by name. A poll is opened on a draft resolution, by roll call (the secretary marks each member) or
 * electronically (each member from their phone). The voters are fixed when it opens: the voting members
 * checked in at that moment, which is also when its quorum is judged. Each person's vote is kept with who
 * recorded it and when. Once closed (or cancelled) a poll and its votes never change, and a resolution
 * adopted from it keeps it for good.
 */
export class Polls1795570000000 implements MigrationInterface {
  name = 'Polls1795570000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE polls (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      resolution_id uuid NOT NULL REFERENCES resolutions(id) ON DELETE RESTRICT,
      event_id uuid NOT NULL REFERENCES events(id) ON DELETE RESTRICT,
      session_id uuid REFERENCES sessions(id) ON DELETE RESTRICT,
      mode varchar(16) NOT NULL CHECK (mode IN ('roll_call', 'electronic')),
      status varchar(16) NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed', 'cancelled')),
      members integer NOT NULL CHECK (members >= 0),
      present integer NOT NULL CHECK (present >= 0),
      required integer NOT NULL CHECK (required >= 0),
      majority_of varchar(16) NOT NULL CHECK (majority_of IN ('present', 'members')),
      votes_for integer CHECK (votes_for >= 0),
      votes_against integer CHECK (votes_against >= 0),
      votes_abstained integer CHECK (votes_abstained >= 0),
      opened_by uuid REFERENCES users(id) ON DELETE SET NULL,
      opened_at timestamptz NOT NULL DEFAULT now(),
      closed_by uuid REFERENCES users(id) ON DELETE SET NULL,
      closed_at timestamptz,
      CHECK ((status = 'open') = (closed_at IS NULL)),
      CHECK ((status = 'closed') = (votes_for IS NOT NULL AND votes_against IS NOT NULL AND votes_abstained IS NOT NULL)),
      CHECK (votes_for + votes_against + votes_abstained <= present)
    )`);
    // The hall votes on one question at a time: one open poll per event.
    await q.query(`CREATE UNIQUE INDEX polls_open_key ON polls (event_id) WHERE status = 'open'`);
    await q.query(`CREATE INDEX polls_resolution_idx ON polls (resolution_id)`);
    await q.query(`CREATE INDEX polls_event_idx ON polls (event_id, opened_at DESC)`);

    await q.query(`CREATE TABLE poll_voters (
      poll_id uuid NOT NULL REFERENCES polls(id) ON DELETE CASCADE,
      person_id uuid NOT NULL REFERENCES people(id) ON DELETE RESTRICT,
      PRIMARY KEY (poll_id, person_id)
    )`);
    await q.query(`CREATE INDEX poll_voters_person_idx ON poll_voters (person_id)`);

    await q.query(`CREATE TABLE poll_votes (
      poll_id uuid NOT NULL,
      person_id uuid NOT NULL,
      choice varchar(16) NOT NULL CHECK (choice IN ('for', 'against', 'abstained')),
      via varchar(16) NOT NULL CHECK (via IN ('self', 'secretary')),
      recorded_by uuid REFERENCES users(id) ON DELETE SET NULL,
      recorded_at timestamptz NOT NULL DEFAULT now(),
      changes smallint NOT NULL DEFAULT 0 CHECK (changes >= 0),
      PRIMARY KEY (poll_id, person_id),
      FOREIGN KEY (poll_id, person_id) REFERENCES poll_voters (poll_id, person_id) ON DELETE CASCADE
    )`);

    await q.query(`ALTER TABLE resolutions ADD COLUMN poll_id uuid UNIQUE REFERENCES polls(id) ON DELETE RESTRICT`);

    await q.query(`CREATE FUNCTION polls_fixed() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        poll_status varchar;
      BEGIN
        IF TG_TABLE_NAME = 'polls' THEN
          IF TG_OP = 'DELETE' THEN
            RAISE EXCEPTION 'poll % is kept', OLD.id USING ERRCODE = 'check_violation';
          END IF;
          IF OLD.status <> 'open' AND ROW(NEW.*) IS DISTINCT FROM ROW(OLD.*) THEN
            RAISE EXCEPTION 'poll % is %', OLD.id, OLD.status USING ERRCODE = 'check_violation';
          END IF;
          IF (NEW.id, NEW.resolution_id, NEW.event_id, NEW.session_id, NEW.mode, NEW.members, NEW.present,
              NEW.required, NEW.majority_of, NEW.opened_by, NEW.opened_at)
             IS DISTINCT FROM (OLD.id, OLD.resolution_id, OLD.event_id, OLD.session_id, OLD.mode, OLD.members,
              OLD.present, OLD.required, OLD.majority_of, OLD.opened_by, OLD.opened_at) THEN
            RAISE EXCEPTION 'poll % keeps how it was opened', OLD.id USING ERRCODE = 'check_violation';
          END IF;
          RETURN NEW;
        END IF;
        -- A vote or a voter of a closed poll never changes.
        SELECT p.status INTO poll_status FROM polls p
          WHERE p.id = (CASE WHEN TG_OP = 'DELETE' THEN OLD.poll_id ELSE NEW.poll_id END)
          -- Held until the vote commits: a poll is closed (FOR UPDATE) only after every vote under way is in.
          FOR SHARE;
        IF poll_status IS DISTINCT FROM 'open' THEN
          RAISE EXCEPTION 'poll % is %', COALESCE(NEW.poll_id, OLD.poll_id), poll_status USING ERRCODE = 'check_violation';
        END IF;
        IF TG_OP = 'UPDATE' AND (NEW.poll_id, NEW.person_id) IS DISTINCT FROM (OLD.poll_id, OLD.person_id) THEN
          RAISE EXCEPTION 'a vote keeps its poll and voter' USING ERRCODE = 'check_violation';
        END IF;
        RETURN COALESCE(NEW, OLD);
      END $$`);
    await q.query(
      `CREATE TRIGGER polls_fixed BEFORE UPDATE OR DELETE ON polls FOR EACH ROW EXECUTE FUNCTION polls_fixed()`,
    );
    await q.query(
      `CREATE TRIGGER poll_votes_fixed BEFORE INSERT OR UPDATE OR DELETE ON poll_votes FOR EACH ROW EXECUTE FUNCTION polls_fixed()`,
    );
    await q.query(
      `CREATE TRIGGER poll_voters_fixed BEFORE INSERT OR UPDATE OR DELETE ON poll_voters FOR EACH ROW EXECUTE FUNCTION polls_fixed()`,
    );

    // The poll a resolution was adopted from is part of what was adopted.
    await q.query(`CREATE OR REPLACE FUNCTION resolutions_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_TABLE_NAME = 'resolutions' THEN
          IF OLD.status = 'adopted' AND (
               NEW.status, NEW.title, NEW.preamble, NEW.kind, NEW.numbering_organization_id, NEW.number, NEW.year,
               NEW.adopted_at, NEW.votes_for, NEW.votes_against, NEW.votes_abstained, NEW.present_count, NEW.chair_id,
               NEW.event_id, NEW.session_id, NEW.amends_id, NEW.poll_id)
               IS DISTINCT FROM (
               OLD.status, OLD.title, OLD.preamble, OLD.kind, OLD.numbering_organization_id, OLD.number, OLD.year,
               OLD.adopted_at, OLD.votes_for, OLD.votes_against, OLD.votes_abstained, OLD.present_count, OLD.chair_id,
               OLD.event_id, OLD.session_id, OLD.amends_id, OLD.poll_id) THEN
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
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE resolutions DROP COLUMN poll_id`);
    await q.query(`DROP TABLE poll_votes`);
    await q.query(`DROP TABLE poll_voters`);
    await q.query(`DROP TABLE polls`);
    await q.query(`DROP FUNCTION polls_fixed()`);
  }
}
