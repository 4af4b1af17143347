import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who was asked to answer a survey: one row per survey and person, written in the transaction that queues the
 * person's mail, so a participant who checks in after the survey opened is asked on the next pass, and nobody twice
 * (the primary key decides between two instances). The surveys already invited get the rows of the mail they queued.
 */
export class SurveyInvitations1795810000000 implements MigrationInterface {
  name = 'SurveyInvitations1795810000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE survey_invitations (
      survey_id uuid NOT NULL REFERENCES surveys(id) ON DELETE CASCADE,
      person_id uuid NOT NULL REFERENCES people(id) ON DELETE CASCADE,
      invited_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (survey_id, person_id)
    )`);
    await q.query(`CREATE INDEX survey_invitations_person ON survey_invitations (person_id)`);
    await q.query(`INSERT INTO survey_invitations (survey_id, person_id, invited_at)
      SELECT v.id, p.id, m.created_at
      FROM mail_outbox m
      JOIN surveys v ON v.id::text = split_part(m.dedupe_key, ':', 2)
      JOIN people p ON p.id::text = split_part(m.dedupe_key, ':', 3)
      WHERE m.purpose = 'survey.opened' AND m.dedupe_key LIKE 'survey:%'
      ON CONFLICT DO NOTHING`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE survey_invitations`);
  }
}
