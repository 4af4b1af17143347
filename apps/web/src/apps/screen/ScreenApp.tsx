import { type ReactNode, useEffect, useRef, useState } from 'react';
import type { ScreenState } from '@app/contracts';
import { api, ApiError } from '../../lib/api';
import { LanguageSwitch } from '../../lib/ui';
import { pick, useLanguage, useTexts } from '../../lib/i18n';
import { TEXTS } from './messages';
import './screen.css';

/** Twice a second: a vote shows on the wall within a second of being cast. */
const REFRESH_MS = 500;

/** The hall's projector: the item under way, the question put to the vote, the running count, then the result. */
export default function ScreenApp({ params }: { params: Record<string, string> }): ReactNode {
  const t = useTexts(TEXTS);
  const { lang } = useLanguage();
  const [state, setState] = useState<ScreenState | null>(null);
  const [problem, setProblem] = useState<'notFound' | 'offline' | null>(null);
  const version = useRef<string | null>(null);

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout>;
    const tick = async (): Promise<void> => {
      try {
        const next = await api<ScreenState>('GET', `/screen/${encodeURIComponent(params.eventId)}`);
        setProblem(null);
        if (next.version !== version.current) {
          version.current = next.version;
          setState(next);
        }
      } catch (caught) {
        setProblem(caught instanceof ApiError && caught.status === 404 ? 'notFound' : 'offline');
      }
      if (!stopped) {
        timer = setTimeout(() => void tick(), REFRESH_MS);
      }
    };
    void tick();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [params.eventId]);

  if (problem === 'notFound') {
    return (
      <main className="screen">
        <p className="screen-empty">{t('notFound')}</p>
      </main>
    );
  }
  const poll = state?.poll;
  return (
    <main className="screen" lang={lang}>
      <header className="screen-head">
        <h1>{state ? pick(state.eventTitle, lang) : ''}</h1>
        <LanguageSwitch />
      </header>
      {problem === 'offline' && <p className="screen-offline">{t('offline')}</p>}
      {state?.itemUnderWay && (
        <p className="screen-item">
          <span>{t('itemUnderWay')}:</span> {pick(state.itemUnderWay, lang)}
        </p>
      )}
      {state && !poll && <p className="screen-empty">{t('noVote')}</p>}
      {poll && (
        <section className="screen-poll" aria-live="polite">
          <p className="screen-mode">
            {poll.status === 'open' ? t('voting') : ''} · {t(poll.mode === 'roll_call' ? 'rollCall' : 'electronic')}
          </p>
          <h2>{pick(poll.question, lang)}</h2>
          <p className="screen-cast" data-testid="screen-cast">
            {t('cast', { cast: poll.tally.cast, present: poll.present })}
          </p>
          {poll.status === 'closed' && (
            <>
              <dl className="screen-tally">
                <div>
                  <dt>{t('for')}</dt>
                  <dd>{poll.tally.for}</dd>
                </div>
                <div>
                  <dt>{t('against')}</dt>
                  <dd>{poll.tally.against}</dd>
                </div>
                <div>
                  <dt>{t('abstained')}</dt>
                  <dd>{poll.tally.abstained}</dd>
                </div>
              </dl>
              <p className={poll.carried ? 'screen-result ok' : 'screen-result no'} data-testid="screen-result">
                {poll.carried ? t('carried') : t('notCarried')}
              </p>
            </>
          )}
        </section>
      )}
    </main>
  );
}
