import { type ReactNode, useEffect, useState } from 'react';
import { api, type ApiError, getUser } from '../../lib/api';
import { formatInZone, useLanguage, useTexts } from '../../lib/i18n';
import { Notice, Page } from '../../lib/ui';
import { asApiError } from '../../lib/forms';
import { TEXTS, statusLabel } from './messages';
import type { Navigate } from './types';
import type { EventData, Page as ListPage } from './types';
import { DataTable } from '../../lib/data-table';

/** The forums of the organizations the user organizes for (all forums for an admin), soonest first. */
async function loadForums(): Promise<EventData[]> {
  const user = getUser()!;
  if (user.roles.includes('admin')) {
    return (await api<ListPage<EventData>>('GET', '/events?limit=200')).items;
  }
  const organizations = user.scopes.filter((s) => s.role === 'organizer' && s.kind === 'organization');
  const events = user.scopes.filter((s) => s.role === 'organizer' && s.kind === 'event');
  const lists = await Promise.all([
    ...organizations.map((s) =>
      api<ListPage<EventData>>('GET', `/events?organization=${s.id}&limit=200`).then((r) => r.items),
    ),
    ...events.map((s) => api<EventData>('GET', `/events/${s.id}`).then((e) => [e])),
  ]);
  const byId = new Map(lists.flat().map((event) => [event.id, event]));
  return [...byId.values()].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
}

export function EventList({ navigate, nav }: { navigate: Navigate; nav: ReactNode }): ReactNode {
  const t = useTexts(TEXTS);
  const { lang } = useLanguage();
  const [forums, setForums] = useState<EventData[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  useEffect(() => {
    loadForums().then(setForums, (caught: unknown) => setError(asApiError(caught)));
  }, [lang]);

  const open = (path: string) => (event: { preventDefault: () => void }) => {
    event.preventDefault();
    navigate(path);
  };

  return (
    <Page title={t('myForums')} nav={nav}>
      <p>
        <a className="button" href="/organizer/events/new" onClick={open('/organizer/events/new')}>
          {t('newForum')}
        </a>{' '}
        <a href="/organizer/people">{t('duplicatePeople')}</a>
      </p>
      {error && <Notice kind="error">{error.message}</Notice>}
      {!forums && !error && <p className="loading">{t('loading')}</p>}
      {forums && forums.length === 0 && <p>{t('noForums')}</p>}
      {forums && forums.length > 0 && (
        <DataTable
          caption={t('myForums')}
          captionHidden
          columns={[t('forumTitle'), t('when'), t('region'), t('status'), t('leadTime')]}
        >
          {forums.map((forum) => (
            <tr key={forum.id}>
              <td>
                <a href={`/organizer/events/${forum.id}`} onClick={open(`/organizer/events/${forum.id}`)}>
                  {forum.title}
                </a>
              </td>
              <td>{formatInZone(forum.startsAt, forum.timeZone, lang, { dateStyle: 'long', timeStyle: 'short' })}</td>
              <td>{forum.regionName ?? '—'}</td>
              <td>
                <span className={`status status-${forum.status}`}>{statusLabel(t, forum.status)}</span>
              </td>
              <td>
                {forum.leadTimeDays === null
                  ? t('notAnnounced')
                  : forum.meetsLeadTimeRule
                    ? t('leadOk', { days: forum.leadTimeDays })
                    : t('leadLate', { days: forum.leadTimeDays, required: forum.requiredLeadDays })}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </Page>
  );
}
