import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Feedback surveys: one per event or per session (the one of the event has no session), opening when that ends and
 * closing when its organizer says. Its questions are data (jsonb: id, kind, text in kk/ru, options); an answer is one
 * row per person and survey (the unique key makes concurrent submits one row), holding a rating per session attended
 * and the answers by question id. `invited_at` is set in the transaction that queued the invitations, so each
 * checked-in participant is written to once.
 */
export class FeedbackSurveys1795750000000 implements MigrationInterface {
  name = 'FeedbackSurveys1795750000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE surveys (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      event_id uuid NOT NULL REFERENCES events(id) ON DELETE CASCADE,
      session_id uuid REFERENCES sessions(id) ON DELETE CASCADE,
      title jsonb NOT NULL CHECK (length(title->>'kk') > 0 AND length(title->>'ru') > 0),
      questions jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(questions) = 'array'),
      anonymous boolean NOT NULL DEFAULT false,
      closes_at timestamptz NOT NULL,
      invited_at timestamptz,
      version integer NOT NULL DEFAULT 1,
      created_by uuid REFERENCES users(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE NULLS NOT DISTINCT (event_id, session_id)
    )`);
    await q.query(`CREATE INDEX surveys_not_invited ON surveys (event_id) WHERE invited_at IS NULL`);
    await q.query(`CREATE TABLE survey_answers (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      survey_id uuid NOT NULL REFERENCES surveys(id) ON DELETE CASCADE,
      person_id uuid NOT NULL REFERENCES people(id) ON DELETE RESTRICT,
      registration_id uuid NOT NULL REFERENCES registrations(id) ON DELETE CASCADE,
      ratings jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(ratings) = 'object'),
      answers jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(answers) = 'object'),
      submitted_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (survey_id, person_id)
    )`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE survey_answers`);
    await q.query(`DROP TABLE surveys`);
  }
}
