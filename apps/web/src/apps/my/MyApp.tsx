import { type ReactNode, useEffect, useState } from 'react';
import { ApiError, getUser } from '../../lib/api';
import { useTexts } from '../../lib/i18n';
import { Notice, Page } from '../../lib/ui';
import { BadgeView } from './BadgeView';
import { CalendarFeedPanel } from './CalendarFeedPanel';
import { RemindersPanel } from './RemindersPanel';
import { TEXTS } from './messages';
import './my.css';
import { RegisterPanel } from './RegisterPanel';
import { RegistrationItem } from './RegistrationItem';
import { loadMine, type MyData } from './registrations';
import { VoteCards } from './VoteCard';
import { AwardsList } from './AwardsList';
import { SurveyCards } from './SurveyCard';

function toLogin(): void {
  location.assign(`/login?next=${encodeURIComponent(location.pathname + location.search)}`);
}

const param = (name: string): string | null => new URLSearchParams(location.search).get(name);

/**
 * `/my`: the signed-in person's registrations with their status, the badge for the door
 * (`?badge=<registrationId>`, full screen), and registering for an event (`?register=<id or slug>`).
 */
export default function MyApp(): ReactNode {
  const t = useTexts(TEXTS);
  const signedIn = getUser() !== null;
  const [data, setData] = useState<MyData | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [badgeId, setBadgeId] = useState(() => param('badge'));
  const [register] = useState(() => param('register'));

  const reload = (): void => {
    loadMine()
      .then((loaded) => {
        setData(loaded);
        setError(null);
      })
      .catch((caught: unknown) => {
        if (caught instanceof ApiError && caught.status === 401) {
          toLogin();
          return;
        }
        setError(caught instanceof ApiError ? caught.message : t('network'));
      });
  };

  useEffect(() => {
    if (!signedIn) {
      toLogin();
      return;
    }
    reload();
    const onPop = (): void => setBadgeId(param('badge'));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
    // Once, on arrival.
  }, []);

  if (!signedIn) {
    return null;
  }

  const openBadge = (id: string): void => {
    const url = new URL(location.href);
    url.searchParams.set('badge', id);
    history.pushState(null, '', url);
    setBadgeId(id);
  };
  const closeBadge = (): void => {
    if (document.fullscreenElement) {
      void document.exitFullscreen().catch(() => undefined);
    }
    const url = new URL(location.href);
    url.searchParams.delete('badge');
    history.replaceState(null, '', url);
    setBadgeId(null);
  };

  const badgeOf = badgeId ? data?.registrations.find((r) => r.id === badgeId) : undefined;
  if (badgeOf) {
    return <BadgeView registration={badgeOf} event={data?.events[badgeOf.eventId]} onClose={closeBadge} />;
  }

  return (
    <Page
      title={t('title')}
      nav={
        <a href="/my" aria-current="page">
          {t('title')}
        </a>
      }
    >
      {data?.offline && <Notice kind="warn">{t('offline')}</Notice>}
      <VoteCards />
      <SurveyCards />
      {register && <RegisterPanel idOrSlug={register} existing={data?.registrations ?? []} onChanged={reload} />}
      {error && (
        <Notice kind="error">
          {error}{' '}
          <button type="button" className="link-button" onClick={reload}>
            {t('retry')}
          </button>
        </Notice>
      )}
      <AwardsList />
      {!data && !error && <p className="loading">{t('loading')}</p>}
      {data && data.registrations.length === 0 && (
        <p>
          {t('empty')} <a href="/">{t('browse')}</a>
        </p>
      )}
      {data && data.registrations.length > 0 && (
        <ul className="registrations">
          {data.registrations.map((registration) => (
            <RegistrationItem
              key={registration.id}
              registration={registration}
              event={data.events[registration.eventId]}
              offline={!!data.offline}
              onShowBadge={() => openBadge(registration.id)}
              onChanged={reload}
            />
          ))}
        </ul>
      )}
      {data && !data.offline && <CalendarFeedPanel />}
      {data && !data.offline && <RemindersPanel />}
    </Page>
  );
}
