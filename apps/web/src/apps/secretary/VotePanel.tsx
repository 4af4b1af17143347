import { type FormEvent, type ReactNode, useCallback, useEffect, useState } from 'react';
import { api, ApiError } from '../../lib/api';
import { useTexts } from '../../lib/i18n';
import { Notice } from '../../lib/ui';
import { apiFieldErrors, asApiError, TextField, type FieldErrors } from '../../lib/forms';
import { emptyText, LangFields, type LangValues, toText } from '../../lib/lang-fields';
import { isoToLocalInput, localInputToIso } from '../organizer/time';
import { Lookup, searchPeople, type Choice } from './Lookup';
import { TEXTS } from './messages';
import { PollPanel } from './PollPanel';
import { POLL_TEXTS } from './poll-messages';
import { liveQuorum } from './quorum';
import type { QuorumState, Resolution } from './types';
import { checkCount } from './validate';

const REFRESH_MS = 15000;

interface VotePanelProps {
  resolution: Resolution;
  /** The text has unsaved edits: adopting would freeze the saved one, so ask to save first. */
  textDirty: boolean;
  onAdopted: (adopted: Resolution) => void;
  /** The forum's zone: the time of adoption is typed in it. */
  timeZone: string;
}

/**
 * When the form proposes it was adopted: nothing (now) while the adopting session has not ended; once it has, a
 * late record, its end (the secretary corrects it). The API refuses a time before the session or after the event.
 */
export function proposedAdoption(resolution: Pick<Resolution, 'session'>, timeZone: string, now = new Date()): string {
  const ends = resolution.session?.endsAt;
  return ends && new Date(ends) < now ? isoToLocalInput(ends, timeZone) : '';
}

/** What the API records with the vote whichever way it is taken: the chair, the place, the time (now when empty). */
export function adoptionRecord(
  chairId: string | undefined,
  place: LangValues,
  adoptedAt: string,
  timeZone: string,
): Record<string, unknown> {
  return {
    ...(chairId ? { chairId } : {}),
    place: toText(place),
    ...(adoptedAt ? { adoptedAt: localInputToIso(adoptedAt, timeZone) || adoptedAt } : {}),
  };
}

/** The vote: the live quorum, the present count prefilled from check-ins, for/against/abstained, adopt. */
export function VotePanel({ resolution, textDirty, onAdopted, timeZone }: VotePanelProps): ReactNode {
  const t = useTexts(TEXTS);
  const [quorum, setQuorum] = useState<QuorumState | undefined>();
  const [loaded, setLoaded] = useState(false);
  const [present, setPresent] = useState('');
  const [presentEdited, setPresentEdited] = useState(false);
  const [votes, setVotes] = useState({ for: '', against: '0', abstained: '0' });
  const [chair, setChair] = useState<Choice | null>(null);
  const [place, setPlace] = useState<LangValues>(emptyText);
  const [adoptedAt, setAdoptedAt] = useState(() => proposedAdoption(resolution, timeZone));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [mode, setMode] = useState<'counts' | 'roll_call' | 'electronic'>('counts');
  const tp = useTexts(POLL_TEXTS);

  const refresh = useCallback(async (): Promise<void> => {
    try {
      const report = await api<{ quorum?: QuorumState[] }>('GET', `/events/${resolution.eventId}/attendance?by=role`);
      setQuorum(liveQuorum(report.quorum, resolution.sessionId));
    } catch {
      setQuorum(undefined);
    }
    setLoaded(true);
  }, [resolution.eventId, resolution.sessionId]);

  useEffect(() => {
    void refresh();
    const timer = setInterval(() => void refresh(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [refresh]);

  // The count follows the check-ins until the secretary types their own.
  useEffect(() => {
    if (quorum && !presentEdited) {
      setPresent(String(quorum.present));
    }
  }, [quorum, presentEdited]);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setFailure(null);
    const found: FieldErrors = {};
    const presentCount = checkCount(found, 'presentCount', present, t);
    const votesFor = checkCount(found, 'votesFor', votes.for, t);
    const votesAgainst = checkCount(found, 'votesAgainst', votes.against, t);
    const votesAbstained = checkCount(found, 'votesAbstained', votes.abstained, t);
    if (
      presentCount !== undefined &&
      votesFor !== undefined &&
      votesAgainst !== undefined &&
      votesAbstained !== undefined &&
      votesFor + votesAgainst + votesAbstained > presentCount
    ) {
      found.votesFor = t('votesExceed');
    }
    checkRecord(found);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      return;
    }
    setBusy(true);
    try {
      const adopted = await api<Resolution>('POST', `/resolutions/${resolution.id}/adopt`, {
        body: { votesFor, votesAgainst, votesAbstained, presentCount, ...record },
      });
      onAdopted(adopted);
    } catch (caught) {
      const error = asApiError(caught);
      setFailure(error);
      setErrors(apiFieldErrors(error));
      void refresh();
    } finally {
      setBusy(false);
    }
  };

  const record = adoptionRecord(chair?.id, place, adoptedAt, timeZone);
  // The place's messages, typed here or from the API, in the shape the kk/ru fields read.
  const placeErrors = new ApiError(
    400,
    'VALIDATION_FAILED',
    '',
    Object.entries(errors).flatMap(([field, message]) =>
      field.startsWith('place') && message ? [{ field, code: 'invalid', message }] : [],
    ),
  );

  /** The chair, the place and (for counts typed) the time are required before the API is asked. */
  const checkRecord = (found: FieldErrors): void => {
    if (!chair) {
      found.chairId = t('required');
    }
    for (const lang of ['kk', 'ru'] as const) {
      if (!place[lang].trim()) {
        found[`place.${lang}`] = t('required');
      }
    }
  };

  /** Who signs as chair, where and when it was adopted: asked the same way whichever way the vote is taken. */
  const adoptionFields = (prefix: string): ReactNode => (
    <>
      <Lookup
        id={`${prefix}chairId`}
        label={t('chairLabel')}
        searchLabel={t('searchChair')}
        noneLabel={t('none')}
        value={chair}
        search={searchPeople}
        error={errors.chairId}
        onChange={setChair}
      />
      <LangFields
        id={`${prefix}place`}
        field="place"
        legend={t('placeLabel')}
        values={place}
        onChange={setPlace}
        error={placeErrors}
        required
        languages={['kk', 'ru']}
      />
      <TextField
        id={`${prefix}adoptedAt`}
        type="datetime-local"
        label={t('adoptedAtLabel')}
        hint={t('adoptedAtHint')}
        value={adoptedAt}
        error={errors.adoptedAt}
        onChange={setAdoptedAt}
      />
    </>
  );

  return (
    <section className="sec-panel" aria-labelledby="vote-heading">
      <h2 id="vote-heading">{t('vote')}</h2>
      <div className="sec-quorum" aria-live="polite">
        {!loaded ? (
          <p>{t('loading')}</p>
        ) : quorum ? (
          <>
            <p>
              <strong className={quorum.reached ? 'sec-badge sec-badge-ok' : 'sec-badge sec-badge-warn'}>
                {quorum.reached ? t('quorumReached') : t('quorumNotReached')}
              </strong>{' '}
              <span data-testid="quorum-state">
                {t('quorumState', { present: quorum.present, members: quorum.members, required: quorum.required })}
              </span>
            </p>
          </>
        ) : (
          <p>{t('quorumUndefined')}</p>
        )}
        <button type="button" className="secondary" onClick={() => void refresh()}>
          {t('refresh')}
        </button>
      </div>
      <fieldset className="sec-modes">
        <legend>{tp('modeLegend')}</legend>
        {(
          [
            ['counts', tp('modeCounts')],
            ['roll_call', tp('modeRollCall')],
            ['electronic', tp('modeElectronic')],
          ] as const
        ).map(([value, label]) => (
          <label key={value}>
            <input
              type="radio"
              name="vote-mode"
              value={value}
              checked={mode === value}
              onChange={() => setMode(value)}
            />{' '}
            {label}
          </label>
        ))}
      </fieldset>
      {mode !== 'counts' && (
        <>
          {adoptionFields('poll-')}
          {textDirty && <Notice kind="warn">{t('saveBeforeAdopt')}</Notice>}
          <PollPanel resolution={resolution} mode={mode} record={record} textDirty={textDirty} onAdopted={onAdopted} />
        </>
      )}
      <form
        className="sec-form"
        hidden={mode !== 'counts'}
        onSubmit={(event) => void submit(event)}
        noValidate
        aria-busy={busy}
      >
        {failure && (
          <Notice kind="error">
            <p className="sec-inline">{failure.message}</p>
            {failure.code === 'NO_QUORUM' && <p className="sec-inline">{t('noQuorumExplained')}</p>}
          </Notice>
        )}
        <div className="sec-row sec-row-4">
          <TextField
            id="presentCount"
            type="number"
            min={0}
            label={t('present')}
            hint={quorum ? t('presentHint') : undefined}
            value={present}
            error={errors.presentCount}
            onChange={(value) => {
              setPresent(value);
              setPresentEdited(true);
            }}
          />
          <TextField
            id="votesFor"
            type="number"
            min={0}
            label={t('votesFor')}
            value={votes.for}
            error={errors.votesFor}
            onChange={(value) => setVotes((v) => ({ ...v, for: value }))}
          />
          <TextField
            id="votesAgainst"
            type="number"
            min={0}
            label={t('votesAgainst')}
            value={votes.against}
            error={errors.votesAgainst}
            onChange={(value) => setVotes((v) => ({ ...v, against: value }))}
          />
          <TextField
            id="votesAbstained"
            type="number"
            min={0}
            label={t('votesAbstained')}
            value={votes.abstained}
            error={errors.votesAbstained}
            onChange={(value) => setVotes((v) => ({ ...v, abstained: value }))}
          />
        </div>
        {adoptionFields('')}
        {textDirty && <Notice kind="warn">{t('saveBeforeAdopt')}</Notice>}
        <button type="submit" disabled={busy || textDirty}>
          {busy ? t('adopting') : t('adopt')}
        </button>
      </form>
    </section>
  );
}
