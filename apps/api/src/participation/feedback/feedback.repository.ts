import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Language, LocalizedText, SurveyQuestion } from '@app/contracts';
import type { Tx } from '@app/database';

export interface SurveyRow {
  id: string;
  eventId: string;
  sessionId: string | null;
  title: LocalizedText;
  questions: SurveyQuestion[];
  anonymous: boolean;
  /** When the event (or the session) ends. */
  opensAt: Date;
  closesAt: Date;
  invitedAt: Date | null;
  version: number;
}

export interface NewSurvey {
  eventId: string;
  sessionId: string | null;
  title: LocalizedText;
  questions: SurveyQuestion[];
  anonymous: boolean;
  closesAt: Date;
  createdBy: string | null;
}

export interface SurveySession {
  id: string;
  eventId: string;
  title: LocalizedText;
}

/** A person who may answer: registered and checked in, with the sessions of the survey they attended. */
export interface Respondent {
  registrationId: string;
  eventId: string;
  personId: string;
  fullName: { kk: string; ru?: string };
  email: string | null;
  language: Language;
}

export interface AnswerRow {
  personId: string;
  fullName: { kk: string; ru?: string };
  ratings: Record<string, number>;
  answers: Record<string, string | number>;
  updatedAt: Date;
}

export const SELECT_SURVEY = `
  SELECT v.id, v.event_id AS "eventId", v.session_id AS "sessionId", v.title, v.questions, v.anonymous,
         COALESCE(s.ends_at, e.ends_at) AS "opensAt", v.closes_at AS "closesAt", v.invited_at AS "invitedAt", v.version
  FROM surveys v
  JOIN events e ON e.id = v.event_id
  LEFT JOIN sessions s ON s.id = v.session_id`;

/** Checked in means at the door or at any session of the event, on a registration that stands. */
export const CHECKED_IN = `r.status = 'registered' AND EXISTS (SELECT 1 FROM check_ins c WHERE c.registration_id = r.id)`;

/** Every query of feedback: the surveys, who may answer them, the answers and their counts. */
@Injectable()
export class FeedbackRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** The new survey's id; undefined when the event (or session) already has one. */
  async insert(survey: NewSurvey): Promise<string | undefined> {
    const rows: { id: string }[] = await this.dataSource.query(
      `INSERT INTO surveys (event_id, session_id, title, questions, anonymous, closes_at, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (event_id, session_id) DO NOTHING RETURNING id`,
      [
        survey.eventId,
        survey.sessionId,
        survey.title,
        JSON.stringify(survey.questions),
        survey.anonymous,
        survey.closesAt,
        survey.createdBy,
      ],
    );
    return rows[0]?.id;
  }

  /** Writes the changed fields when the version is still `version`; false when it is not. */
  /**
   * Writes the survey if it is still at `version` and, when more than its closing time changes, has no answer yet
   * (checked in the same statement): 'stale' or 'answered' when it is not written.
   */
  async update(
    id: string,
    version: number,
    fields: Pick<SurveyRow, 'title' | 'questions' | 'anonymous' | 'closesAt'>,
    contentChanged: boolean,
  ): Promise<'updated' | 'stale' | 'answered'> {
    const [, count]: [unknown, number] = await this.dataSource.query(
      `UPDATE surveys SET title = $3, questions = $4, anonymous = $5, closes_at = $6, version = version + 1,
              updated_at = now()
       WHERE id = $1 AND version = $2
         AND (NOT $7 OR NOT EXISTS (SELECT 1 FROM survey_answers a WHERE a.survey_id = $1))`,
      [id, version, fields.title, JSON.stringify(fields.questions), fields.anonymous, fields.closesAt, contentChanged],
    );
    if (count === 1) {
      return 'updated';
    }
    const [now]: { version: number; answered: boolean }[] = await this.dataSource.query(
      `SELECT version, EXISTS (SELECT 1 FROM survey_answers a WHERE a.survey_id = s.id) AS answered
       FROM surveys s WHERE s.id = $1`,
      [id],
    );
    return now && now.version === version && now.answered ? 'answered' : 'stale';
  }

  async findById(id: string): Promise<SurveyRow | undefined> {
    const rows: SurveyRow[] = await this.dataSource.query(`${SELECT_SURVEY} WHERE v.id = $1`, [id]);
    return rows[0];
  }

  listForEvent(eventId: string): Promise<SurveyRow[]> {
    return this.dataSource.query(`${SELECT_SURVEY} WHERE v.event_id = $1 ORDER BY "opensAt", v.created_at`, [eventId]);
  }

  /** The surveys of every event the person was checked in at, newest first. */
  listForPerson(personId: string): Promise<SurveyRow[]> {
    return this.dataSource.query(
      `${SELECT_SURVEY}
       WHERE EXISTS (SELECT 1 FROM registrations r WHERE r.event_id = v.event_id AND r.person_id = $1 AND ${CHECKED_IN})
       ORDER BY "opensAt" DESC, v.created_at`,
      [personId],
    );
  }

  /** When the event's session ends; undefined for a session of another event. */
  async sessionEnd(eventId: string, sessionId: string): Promise<Date | undefined> {
    const rows: { endsAt: Date }[] = await this.dataSource.query(
      `SELECT ends_at AS "endsAt" FROM sessions WHERE id = $1 AND event_id = $2`,
      [sessionId, eventId],
    );
    return rows[0]?.endsAt;
  }

  /** The sessions of these events but breaks, in agenda order, in one query. */
  sessionsOfEvents(eventIds: string[]): Promise<SurveySession[]> {
    return this.dataSource.query(
      `SELECT id, event_id AS "eventId", title FROM sessions
       WHERE event_id = ANY($1::uuid[]) AND kind <> 'break'
       ORDER BY starts_at, id`,
      [eventIds],
    );
  }

  /** The person's standing, checked-in registrations at these events, in one query. */
  respondents(eventIds: string[], personId: string): Promise<Respondent[]> {
    return this.dataSource.query(
      `SELECT r.id AS "registrationId", r.event_id AS "eventId", p.id AS "personId", p.full_name AS "fullName",
              p.email, p.language
       FROM registrations r JOIN people p ON p.id = r.person_id
       WHERE r.event_id = ANY($1::uuid[]) AND r.person_id = $2 AND ${CHECKED_IN}`,
      [eventIds, personId],
    );
  }

  /** The sessions these registrations were checked in at, in one query. */
  sessionCheckIns(registrationIds: string[]): Promise<{ registrationId: string; sessionId: string }[]> {
    return this.dataSource.query(
      `SELECT registration_id AS "registrationId", session_id AS "sessionId" FROM check_ins
       WHERE registration_id = ANY($1::uuid[]) AND session_id IS NOT NULL`,
      [registrationIds],
    );
  }

  /**
   * Writes the person's answer (the first, or over their earlier one: the unique key makes concurrent submits one
   * row) while the survey is open at `now`; false when it has closed.
   */
  async saveAnswer(
    surveyId: string,
    respondent: Pick<Respondent, 'personId' | 'registrationId'>,
    answer: Pick<AnswerRow, 'ratings' | 'answers'>,
    now: Date,
  ): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `INSERT INTO survey_answers (survey_id, person_id, registration_id, ratings, answers)
       SELECT id, $2, $3, $4, $5 FROM surveys WHERE id = $1 AND closes_at > $6
       ON CONFLICT (survey_id, person_id) DO UPDATE
         SET ratings = EXCLUDED.ratings, answers = EXCLUDED.answers, registration_id = EXCLUDED.registration_id,
             updated_at = now()
       RETURNING id`,
      [surveyId, respondent.personId, respondent.registrationId, answer.ratings, answer.answers, now],
    );
    return rows.length === 1;
  }

  /** The person's answers to these surveys, in one query. */
  answersOf(surveyIds: string[], personId: string): Promise<(AnswerRow & { surveyId: string })[]> {
    return this.dataSource.query(
      `SELECT a.survey_id AS "surveyId", a.person_id AS "personId", p.full_name AS "fullName", a.ratings, a.answers,
              a.updated_at AS "updatedAt"
       FROM survey_answers a JOIN people p ON p.id = a.person_id
       WHERE a.survey_id = ANY($1::uuid[]) AND a.person_id = $2`,
      [surveyIds, personId],
    );
  }

  /**
   * Every answer of the survey. An anonymous survey's come without a person and in an order that follows nobody
   * (their ids' hashes), so neither the API nor the export can tie an answer to whoever gave it.
   */
  async answers(surveyId: string, anonymous: boolean): Promise<AnswerRow[]> {
    return this.dataSource.query(
      anonymous
        ? `SELECT NULL AS "personId", NULL AS "fullName", a.ratings, a.answers, NULL AS "updatedAt"
           FROM survey_answers a WHERE a.survey_id = $1 ORDER BY md5(a.id::text)`
        : `SELECT a.person_id AS "personId", p.full_name AS "fullName", a.ratings, a.answers,
                  a.updated_at AS "updatedAt"
           FROM survey_answers a JOIN people p ON p.id = a.person_id
           WHERE a.survey_id = $1 ORDER BY p.sort_name COLLATE "kk-KZ-x-icu", p.id`,
      [surveyId],
    );
  }

  /** Per session: how many rated it and the mean mark, in one GROUP BY. */
  ratingTotals(surveyId: string): Promise<{ sessionId: string; count: number; average: number }[]> {
    return this.dataSource.query(
      `SELECT r.key AS "sessionId", count(*)::int AS count, round(avg(r.value::int), 2)::float AS average
       FROM survey_answers a, jsonb_each_text(a.ratings) r
       WHERE a.survey_id = $1 GROUP BY r.key`,
      [surveyId],
    );
  }

  /** Per question (of those counted: choices and marks) and value: how many gave it, in one GROUP BY. */
  valueTotals(
    surveyId: string,
    questionIds: string[],
  ): Promise<{ questionId: string; value: string; count: number }[]> {
    return this.dataSource.query(
      `SELECT q.key AS "questionId", q.value #>> '{}' AS value, count(*)::int AS count
       FROM survey_answers a, jsonb_each(a.answers) q
       WHERE a.survey_id = $1 AND q.key = ANY($2::text[])
       GROUP BY q.key, q.value #>> '{}'`,
      [surveyId, questionIds],
    );
  }

  /** How many were asked: the event's checked-in participants. */
  async invitedCount(eventId: string): Promise<number> {
    const [row]: { count: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS count FROM registrations r WHERE r.event_id = $1 AND ${CHECKED_IN}`,
      [eventId],
    );
    return row.count;
  }
}
