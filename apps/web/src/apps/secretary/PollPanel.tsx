import { type ReactNode, useCallback, useEffect, useState } from 'react';
import type { PollChoice, PollMode, PollResponse } from '@app/contracts';
import { api, type ApiError } from '../../lib/api';
import { pick, useLanguage, useTexts } from '../../lib/i18n';
import { asApiError } from '../../lib/forms';
import { Notice } from '../../lib/ui';
import { POLL_TEXTS } from './poll-messages';
import type { Resolution } from './types';

/** While a vote is open the count follows the phones every second. */
const REFRESH_MS = 1000;
const CHOICES: PollChoice[] = ['for', 'against', 'abstained'];

interface PollPanelProps {
  resolution: Resolution;
  mode: PollMode;
  /** The chair, place and time of the adoption, as the vote panel asks them (see adoptionRecord). */
  record: Record<string, unknown>;
  textDirty: boolean;
  onAdopted: (adopted: Resolution) => void;
}

/** A vote by name on a draft: open it, follow it (or mark the roll call), close it, adopt from it. */
export function PollPanel({ resolution, mode, record, textDirty, onAdopted }: PollPanelProps): ReactNode {
  const t = useTexts(POLL_TEXTS);
  const { lang } = useLanguage();
  const [poll, setPoll] = useState<PollResponse | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  // The vote under way on this resolution (or the last one closed), if any.
  useEffect(() => {
    void api<PollResponse[]>('GET', `/resolutions/${resolution.id}/polls`)
      .then((polls) => setPoll(polls.find((p) => p.status !== 'cancelled') ?? null))
      .catch(() => undefined);
  }, [resolution.id]);

  const refresh = useCallback(async (id: string): Promise<void> => {
    try {
      setPoll(await api<PollResponse>('GET', `/polls/${id}`));
    } catch {
      // The next round tries again.
    }
  }, []);

  useEffect(() => {
    if (poll?.status !== 'open') {
      return;
    }
    const timer = setInterval(() => void refresh(poll.id), REFRESH_MS);
    return () => clearInterval(timer);
  }, [poll?.id, poll?.status, refresh]);

  const act = async (work: () => Promise<void>): Promise<void> => {
    setBusy(true);
    setFailure(null);
    try {
      await work();
    } catch (caught) {
      setFailure(asApiError(caught));
    } finally {
      setBusy(false);
    }
  };

  const open = (): Promise<void> =>
    act(async () =>
      setPoll(await api<PollResponse>('POST', `/resolutions/${resolution.id}/polls`, { body: { mode } })),
    );
  const mark = (personId: string, choice: PollChoice): Promise<void> =>
    act(async () =>
      setPoll(await api<PollResponse>('PUT', `/polls/${poll!.id}/votes/${personId}`, { body: { choice } })),
    );
  const close = (cancel: boolean): Promise<void> =>
    act(async () => {
      const closed = await api<PollResponse>('POST', `/polls/${poll!.id}/${cancel ? 'cancel' : 'close'}`);
      setPoll(cancel ? null : closed);
    });
  const adopt = (): Promise<void> =>
    act(async () =>
      onAdopted(
        await api<Resolution>('POST', `/resolutions/${resolution.id}/adopt`, {
          body: { pollId: poll!.id, ...record },
        }),
      ),
    );

  return (
    <div className="sec-poll">
      {failure && <Notice kind="error">{failure.message}</Notice>}
      {!poll && (
        <>
          <p className="hint">{t('openHint')}</p>
          <button type="button" disabled={busy || textDirty} onClick={() => void open()}>
            {busy ? t('opening') : t('open')}
          </button>
        </>
      )}
      {poll && (
        <>
          <p aria-live="polite">
            <strong data-testid="poll-cast">{t('cast', { cast: poll.tally.cast, present: poll.present })}</strong>
            {' · '}
            <span data-testid="poll-tally">{t('tally', poll.tally as unknown as Record<string, number>)}</span>
          </p>
          {!poll.quorum && (
            <Notice kind="warn">{t('noQuorum', { present: poll.present, required: poll.required })}</Notice>
          )}
          {poll.status === 'open' && poll.mode === 'electronic' && (
            <p className="hint">
              {t('phoneVote')}{' '}
              <a href={`/screen/${resolution.eventId}`} target="_blank" rel="noreferrer">
                {t('screen')}
              </a>
            </p>
          )}
          <details open={poll.mode === 'roll_call' && poll.status === 'open'}>
            <summary>
              {t('voters')} ({poll.voters.length})
            </summary>
            <ul className="sec-voters">
              {poll.voters.map((voter) => (
                <li key={voter.personId}>
                  <span>{pick(voter.fullName, lang)}</span>
                  {poll.mode === 'roll_call' && poll.status === 'open' ? (
                    <span role="group" aria-label={pick(voter.fullName, lang)}>
                      {CHOICES.map((choice) => (
                        <button
                          key={choice}
                          type="button"
                          className="secondary"
                          aria-pressed={voter.choice === choice}
                          disabled={busy}
                          onClick={() => void mark(voter.personId, choice)}
                        >
                          {t(choice)}
                        </button>
                      ))}
                    </span>
                  ) : (
                    <span>{voter.choice ? t(voter.choice) : t('notVoted')}</span>
                  )}
                </li>
              ))}
            </ul>
          </details>
          {poll.status === 'open' && (
            <p className="sec-actions">
              <button type="button" disabled={busy} onClick={() => void close(false)}>
                {t('close')}
              </button>{' '}
              <button type="button" className="secondary" disabled={busy} onClick={() => void close(true)}>
                {t('cancel')}
              </button>
            </p>
          )}
          {poll.status === 'closed' && (
            <>
              <p data-testid="poll-result">
                <strong className={poll.carried ? 'sec-badge sec-badge-ok' : 'sec-badge sec-badge-warn'}>
                  {t(poll.carried ? 'carried' : 'notCarried', { for: poll.tally.for, majority: poll.majority })}
                </strong>
              </p>
              <p className="sec-actions">
                <button type="button" disabled={busy || textDirty || !poll.carried} onClick={() => void adopt()}>
                  {t('adoptFromPoll')}
                </button>{' '}
                <button type="button" className="secondary" disabled={busy} onClick={() => setPoll(null)}>
                  {t('newPoll')}
                </button>
              </p>
            </>
          )}
        </>
      )}
    </div>
  );
}
