import { type ReactNode, useCallback, useEffect, useState } from 'react';
import type { MyPoll, PollChoice } from '@app/contracts';
import { api } from '../../lib/api';
import { pick, useLanguage, useTexts } from '../../lib/i18n';
import { asApiError } from '../../lib/forms';
import { Notice } from '../../lib/ui';
import { VOTE_TEXTS } from './vote-messages';

/** How often the card asks whether a vote has opened: a member sees it within a couple of seconds. */
const REFRESH_MS = 2000;
const CHOICES: PollChoice[] = ['for', 'against', 'abstained'];

/** `/my`: the open votes this member takes part in, each with three big buttons; a changed vote replaces the first. */
export function VoteCards(): ReactNode {
  const [polls, setPolls] = useState<MyPoll[]>([]);

  const refresh = useCallback(async (): Promise<void> => {
    try {
      setPolls(await api<MyPoll[]>('GET', '/polls/mine'));
    } catch {
      // Offline or signed out: the registrations above say so; the card waits for the next round.
    }
  }, []);

  useEffect(() => {
    void refresh();
    const timer = setInterval(() => void refresh(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [refresh]);

  return (
    <>
      {polls.map((poll) => (
        <VoteCard
          key={poll.id}
          poll={poll}
          onVoted={(voted) => setPolls((all) => all.map((p) => (p.id === voted.id ? voted : p)))}
        />
      ))}
    </>
  );
}

function VoteCard({ poll, onVoted }: { poll: MyPoll; onVoted: (poll: MyPoll) => void }): ReactNode {
  const t = useTexts(VOTE_TEXTS);
  const { lang } = useLanguage();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const vote = async (choice: PollChoice): Promise<void> => {
    setBusy(true);
    setFailure(null);
    try {
      onVoted(await api<MyPoll>('PUT', `/polls/${poll.id}/votes/me`, { body: { choice } }));
    } catch (caught) {
      setFailure(t('failed', { message: asApiError(caught).message }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="vote-card" aria-labelledby={`vote-${poll.id}`} aria-busy={busy}>
      <h2 id={`vote-${poll.id}`}>{t('heading')}</h2>
      <p className="vote-event">{pick(poll.eventTitle, lang)}</p>
      <p className="vote-question">{pick(poll.question, lang)}</p>
      {poll.mode === 'roll_call' ? (
        <p>{t('rollCall')}</p>
      ) : (
        <>
          <div className="vote-choices" role="group" aria-label={t('heading')}>
            {CHOICES.map((choice) => (
              <button
                key={choice}
                type="button"
                className={`vote-choice vote-${choice}`}
                aria-pressed={poll.choice === choice}
                disabled={busy}
                onClick={() => void vote(choice)}
              >
                {t(choice)}
              </button>
            ))}
          </div>
          <p aria-live="polite" data-testid="my-vote">
            {busy ? t('sending') : poll.choice ? t('yourVote', { choice: t(poll.choice) }) : t('notVoted')}
          </p>
          {poll.choice && <p className="hint">{t('changeHint')}</p>}
        </>
      )}
      {failure && <Notice kind="error">{failure}</Notice>}
    </section>
  );
}
