import { Injectable } from '@nestjs/common';
import { pickText, toZonedIso } from '@app/common';
import type { Language, SurveyState } from '@app/contracts';
import type { AuthUser } from '../../platform/access/auth-user';
import type { EventRow } from '../../forum/events/events.model';
import { FeedbackRepository, type Respondent, type SurveyRow, type SurveySession } from './feedback.repository';
import type { SurveyResponseDto } from './dto/survey.dto';

export function surveyState(survey: Pick<SurveyRow, 'opensAt' | 'closesAt'>, now: Date): SurveyState {
  return now < new Date(survey.opensAt) ? 'upcoming' : now < new Date(survey.closesAt) ? 'open' : 'closed';
}

/** The sessions a survey rates: its own session, or every session of its event but breaks, in agenda order. */
export function ratedSessions(survey: Pick<SurveyRow, 'eventId' | 'sessionId'>, sessions: SurveySession[]) {
  return sessions.filter((s) => s.eventId === survey.eventId && (!survey.sessionId || s.id === survey.sessionId));
}

/**
 * The rated sessions one registration attended: those it was checked in at; a session's own survey always rates its
 * session (checked in at the door is enough).
 */
export function attendedSessions(
  survey: Pick<SurveyRow, 'eventId' | 'sessionId'>,
  sessions: SurveySession[],
  checkedInAt: Set<string>,
): SurveySession[] {
  return ratedSessions(survey, sessions).filter((s) => survey.sessionId || checkedInAt.has(s.id));
}

/** Surveys as the signed-in user sees them, a page at a time in four queries, whatever the number of surveys. */
@Injectable()
export class SurveyViews {
  constructor(private readonly feedback: FeedbackRepository) {}

  /** The person's checked-in registration and the sessions they rate: undefined when they may not answer it. */
  async attended(
    survey: SurveyRow,
    personId: string | null,
  ): Promise<{ respondent: Respondent; sessions: SurveySession[] } | undefined> {
    const [respondent] = personId ? await this.feedback.respondents([survey.eventId], personId) : [];
    if (!respondent) {
      return undefined;
    }
    const [sessions, checkIns] = await Promise.all([
      this.feedback.sessionsOfEvents([survey.eventId]),
      this.feedback.sessionCheckIns([respondent.registrationId]),
    ]);
    return { respondent, sessions: attendedSessions(survey, sessions, new Set(checkIns.map((c) => c.sessionId))) };
  }

  async responses(
    user: AuthUser,
    surveys: SurveyRow[],
    events: EventRow[],
    lang: Language,
  ): Promise<SurveyResponseDto[]> {
    const eventIds = [...new Set(surveys.map((s) => s.eventId))];
    const personId = user.personId;
    const [sessions, respondents, answers] = await Promise.all([
      this.feedback.sessionsOfEvents(eventIds),
      personId ? this.feedback.respondents(eventIds, personId) : [],
      personId
        ? this.feedback.answersOf(
            surveys.map((s) => s.id),
            personId,
          )
        : [],
    ]);
    const checkIns = await this.feedback.sessionCheckIns(respondents.map((r) => r.registrationId));
    const now = new Date();
    return surveys.flatMap((survey): SurveyResponseDto[] => {
      const event = events.find((e) => e.id === survey.eventId);
      if (!event) {
        return [];
      }
      const respondent = respondents.find((r) => r.eventId === survey.eventId);
      const shown = respondent
        ? attendedSessions(
            survey,
            sessions,
            new Set(checkIns.filter((c) => c.registrationId === respondent.registrationId).map((c) => c.sessionId)),
          )
        : ratedSessions(survey, sessions);
      const mine = answers.find((a) => a.surveyId === survey.id);
      const state = surveyState(survey, now);
      const zoned = (instant: Date): string => toZonedIso(new Date(instant), event.timeZone);
      return [
        {
          id: survey.id,
          eventId: survey.eventId,
          sessionId: survey.sessionId,
          eventTitle: pickText(event.title, lang) ?? '',
          timeZone: event.timeZone,
          title: survey.title,
          questions: survey.questions,
          anonymous: survey.anonymous,
          opensAt: zoned(survey.opensAt),
          closesAt: zoned(survey.closesAt),
          state,
          version: survey.version,
          sessions: shown.map((s) => ({ id: s.id, title: pickText(s.title, lang) ?? '' })),
          mine: mine
            ? {
                ratings: Object.entries(mine.ratings).map(([sessionId, rating]) => ({ sessionId, rating })),
                answers: Object.entries(mine.answers).map(([questionId, value]) => ({ questionId, value })),
                updatedAt: zoned(mine.updatedAt),
              }
            : null,
          canAnswer: !!respondent && state === 'open',
        },
      ];
    });
  }
}
