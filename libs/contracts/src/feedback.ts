import type { LocalizedText } from './languages';

export const SURVEY_QUESTION_KINDS = ['choice', 'scale', 'text'] as const;
/** A question of one option picked, a mark from 1 to 5, or a free text. */
export type SurveyQuestionKind = (typeof SURVEY_QUESTION_KINDS)[number];

/** Marks of a scale question and of a session's rating. */
export const SURVEY_SCALE = { min: 1, max: 5 } as const;

/** `upcoming` until the event (or session) ends, `open` until it closes, then `closed`. */
export type SurveyState = 'upcoming' | 'open' | 'closed';

export interface SurveyQuestion {
  id: string;
  kind: SurveyQuestionKind;
  text: LocalizedText;
  required: boolean;
  /** Choice questions only. */
  options: { id: string; text: LocalizedText }[];
}

/** One answer to one question: an option's id, a mark, or a text. */
export interface SurveyAnswerValue {
  questionId: string;
  value: string | number;
}

export interface SurveyResponse {
  id: string;
  eventId: string;
  sessionId: string | null;
  /** In the asked language. */
  eventTitle: string;
  /** The event's IANA zone, to write its instants in. */
  timeZone: string;
  title: LocalizedText;
  questions: SurveyQuestion[];
  anonymous: boolean;
  opensAt: string;
  closesAt: string;
  state: SurveyState;
  version: number;
  /** The sessions the signed-in participant attended: each is rated (organizers: every session of the survey). */
  sessions: { id: string; title: string }[];
  /** The signed-in participant's answer, if any. */
  mine: { ratings: { sessionId: string; rating: number }[]; answers: SurveyAnswerValue[]; updatedAt: string } | null;
  /** Whether the signed-in user may answer now. */
  canAnswer: boolean;
}

export interface SurveyResultsResponse {
  surveyId: string;
  anonymous: boolean;
  /** Checked-in participants (those asked) and those who answered. */
  invited: number;
  respondents: number;
  sessions: { sessionId: string; title: string; count: number; average: number | null }[];
  questions: {
    questionId: string;
    kind: SurveyQuestionKind;
    text: string;
    count: number;
    average: number | null;
    /** Choice: one per option; scale: one per mark. */
    counts: { value: string; label: string; count: number }[];
    /** Free texts; `personId` and `name` only when the survey is not anonymous. */
    texts: { text: string; personId?: string; name?: string }[];
  }[];
}
