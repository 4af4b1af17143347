import { type FormEvent, type ReactNode, useCallback, useEffect, useState } from 'react';
import type { SurveyQuestionKind, SurveyResponse, SurveyResultsResponse } from '@app/contracts';
import { api, type ApiError } from '../../lib/api';
import { downloadFile } from '../../lib/files';
import { asApiError, fieldMessage, SelectField, TextField } from '../../lib/forms';
import { pick, useLanguage, useTexts } from '../../lib/i18n';
import { Notice } from '../../lib/ui';
import { FEEDBACK_TEXTS } from './feedback-messages';
import { localInputToIso } from './time';
import type { EventData } from './types';

interface Draft {
  kind: SurveyQuestionKind;
  kk: string;
  ru: string;
  options: string;
}

const KINDS: SurveyQuestionKind[] = ['choice', 'scale', 'text'];
const emptyDraft = (): Draft => ({ kind: 'scale', kk: '', ru: '', options: '' });

/** "Иә / Да" lines → options in kk and ru (Russian repeats Kazakh when left out). */
function toOptions(lines: string): { text: { kk: string; ru: string } }[] {
  return lines
    .split('\n')
    .map((line) => line.split('/').map((part) => part.trim()))
    .filter(([kk]) => kk)
    .map(([kk, ru]) => ({ text: { kk, ru: ru || kk } }));
}

/** The organizer's Feedback tab: the event's surveys with their results, and a form for a new one. */
export function FeedbackPanel({ event }: { event: EventData }): ReactNode {
  const t = useTexts(FEEDBACK_TEXTS);
  const { lang } = useLanguage();
  const [surveys, setSurveys] = useState<SurveyResponse[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  const load = useCallback(async () => {
    try {
      setSurveys(await api<SurveyResponse[]>('GET', `/events/${event.id}/surveys`));
    } catch (caught) {
      setError(asApiError(caught));
    }
  }, [event.id]);
  useEffect(() => {
    void load();
  }, [load, lang]);

  return (
    <div className="feedback-panel">
      {error && <Notice kind="error">{error.message}</Notice>}
      {surveys?.length === 0 && <p>{t('none')}</p>}
      {surveys?.map((survey) => (
        <SurveyResults key={survey.id} survey={survey} />
      ))}
      {surveys && !surveys.some((s) => s.sessionId === null) && <NewSurvey event={event} onCreated={load} />}
    </div>
  );
}

function NewSurvey({ event, onCreated }: { event: EventData; onCreated: () => Promise<void> }): ReactNode {
  const t = useTexts(FEEDBACK_TEXTS);
  const [kk, setKk] = useState('');
  const [ru, setRu] = useState('');
  const [closesAt, setClosesAt] = useState('');
  const [anonymous, setAnonymous] = useState(false);
  const [drafts, setDrafts] = useState<Draft[]>([emptyDraft()]);
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState(false);
  const change = (i: number, patch: Partial<Draft>): void =>
    setDrafts((all) => all.map((d, j) => (j === i ? { ...d, ...patch } : d)));

  const submit = async (submitEvent: FormEvent): Promise<void> => {
    submitEvent.preventDefault();
    setError(null);
    try {
      await api('POST', `/events/${event.id}/surveys`, {
        body: {
          title: { kk, ru },
          closesAt: localInputToIso(closesAt, event.timeZone),
          anonymous,
          questions: drafts.map((d) => ({
            kind: d.kind,
            text: { kk: d.kk, ru: d.ru },
            ...(d.kind === 'choice' ? { options: toOptions(d.options) } : {}),
          })),
        },
      });
      setDone(true);
      await onCreated();
    } catch (caught) {
      setError(asApiError(caught));
    }
  };

  return (
    <form className="survey-form" onSubmit={(e) => void submit(e)} aria-labelledby="new-survey">
      <h3 id="new-survey">{t('newSurvey')}</h3>
      {done && <Notice kind="ok">{t('created')}</Notice>}
      {error && <Notice kind="error">{error.message}</Notice>}
      <TextField id="survey-kk" label={t('titleKk')} value={kk} onChange={setKk} required lang="kk" />
      <TextField id="survey-ru" label={t('titleRu')} value={ru} onChange={setRu} required lang="ru" />
      <TextField
        id="survey-closes"
        label={t('closesAt')}
        type="datetime-local"
        value={closesAt}
        onChange={setClosesAt}
        required
        error={fieldMessage(error, 'closesAt')}
      />
      <label className="checkbox">
        <input type="checkbox" checked={anonymous} onChange={(e) => setAnonymous(e.target.checked)} /> {t('anonymous')}
      </label>
      {drafts.map((d, i) => (
        <fieldset key={i} className="survey-draft">
          <legend>{t('question', { n: i + 1 })}</legend>
          <SelectField
            id={`q${i}-kind`}
            label={t('question', { n: i + 1 })}
            value={d.kind}
            onChange={(kind) => change(i, { kind: kind as SurveyQuestionKind })}
            options={KINDS.map((kind) => ({ value: kind, label: t(`kind_${kind}`) }))}
          />
          <TextField
            id={`q${i}-kk`}
            label={t('textKk')}
            value={d.kk}
            onChange={(v) => change(i, { kk: v })}
            lang="kk"
          />
          <TextField
            id={`q${i}-ru`}
            label={t('textRu')}
            value={d.ru}
            onChange={(v) => change(i, { ru: v })}
            lang="ru"
          />
          {d.kind === 'choice' && (
            <TextField
              id={`q${i}-options`}
              label={t('options')}
              hint={t('optionsHint')}
              multiline
              value={d.options}
              onChange={(v) => change(i, { options: v })}
            />
          )}
        </fieldset>
      ))}
      <div className="actions">
        <button type="button" onClick={() => setDrafts((all) => [...all, emptyDraft()])}>
          {t('addQuestion')}
        </button>
        <button type="submit">{t('create')}</button>
      </div>
    </form>
  );
}

function SurveyResults({ survey }: { survey: SurveyResponse }): ReactNode {
  const t = useTexts(FEEDBACK_TEXTS);
  const { lang } = useLanguage();
  const [results, setResults] = useState<SurveyResultsResponse | null>(null);
  const id = `survey-${survey.id}`;
  useEffect(() => {
    api<SurveyResultsResponse>('GET', `/surveys/${survey.id}/results`)
      .then(setResults)
      .catch(() => setResults(null));
  }, [survey.id, lang]);

  return (
    <section className="survey-results" aria-labelledby={id}>
      <h3 id={id}>
        {pick(survey.title, lang)} · {t(`state_${survey.state}`)}
      </h3>
      {results && (
        <>
          <p>{t('respondents', { respondents: results.respondents, invited: results.invited })}</p>
          <table>
            <caption>{t('ratings')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('session')}</th>
                <th scope="col">{t('count')}</th>
                <th scope="col">{t('average')}</th>
              </tr>
            </thead>
            <tbody>
              {results.sessions.map((s) => (
                <tr key={s.sessionId}>
                  <th scope="row">{s.title}</th>
                  <td>{s.count}</td>
                  <td>{s.average ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {results.questions.map((q) => (
            <QuestionResult key={q.questionId} question={q} />
          ))}
          <button
            type="button"
            onClick={() => void downloadFile(`/surveys/${survey.id}/results.xlsx`, 'survey-results.xlsx', lang)}
          >
            {t('xlsx')}
          </button>
        </>
      )}
    </section>
  );
}

const BAR_WIDTH = 240;

/** Counts as bars (a picture for the eye) and the same numbers in a table (what screen readers and tests read). */
function QuestionResult({ question }: { question: SurveyResultsResponse['questions'][number] }): ReactNode {
  const t = useTexts(FEEDBACK_TEXTS);
  const most = Math.max(1, ...question.counts.map((c) => c.count));
  const id = `question-${question.questionId}`;
  return (
    <div className="question-result">
      <h4 id={id}>{question.text}</h4>
      {question.counts.length > 0 && (
        <>
          <svg
            viewBox={`0 0 ${BAR_WIDTH + 40} ${question.counts.length * 22}`}
            role="img"
            aria-labelledby={id}
            className="survey-chart"
          >
            {question.counts.map((c, i) => (
              <g key={c.value}>
                <rect y={i * 22 + 3} height={16} width={(c.count / most) * BAR_WIDTH} className="survey-bar" />
                <text x={(c.count / most) * BAR_WIDTH + 6} y={i * 22 + 16} className="survey-bar-label">
                  {c.count}
                </text>
              </g>
            ))}
          </svg>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('answer')}</th>
                <th scope="col">{t('count')}</th>
              </tr>
            </thead>
            <tbody>
              {question.counts.map((c) => (
                <tr key={c.value}>
                  <th scope="row">{c.label}</th>
                  <td>{c.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {question.average !== null && (
            <p>
              {t('average')}: {question.average}
            </p>
          )}
        </>
      )}
      {question.texts.length > 0 && (
        <ul aria-label={t('texts')}>
          {question.texts.map((x, i) => (
            <li key={i}>
              {x.text}
              {x.name && <span className="hint"> — {x.name}</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
