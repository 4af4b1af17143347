import { Injectable } from '@nestjs/common';
import { AppError, pickText, writeSheet } from '@app/common';
import { type Language, SURVEY_SCALE } from '@app/contracts';
import type { AuthUser } from '../../platform/access/auth-user';
import { personName } from '../../directory/people/people.service';
import type { EventRow } from '../../forum/events/events.model';
import { type AnswerRow, FeedbackRepository, type SurveyRow } from './feedback.repository';
import { FeedbackService } from './feedback.service';
import { ratedSessions } from './survey-views';
import type { QuestionResultDto, SurveyResultsResponseDto } from './dto/survey.dto';

const MARKS = Array.from({ length: SURVEY_SCALE.max - SURVEY_SCALE.min + 1 }, (_, i) => SURVEY_SCALE.min + i);

const SHEET_TEXTS: Record<Language, { sheet: string; name: string; rating: string }> = {
  kk: { sheet: 'Жауаптар', name: 'Аты-жөні', rating: 'Баға' },
  ru: { sheet: 'Ответы', name: 'ФИО', rating: 'Оценка' },
  en: { sheet: 'Answers', name: 'Name', rating: 'Rating' },
};

/**
 * What a survey's participants thought, for its organizers: counts per session and question, mean marks, free texts,
 * and every answer as an XLSX sheet. An anonymous survey's results name nobody: the answers are read without their
 * person (see FeedbackRepository.answers), so no id or name can reach the response or the file.
 */
@Injectable()
export class FeedbackResultsService {
  constructor(
    private readonly feedback: FeedbackRepository,
    private readonly surveys: FeedbackService,
  ) {}

  async results(user: AuthUser, id: string, lang: Language): Promise<SurveyResultsResponseDto> {
    const { survey, event } = await this.readable(user, id);
    const counted = survey.questions.filter((q) => q.kind !== 'text').map((q) => q.id);
    const [sessions, ratings, values, answers, invited] = await Promise.all([
      this.feedback.sessionsOfEvents([survey.eventId]),
      this.feedback.ratingTotals(survey.id),
      this.feedback.valueTotals(survey.id, counted),
      this.feedback.answers(survey.id, survey.anonymous),
      this.feedback.invitedCount(event.id),
    ]);
    const countOf = (questionId: string, value: string): number =>
      values.find((v) => v.questionId === questionId && v.value === value)?.count ?? 0;
    const questions = survey.questions.map((q): QuestionResultDto => {
      const counts =
        q.kind === 'choice'
          ? q.options.map((o) => ({ value: o.id, label: pickText(o.text, lang) ?? '', count: countOf(q.id, o.id) }))
          : q.kind === 'scale'
            ? MARKS.map((mark) => ({ value: String(mark), label: String(mark), count: countOf(q.id, String(mark)) }))
            : [];
      const given = counts.reduce((sum, c) => sum + c.count, 0);
      const texts =
        q.kind === 'text'
          ? answers
              .filter((a) => typeof a.answers[q.id] === 'string')
              .map((a) => ({ text: String(a.answers[q.id]), ...this.author(a, survey, lang) }))
          : [];
      return {
        questionId: q.id,
        kind: q.kind,
        text: pickText(q.text, lang) ?? '',
        count: q.kind === 'text' ? texts.length : given,
        average:
          q.kind === 'scale' && given > 0
            ? Math.round((counts.reduce((sum, c) => sum + Number(c.value) * c.count, 0) / given) * 100) / 100
            : null,
        counts,
        texts,
      };
    });
    return {
      surveyId: survey.id,
      anonymous: survey.anonymous,
      invited,
      respondents: answers.length,
      sessions: ratedSessions(survey, sessions).map((s) => {
        const total = ratings.find((r) => r.sessionId === s.id);
        return {
          sessionId: s.id,
          title: pickText(s.title, lang) ?? '',
          count: total?.count ?? 0,
          average: total?.average ?? null,
        };
      }),
      questions,
    };
  }

  /** Every answer a row: the name first unless anonymous, a column per session rated and per question. */
  async xlsx(user: AuthUser, id: string, lang: Language): Promise<Buffer> {
    const { survey } = await this.readable(user, id);
    const t = SHEET_TEXTS[lang];
    const [all, answers] = await Promise.all([
      this.feedback.sessionsOfEvents([survey.eventId]),
      this.feedback.answers(survey.id, survey.anonymous),
    ]);
    const sessions = ratedSessions(survey, all);
    const named = !survey.anonymous;
    const header = [
      ...(named ? [t.name] : []),
      ...sessions.map((s) => `${t.rating}: ${pickText(s.title, lang) ?? ''}`),
      ...survey.questions.map((q) => pickText(q.text, lang) ?? ''),
    ];
    const rows = answers.map((a) => [
      ...(named ? [personName(a.fullName!, lang)] : []),
      ...sessions.map((s) => a.ratings[s.id] ?? null),
      ...survey.questions.map((q) => {
        const value = a.answers[q.id];
        const option = q.kind === 'choice' ? q.options.find((o) => o.id === value) : undefined;
        return option ? pickText(option.text, lang) : (value ?? null);
      }),
    ]);
    const widths = [...(named ? [36] : []), ...sessions.map(() => 18), ...survey.questions.map(() => 40)];
    return writeSheet(t.sheet, header, rows, widths);
  }

  private author(answer: AnswerRow, survey: SurveyRow, lang: Language): { personId?: string; name?: string } {
    return survey.anonymous ? {} : { personId: answer.personId, name: personName(answer.fullName, lang) };
  }

  private async readable(user: AuthUser, id: string): Promise<{ survey: SurveyRow; event: EventRow }> {
    const found = await this.surveys.surveyOf(id);
    if (!this.surveys.mayRead(user, found.event)) {
      throw AppError.forbidden();
    }
    return found;
  }
}
