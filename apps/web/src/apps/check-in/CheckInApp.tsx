import { type ReactNode, useEffect, useState } from 'react';
import { ApiError, getUser } from '../../lib/api';
import { pick, useLanguage, useTexts } from '../../lib/i18n';
import { Notice, Page } from '../../lib/ui';
import './check-in.css';
import { CheckInDesk } from './CheckInDesk';
import { type CheckInEvent, loadEvents } from './events';
import { TEXTS } from './messages';
import { registerServiceWorker } from './offline';
import { getSetting, putSetting } from './store';
import { dayInZone } from './when';

function signInAddress(): string {
  return `/login?next=${encodeURIComponent('/check-in')}`;
}

/** `/check-in`: choose the event, then scan badges or find people by name; works offline. */
export default function CheckInApp(): ReactNode {
  const t = useTexts(TEXTS);
  const { lang } = useLanguage();
  const [events, setEvents] = useState<CheckInEvent[] | null>(null);
  const [fromCache, setFromCache] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [current, setCurrent] = useState<CheckInEvent | null>(null);
  const [offlineReady, setOfflineReady] = useState(false);
  const signedIn = !!getUser();

  useEffect(() => {
    if (!signedIn) {
      location.assign(signInAddress());
      return;
    }
    void registerServiceWorker().then(setOfflineReady);
    void (async () => {
      try {
        const loaded = await loadEvents();
        setEvents(loaded.events);
        setFromCache(loaded.fromCache);
        const remembered = await getSetting<string>('currentEventId');
        setCurrent(loaded.events.find((event) => event.id === remembered) ?? null);
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) {
          location.assign(signInAddress());
          return;
        }
        // Not an answer of the API: no network, and nothing saved on this device yet.
        setFailure(error instanceof ApiError ? error.message : t('noRoster'));
      }
    })();
  }, [signedIn]);

  const choose = (event: CheckInEvent | null): void => {
    setCurrent(event);
    void putSetting('currentEventId', event?.id ?? null);
    window.scrollTo(0, 0);
  };

  return (
    <Page title={current ? pick(current.titles, lang) : t('title')}>
      {offlineReady && (
        <p className="ci-offline-ready" data-offline-ready="true">
          {t('offlineReady')}
        </p>
      )}
      {!window.isSecureContext && (
        <Notice kind="warn">
          <span data-not-secure="true">{t('notSecure')}</span>
        </Notice>
      )}
      {failure && <Notice kind="error">{failure}</Notice>}
      {!failure && !events && <p className="loading">{t('loading')}</p>}
      {events && !current && (
        <section aria-labelledby="ci-choose">
          <h2 id="ci-choose">{t('chooseEvent')}</h2>
          {fromCache && <Notice kind="warn">{t('eventsOffline')}</Notice>}
          {events.length === 0 ? (
            <p>{t('noEvents')}</p>
          ) : (
            <ul className="ci-events">
              {events.map((event) => (
                <li key={event.id}>
                  <button type="button" className="ci-event" onClick={() => choose(event)}>
                    <span className="ci-event-title">{pick(event.titles, lang)}</span>
                    <span className="ci-event-meta">
                      {dayInZone(event.startsAt, event.timeZone, lang, true)} · {pick(event.venue, lang)}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      {current && <CheckInDesk key={current.id} event={current} onLeave={() => choose(null)} />}
    </Page>
  );
}
