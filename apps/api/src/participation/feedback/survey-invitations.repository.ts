import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Tx } from '@app/database';
import { CHECKED_IN, SELECT_SURVEY, type Respondent, type SurveyRow } from './feedback.repository';

/** Checked in to the survey's event, with an e-mail to ask them at, and not asked yet (`v` is the survey). */
const NOT_INVITED = `r.event_id = v.event_id AND ${CHECKED_IN} AND p.email IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM survey_invitations i WHERE i.survey_id = v.id AND i.person_id = r.person_id)`;

/** Who was asked to answer which survey (survey_invitations), and the pass that asks those not asked yet. */
@Injectable()
export class SurveyInvitationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Takes the open surveys (opened by `now`, closing after it) with checked-in participants not asked yet (SKIP
   * LOCKED: one instance takes each), records an invitation for each of those (the primary key with ON CONFLICT DO
   * NOTHING: only the rows this transaction wrote count, so two instances never ask one person twice), hands the
   * survey with the people just recorded to `invite`, and marks the survey invited, all in one transaction.
   */
  takeOpened(
    now: Date,
    invite: (tx: Tx, survey: SurveyRow, respondents: Respondent[]) => Promise<void>,
  ): Promise<number> {
    return this.dataSource.transaction(async (tx) => {
      const surveys: SurveyRow[] = await tx.query(
        `${SELECT_SURVEY}
         WHERE COALESCE(s.ends_at, e.ends_at) <= $1 AND v.closes_at > $1
           AND EXISTS (SELECT 1 FROM registrations r JOIN people p ON p.id = r.person_id WHERE ${NOT_INVITED})
         ORDER BY v.created_at LIMIT 20 FOR UPDATE OF v SKIP LOCKED`,
        [now],
      );
      let invited = 0;
      for (const survey of surveys) {
        const respondents: Respondent[] = await tx.query(
          `WITH fresh AS (
             INSERT INTO survey_invitations (survey_id, person_id, invited_at)
             SELECT DISTINCT v.id, r.person_id, $2::timestamptz
             FROM surveys v JOIN registrations r ON r.event_id = v.event_id JOIN people p ON p.id = r.person_id
             WHERE v.id = $1 AND ${NOT_INVITED}
             ON CONFLICT (survey_id, person_id) DO NOTHING
             RETURNING person_id)
           SELECT DISTINCT ON (p.id) r.id AS "registrationId", r.event_id AS "eventId", p.id AS "personId",
                  p.full_name AS "fullName", p.email, p.language
           FROM fresh f JOIN people p ON p.id = f.person_id
           JOIN registrations r ON r.person_id = p.id AND r.event_id = $3 AND ${CHECKED_IN}
           ORDER BY p.id, r.id`,
          [survey.id, now, survey.eventId],
        );
        if (respondents.length > 0) {
          await invite(tx, survey, respondents);
          invited += respondents.length;
        }
      }
      if (surveys.length > 0) {
        await tx.query(`UPDATE surveys SET invited_at = COALESCE(invited_at, $2) WHERE id = ANY($1::uuid[])`, [
          surveys.map((s) => s.id),
          now,
        ]);
      }
      return invited;
    });
  }
}
