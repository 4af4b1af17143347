import { type ReactNode, useCallback, useEffect, useState } from 'react';
import { getUser, holds } from '../../lib/api';
import { useTexts } from '../../lib/i18n';
import { Page } from '../../lib/ui';
import { EventList } from './EventList';
import { EventPage } from './EventPage';
import { confirmLeave } from '../../lib/forms';
import { TEXTS } from './messages';
import '../../lib/console.css';
import './organizer.css';
import type { Navigate } from './types';

/** Where the console is: `/organizer` or `/organizer/events/:id` with `?tab=`. */
function parseLocation(): { eventId?: string; tab: string } {
  const match = /^\/organizer\/events\/([^/]+)\/?$/.exec(location.pathname);
  return { eventId: match?.[1], tab: new URLSearchParams(location.search).get('tab') ?? 'details' };
}

/** The organizer console: the organizer's forums, and one forum's details, agenda, people and registrations. */
export default function OrganizerApp(): ReactNode {
  const t = useTexts(TEXTS);
  const [where, setWhere] = useState(parseLocation);
  const user = getUser();

  useEffect(() => {
    const onPop = (): void => setWhere(parseLocation());
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  // Moves within the console without reloading it; unsaved forms are asked about first.
  const navigate = useCallback<Navigate>(
    (to) => {
      if (!confirmLeave(t('unsavedLeave'))) {
        return;
      }
      history.pushState(null, '', to);
      setWhere(parseLocation());
      window.scrollTo(0, 0);
    },
    [t],
  );

  useEffect(() => {
    if (!user) {
      location.assign(`/login?next=${encodeURIComponent(location.pathname + location.search)}`);
    }
  }, [user]);
  if (!user) {
    return <p className="loading">…</p>;
  }
  if (!holds(user, 'organizer')) {
    return (
      <Page title={t('consoleTitle')}>
        <p role="alert">{t('notOrganizer')}</p>
      </Page>
    );
  }
  const nav = (
    <a
      href="/organizer"
      onClick={(event) => {
        event.preventDefault();
        navigate('/organizer');
      }}
    >
      {t('myForums')}
    </a>
  );
  return where.eventId ? (
    <EventPage key={where.eventId} eventId={where.eventId} tab={where.tab} navigate={navigate} nav={nav} />
  ) : (
    <EventList navigate={navigate} nav={nav} />
  );
}
