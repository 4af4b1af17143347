import { type FormEvent, type ReactNode, useEffect, useState } from 'react';
import { SURVEY_SCALE, type SurveyQuestion, type SurveyResponse } from '@app/contracts';
import { api } from '../../lib/api';
import { asApiError } from '../../lib/forms';
import { formatInZone, pick, useLanguage, useTexts } from '../../lib/i18n';
import { Notice } from '../../lib/ui';
import { SURVEY_TEXTS } from './survey-messages';

const MARKS = Array.from({ length: SURVEY_SCALE.max - SURVEY_SCALE.min + 1 }, (_, i) => SURVEY_SCALE.min + i);

/** `/my`: the open surveys of the events I was checked in at, each answered (and changed) right on the card. */
export function SurveyCards(): ReactNode {
  const [surveys, setSurveys] = useState<SurveyResponse[]>([]);
  const { lang } = useLanguage();

  useEffect(() => {
    api<SurveyResponse[]>('GET', '/surveys/mine')
      .then((all) => setSurveys(all.filter((s) => s.state === 'open')))
      .catch(() => {
        // Offline or signed out: the registrations below say so.
      });
  }, [lang]);

  return (
    <>
      {surveys.map((survey) => (
        <SurveyCard key={survey.id} survey={survey} />
      ))}
    </>
  );
}

type Values = Record<string, string>;

function SurveyCard({ survey: first }: { survey: SurveyResponse }): ReactNode {
  const t = useTexts(SURVEY_TEXTS);
  const { lang } = useLanguage();
  const [survey, setSurvey] = useState(first);
  const [ratings, setRatings] = useState<Values>(() =>
    Object.fromEntries((first.mine?.ratings ?? []).map((r) => [r.sessionId, String(r.rating)])),
  );
  const [answers, setAnswers] = useState<Values>(() =>
    Object.fromEntries((first.mine?.answers ?? []).map((a) => [a.questionId, String(a.value)])),
  );
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const id = `survey-${survey.id}`;
  const until = formatInZone(survey.closesAt, survey.timeZone, lang, { dateStyle: 'long', timeStyle: 'short' });

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    setSaved(false);
    try {
      const body = {
        ratings: Object.entries(ratings).map(([sessionId, rating]) => ({ sessionId, rating: Number(rating) })),
        answers: survey.questions
          .filter((q) => (answers[q.id] ?? '').trim() !== '')
          .map((q) => ({ questionId: q.id, value: q.kind === 'scale' ? Number(answers[q.id]) : answers[q.id] })),
      };
      setSurvey(await api<SurveyResponse>('PUT', `/surveys/${survey.id}/answers/me`, { body }));
      setSaved(true);
    } catch (caught) {
      setFailure(t('failed', { message: asApiError(caught).message }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="survey-card" aria-labelledby={id} aria-busy={busy}>
      <h2 id={id}>
        {t('heading')}: {pick(survey.title, lang)}
      </h2>
      <p className="vote-event">{survey.eventTitle}</p>
      <p className="hint">{t('until', { until })}</p>
      {survey.anonymous && <p className="hint">{t('anonymous')}</p>}
      <form onSubmit={(e) => void submit(e)}>
        {survey.sessions.map((session) => (
          <Marks
            key={session.id}
            name={`${id}-rating-${session.id}`}
            legend={t('rate', { session: session.title })}
            required
            value={ratings[session.id]}
            onChange={(value) => setRatings((all) => ({ ...all, [session.id]: value }))}
          />
        ))}
        {survey.questions.map((question) => (
          <Question
            key={question.id}
            name={`${id}-${question.id}`}
            question={question}
            value={answers[question.id] ?? ''}
            onChange={(value) => setAnswers((all) => ({ ...all, [question.id]: value }))}
          />
        ))}
        <button type="submit" className="survey-send" disabled={busy}>
          {busy ? t('sending') : survey.mine ? t('change') : t('send')}
        </button>
      </form>
      <p aria-live="polite">{saved ? t('saved') : ''}</p>
      {failure && <Notice kind="error">{failure}</Notice>}
    </section>
  );
}

function Question(props: {
  name: string;
  question: SurveyQuestion;
  value: string;
  onChange: (value: string) => void;
}): ReactNode {
  const t = useTexts(SURVEY_TEXTS);
  const { lang } = useLanguage();
  const { name, question, value, onChange } = props;
  const label = `${pick(question.text, lang)}${question.required ? ` ${t('required')}` : ''}`;
  if (question.kind === 'scale') {
    return <Marks name={name} legend={label} required={question.required} value={value} onChange={onChange} />;
  }
  if (question.kind === 'text') {
    return (
      <div className="survey-question">
        <label htmlFor={name}>{label}</label>
        <textarea
          id={name}
          rows={3}
          maxLength={2000}
          required={question.required}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      </div>
    );
  }
  return (
    <fieldset className="survey-question">
      <legend>{label}</legend>
      {question.options.map((option) => (
        <label key={option.id} className="survey-option">
          <input
            type="radio"
            name={name}
            value={option.id}
            required={question.required}
            checked={value === option.id}
            onChange={() => onChange(option.id)}
          />{' '}
          {pick(option.text, lang)}
        </label>
      ))}
    </fieldset>
  );
}

/** Marks 1 to 5 as radio buttons big enough for a thumb. */
function Marks(props: {
  name: string;
  legend: string;
  required: boolean;
  value: string | undefined;
  onChange: (value: string) => void;
}): ReactNode {
  const t = useTexts(SURVEY_TEXTS);
  return (
    <fieldset className="survey-question">
      <legend>{props.legend}</legend>
      <div className="survey-marks">
        {MARKS.map((mark) => (
          <label key={mark} className="survey-mark">
            <input
              type="radio"
              name={props.name}
              value={mark}
              required={props.required}
              checked={props.value === String(mark)}
              aria-label={t('mark', { mark })}
              onChange={() => props.onChange(String(mark))}
            />
            <span aria-hidden="true">{mark}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
