import { type ReactNode, useCallback, useEffect, useState } from 'react';
import { api, type ApiError } from '../../lib/api';
import { eventDates, useLanguage, useTexts } from '../../lib/i18n';
import { Notice, Page } from '../../lib/ui';
import { AgendaEditor } from './AgendaEditor';
import { AwardsPanel } from './AwardsPanel';
import { MaterialsPanel } from './MaterialsPanel';
import { OUTCOME_TEXTS, type OutcomeKey } from './outcome-messages';
import { BadgesLink } from './BadgesLink';
import { EventForm } from './EventForm';
import { asApiError } from '../../lib/forms';
import { ImportPanel } from './ImportPanel';
import { InvitePanel } from './InvitePanel';
import { statusLabel, TEXTS, type TextKey } from './messages';
import type { Navigate } from './types';
import { PublishPanel } from './PublishPanel';
import { RegistrationsPanel } from './RegistrationsPanel';
import { StaffPanel } from './StaffPanel';
import { FeedbackPanel } from './FeedbackPanel';
import { StatusPanel } from './StatusPanel';
import type { EventData } from './types';

type Tab = { id: string; label: TextKey } | { id: string; outcome: OutcomeKey };

const TABS: Tab[] = [
  { id: 'details', label: 'tabDetails' },
  { id: 'agenda', label: 'tabAgenda' },
  { id: 'people', label: 'tabPeople' },
  { id: 'registrations', label: 'tabRegistrations' },
  { id: 'staff', label: 'tabStaff' },
  { id: 'feedback', label: 'tabFeedback' },
  { id: 'materials', outcome: 'tabMaterials' },
  { id: 'awards', outcome: 'tabAwards' },
];

/** One forum: its details, agenda, people (import, invitations), registrations, staff, materials and awards. */
export function EventPage(props: { eventId: string; tab: string; navigate: Navigate; nav: ReactNode }): ReactNode {
  const { eventId, navigate, nav } = props;
  const t = useTexts(TEXTS);
  const to = useTexts(OUTCOME_TEXTS);
  const tabLabel = (x: Tab): string => ('label' in x ? t(x.label) : to(x.outcome));
  const { lang } = useLanguage();
  const [event, setEvent] = useState<EventData | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const isNew = eventId === 'new';
  const tab = TABS.some((x) => x.id === props.tab) ? props.tab : 'details';

  const reload = useCallback(async (): Promise<EventData | undefined> => {
    try {
      const loaded = await api<EventData>('GET', `/events/${eventId}`);
      setEvent(loaded);
      return loaded;
    } catch (caught) {
      const failure = asApiError(caught);
      if (failure.status === 401) {
        location.assign(`/login?next=${encodeURIComponent(location.pathname + location.search)}`);
      }
      setError(failure);
      return undefined;
    }
  }, [eventId]);

  useEffect(() => {
    if (!isNew) {
      void reload();
    }
  }, [isNew, reload, lang]);

  if (isNew) {
    return (
      <Page title={t('newForum')} nav={nav}>
        <EventForm event={null} onSaved={(saved) => navigate(`/organizer/events/${saved.id}?tab=agenda`)} />
      </Page>
    );
  }
  if (!event) {
    return (
      <Page title={t('forum')} nav={nav}>
        {error ? <Notice kind="error">{error.message}</Notice> : <p className="loading">{t('loading')}</p>}
      </Page>
    );
  }
  return (
    <Page title={event.title} nav={nav}>
      <nav className="tabs" aria-label={t('forumSections')}>
        {TABS.map((x) => (
          <a
            key={x.id}
            href={`?tab=${x.id}`}
            aria-current={x.id === tab ? 'page' : undefined}
            onClick={(click) => {
              click.preventDefault();
              navigate(`/organizer/events/${event.id}?tab=${x.id}`);
            }}
          >
            {tabLabel(x)}
          </a>
        ))}
      </nav>
      <div className="event-head">
        <p>
          <span className={`status status-${event.status}`}>{statusLabel(t, event.status)}</span>{' '}
          {eventDates(event, lang)}
          {event.regionName && <> · {event.regionName}</>} · {event.venue.name}
        </p>
        <div className="event-actions">
          <PublishPanel event={event} onChanged={setEvent} />
          <BadgesLink event={event} />
          {(event.status === 'draft' || event.status === 'published') && (
            <details className="more-actions">
              <summary>{t('moreActions')}</summary>
              <StatusPanel event={event} onChanged={setEvent} />
            </details>
          )}
        </div>
      </div>
      <section aria-labelledby="tab-heading" className="tab-panel">
        <h2 id="tab-heading">{tabLabel(TABS.find((x) => x.id === tab)!)}</h2>
        {tab === 'details' && <EventForm event={event} onSaved={setEvent} onReload={reload} />}
        {tab === 'agenda' && <AgendaEditor event={event} />}
        {tab === 'people' && (
          <>
            <ImportPanel />
            <InvitePanel event={event} />
          </>
        )}
        {tab === 'registrations' && <RegistrationsPanel event={event} />}
        {tab === 'staff' && <StaffPanel event={event} />}
        {tab === 'feedback' && <FeedbackPanel event={event} />}
        {tab === 'materials' && <MaterialsPanel event={event} />}
        {tab === 'awards' && <AwardsPanel event={event} />}
      </section>
    </Page>
  );
}
