import { Injectable } from '@nestjs/common';
import { AppError, type FieldIssue, formatLocalDate, formatLocalTime, toZonedIso } from '@app/common';
import { type Language, SURVEY_SCALE, type SurveyQuestion, type SurveyAnswerValue } from '@app/contracts';
import type { AuthUser } from '../../platform/access/auth-user';
import { mayAccessEvent } from '../../platform/access/event-access';
import type { EventRow } from '../../forum/events/events.model';
import { EventsService } from '../../forum/events/events.service';
import { type AnswerRow, FeedbackRepository, type SurveyRow } from './feedback.repository';
import { surveyState, SurveyViews } from './survey-views';
import {
  type CreateSurveyDto,
  MAX_TEXT_ANSWER,
  type SubmitAnswerDto,
  type SurveyQuestionDto,
  type SurveyResponseDto,
  type UpdateSurveyDto,
} from './dto/survey.dto';

/** A survey the demo writes as an organizer would, without a signed-in user. */
export interface SurveyToSeed {
  eventId: string;
  title: { kk: string; ru: string };
  anonymous: boolean;
  closesAt: Date;
  questions: SurveyQuestionDto[];
}

/** An instant written out in the event's zone and the reader's language. */
/** Whether two JSON values are equal, whatever the order of their objects' keys. */
function sameJson(a: unknown, b: unknown): boolean {
  const canonical = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(canonical)
      : value && typeof value === 'object'
        ? Object.fromEntries(
            Object.keys(value)
              .sort()
              .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
          )
        : value;
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

export function whenText(instant: Date, timeZone: string, lang: Language): string {
  const iso = toZonedIso(new Date(instant), timeZone);
  return `${formatLocalDate(iso, timeZone, lang)} ${formatLocalTime(iso, timeZone)}`;
}

/** Ids given are kept (answers refer to them); the others are made, unique within the list. */
function withIds<T extends { id?: string }>(items: T[], prefix: string, field: string): (T & { id: string })[] {
  const taken = new Set<string>();
  items.forEach((item, i) => {
    if (item.id !== undefined && taken.has(item.id)) {
      throw AppError.validation([{ field: `${field}.${i}.id`, code: 'unique' }]);
    }
    taken.add(item.id ?? '');
  });
  let next = 1;
  return items.map((item) => {
    if (item.id !== undefined) {
      return item as T & { id: string };
    }
    while (taken.has(`${prefix}${next}`)) {
      next++;
    }
    taken.add(`${prefix}${next}`);
    return { ...item, id: `${prefix}${next}` };
  });
}

function toQuestions(dtos: SurveyQuestionDto[]): SurveyQuestion[] {
  return withIds(dtos, 'q', 'questions').map((q, i) => {
    const options = q.kind === 'choice' ? withIds(q.options ?? [], 'o', `questions.${i}.options`) : [];
    if (q.kind === 'choice' && options.length < 2) {
      throw AppError.validation([{ field: `questions.${i}.options`, code: 'arrayNotEmpty' }]);
    }
    return {
      id: q.id,
      kind: q.kind,
      text: q.text,
      required: q.required ?? false,
      options: options.map((o) => ({ id: o.id, text: o.text })),
    };
  });
}

/**
 * Feedback surveys: an event's organizers write one for the event or a session, which opens when that ends and
 * closes when they say; registered participants who were checked in answer once each (and may change it until it
 * closes), rating each session they attended.
 */
@Injectable()
export class FeedbackService {
  constructor(
    private readonly feedback: FeedbackRepository,
    private readonly events: EventsService,
    private readonly views: SurveyViews,
  ) {}

  async create(user: AuthUser, eventId: string, dto: CreateSurveyDto, lang: Language): Promise<SurveyResponseDto> {
    const event = await this.managedEvent(user, eventId);
    const opensAt = dto.sessionId ? await this.feedback.sessionEnd(event.id, dto.sessionId) : new Date(event.endsAt);
    if (!opensAt) {
      throw new AppError('REFERENCE_NOT_FOUND', {}, [{ field: 'sessionId', code: 'exists' }]);
    }
    this.checkCloses({ opensAt }, new Date(dto.closesAt));
    const questions = toQuestions(dto.questions);
    const id = await this.feedback.insert({
      eventId: event.id,
      sessionId: dto.sessionId ?? null,
      title: dto.title,
      questions,
      anonymous: dto.anonymous ?? false,
      closesAt: new Date(dto.closesAt),
      createdBy: user.id,
    });
    if (!id) {
      throw new AppError('SURVEY_EXISTS');
    }
    const survey = (await this.feedback.findById(id))!;
    return this.toResponse(user, survey, event, lang);
  }

  /** The demo's survey of a forum. */
  async seed(survey: SurveyToSeed): Promise<void> {
    await this.feedback.insert({
      eventId: survey.eventId,
      sessionId: null,
      title: survey.title,
      questions: toQuestions(survey.questions),
      anonymous: survey.anonymous,
      closesAt: survey.closesAt,
      createdBy: null,
    });
  }

  async update(
    user: AuthUser,
    id: string,
    dto: UpdateSurveyDto,
    version: number | undefined,
    lang: Language,
  ): Promise<SurveyResponseDto> {
    const { survey, event } = await this.surveyOf(id);
    if (!mayAccessEvent(user, event, 'manage')) {
      throw AppError.forbidden();
    }
    const closesAt = dto.closesAt ? new Date(dto.closesAt) : survey.closesAt;
    this.checkCloses(survey, closesAt);
    const anonymous = dto.anonymous ?? survey.anonymous;
    // Once it opened (and so was announced as anonymous), its answers stay anonymous.
    if (survey.anonymous && !anonymous && (survey.invitedAt || surveyState(survey, new Date()) !== 'upcoming')) {
      throw new AppError('SURVEY_ANONYMITY_PROMISED');
    }
    const fields = {
      title: dto.title ?? survey.title,
      questions: dto.questions ? toQuestions(dto.questions) : survey.questions,
      anonymous,
      closesAt,
    };
    // What the answers were given to is fixed once there are any; its closing time may still move.
    const contentChanged =
      !sameJson(fields.title, survey.title) ||
      !sameJson(fields.questions, survey.questions) ||
      anonymous !== survey.anonymous;
    const outcome = await this.feedback.update(id, version ?? survey.version, fields, contentChanged);
    if (outcome === 'answered') {
      throw new AppError('SURVEY_ANSWERED');
    }
    if (outcome === 'stale') {
      throw AppError.versionMismatch();
    }
    return this.toResponse(user, (await this.feedback.findById(id))!, event, lang);
  }

  /** The survey: for the event's organizers and staff, and for those who may answer it; 404 for everyone else. */
  async get(user: AuthUser, id: string, lang: Language): Promise<SurveyResponseDto> {
    const { survey, event } = await this.surveyOf(id);
    if (!this.mayRead(user, event) && !(await this.views.attended(survey, user.personId))) {
      throw AppError.notFound();
    }
    return this.toResponse(user, survey, event, lang);
  }

  async listForEvent(user: AuthUser, eventId: string, lang: Language): Promise<SurveyResponseDto[]> {
    const event = await this.events.findRow(eventId);
    if (!event) {
      throw AppError.notFound();
    }
    if (!this.mayRead(user, event)) {
      throw AppError.forbidden();
    }
    return this.views.responses(user, await this.feedback.listForEvent(event.id), [event], lang);
  }

  /** The surveys of the events the signed-in person was checked in at, opened ones first. */
  async mine(user: AuthUser, lang: Language): Promise<SurveyResponseDto[]> {
    if (!user.personId) {
      return [];
    }
    const surveys = await this.feedback.listForPerson(user.personId);
    const events = await this.events.rowsByIds([...new Set(surveys.map((s) => s.eventId))]);
    return this.views.responses(user, surveys, events, lang);
  }

  /** The signed-in participant's answer, first or changed, while the survey is open. */
  async answer(user: AuthUser, id: string, dto: SubmitAnswerDto, lang: Language): Promise<SurveyResponseDto> {
    const { survey, event } = await this.surveyOf(id);
    const eligible = await this.views.attended(survey, user.personId);
    if (!eligible) {
      throw new AppError('SURVEY_NOT_ELIGIBLE');
    }
    const now = new Date();
    const state = surveyState(survey, now);
    if (state === 'upcoming') {
      throw new AppError('SURVEY_NOT_OPEN', { opensAt: whenText(survey.opensAt, event.timeZone, lang) });
    }
    const closed = new AppError('SURVEY_CLOSED', { closesAt: whenText(survey.closesAt, event.timeZone, lang) });
    if (state === 'closed') {
      throw closed;
    }
    const answer = this.checkAnswer(
      survey.questions,
      eligible.sessions.map((s) => s.id),
      dto,
    );
    if (!(await this.feedback.saveAnswer(survey.id, eligible.respondent, answer, now))) {
      throw closed;
    }
    return this.toResponse(user, survey, event, lang);
  }

  /** Ratings of exactly the sessions attended; answers to known questions, of their kind; required ones given. */
  private checkAnswer(
    questions: SurveyQuestion[],
    attended: string[],
    dto: SubmitAnswerDto,
  ): Pick<AnswerRow, 'ratings' | 'answers'> {
    const issues: FieldIssue[] = [];
    const ratings: Record<string, number> = {};
    dto.ratings.forEach((r, i) => {
      if (!attended.includes(r.sessionId)) {
        issues.push({ field: `ratings.${i}.sessionId`, code: 'exists' });
      }
      ratings[r.sessionId] = r.rating;
    });
    attended
      .filter((sessionId) => ratings[sessionId] === undefined)
      .forEach(() => issues.push({ field: 'ratings', code: 'isDefined' }));
    const answers: Record<string, string | number> = {};
    dto.answers.forEach((a, i) => {
      const question = questions.find((q) => q.id === a.questionId);
      const problem = question ? this.valueProblem(question, a) : 'exists';
      if (problem) {
        issues.push({ field: `answers.${i}.${problem === 'exists' ? 'questionId' : 'value'}`, code: problem });
      } else if (a.value !== '') {
        answers[a.questionId] = typeof a.value === 'string' ? a.value.trim() : a.value;
      }
    });
    questions
      .filter((q) => q.required && answers[q.id] === undefined)
      .forEach((q) => issues.push({ field: `answers.${q.id}`, code: 'isDefined' }));
    if (issues.length > 0) {
      throw AppError.validation(issues);
    }
    return { ratings, answers };
  }

  private valueProblem(question: SurveyQuestion, answer: SurveyAnswerValue): string | undefined {
    const { value } = answer;
    switch (question.kind) {
      case 'choice':
        return question.options.some((o) => o.id === value) ? undefined : 'isIn';
      case 'scale':
        return Number.isInteger(value) && Number(value) >= SURVEY_SCALE.min && Number(value) <= SURVEY_SCALE.max
          ? undefined
          : 'isIn';
      case 'text':
        return typeof value !== 'string' ? 'isString' : value.length > MAX_TEXT_ANSWER ? 'maxLength' : undefined;
    }
  }

  /** The survey and its event: 404 for either unknown. */
  async surveyOf(id: string): Promise<{ survey: SurveyRow; event: EventRow }> {
    const survey = await this.feedback.findById(id);
    const event = survey ? await this.events.findRow(survey.eventId) : undefined;
    if (!survey || !event) {
      throw AppError.notFound();
    }
    return { survey, event };
  }

  /** Results and the survey itself as written: the event's organizers and staff (admins always). */
  mayRead(user: AuthUser | undefined, event: EventRow): boolean {
    return mayAccessEvent(user, event, 'manage') || mayAccessEvent(user, event, 'watch');
  }

  private checkCloses(survey: Pick<SurveyRow, 'opensAt'>, closesAt: Date): void {
    if (closesAt <= new Date(survey.opensAt)) {
      throw AppError.validation([{ field: 'closesAt', code: 'endsAfterStart' }]);
    }
  }

  private async managedEvent(user: AuthUser, eventId: string): Promise<EventRow> {
    const event = await this.events.findRow(eventId);
    if (!event) {
      throw AppError.notFound();
    }
    if (!mayAccessEvent(user, event, 'manage')) {
      throw AppError.forbidden();
    }
    return event;
  }

  private async toResponse(
    user: AuthUser,
    survey: SurveyRow,
    event: EventRow,
    lang: Language,
  ): Promise<SurveyResponseDto> {
    const [response] = await this.views.responses(user, [survey], [event], lang);
    return response;
  }
}
