import { type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import { api, type ApiError } from '../../lib/api';
import { formatInZone, useLanguage, useTexts } from '../../lib/i18n';
import { Notice } from '../../lib/ui';
import { asApiError } from '../../lib/forms';
import { registrationStatusLabel, TEXTS, type TextKey } from './messages';
import type { EventData, Page, RegistrationData } from './types';
import { DataTable } from '../../lib/data-table';

const FILTERS: { status: RegistrationData['status'] | ''; label: TextKey }[] = [
  { status: 'pending', label: 'regPending' },
  { status: 'waitlisted', label: 'regWaitlist' },
  { status: 'registered', label: 'regRegistered' },
  { status: 'invited', label: 'regInvited' },
  { status: '', label: 'regAll' },
];

/**
 * Registrations by status: pending ones are approved or declined here; the waitlist in its order. The tab opens on
 * what there is: the pending ones when the forum needs approval and some wait, otherwise all of them.
 */
export function RegistrationsPanel({ event }: { event: EventData }): ReactNode {
  const t = useTexts(TEXTS);
  const { lang } = useLanguage();
  const [status, setStatus] = useState<RegistrationData['status'] | ''>(event.requiresApproval ? 'pending' : '');
  const opened = useRef(false);
  const [page, setPage] = useState<Page<RegistrationData> | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState('');

  const load = useCallback(async () => {
    try {
      const found = await api<Page<RegistrationData>>(
        'GET',
        `/events/${event.id}/registrations?limit=200${status ? `&status=${status}` : ''}`,
      );
      if (!opened.current) {
        opened.current = true;
        if (status === 'pending' && found.total === 0) {
          setStatus('');
          return;
        }
      }
      setPage(found);
    } catch (caught) {
      setError(asApiError(caught));
    }
  }, [event.id, status]);
  useEffect(() => {
    void load();
  }, [load, lang]);

  const act = async (registration: RegistrationData, action: 'approve' | 'decline'): Promise<void> => {
    setError(null);
    try {
      await api('PATCH', `/registrations/${registration.id}`, { body: { action } });
      setDone(t(action === 'approve' ? 'approvedName' : 'declinedName', { name: registration.name }));
      await load();
    } catch (caught) {
      setError(asApiError(caught));
    }
  };

  const items =
    status === 'waitlisted'
      ? [...(page?.items ?? [])].sort((a, b) => (a.waitlistPosition ?? 0) - (b.waitlistPosition ?? 0))
      : (page?.items ?? []);

  return (
    <div className="registrations">
      <div className="filters" role="group" aria-label={t('regFilter')}>
        {FILTERS.map((f) => (
          <button
            key={f.status || 'all'}
            type="button"
            className={f.status === status ? '' : 'secondary'}
            aria-pressed={f.status === status}
            onClick={() => {
              setStatus(f.status);
              setDone('');
            }}
          >
            {t(f.label)}
          </button>
        ))}
      </div>
      {done && <Notice kind="ok">{done}</Notice>}
      {error && <Notice kind="error">{error.message}</Notice>}
      {page && items.length === 0 && <p>{t('regNone')}</p>}
      {items.length > 0 && (
        <DataTable
          caption={t('regCount', { count: page?.total ?? items.length })}
          columns={[
            status === 'waitlisted' && t('waitlistPosition'),
            t('name'),
            t('organization'),
            t('status'),
            t('registeredAt'),
            t('actions'),
          ]}
        >
          {items.map((r) => (
            <tr key={r.id}>
              {status === 'waitlisted' && <td>{r.waitlistPosition}</td>}
              <td>
                {r.name}
                {r.position && <div className="muted">{r.position}</div>}
              </td>
              <td>{r.organization ?? '—'}</td>
              <td>{registrationStatusLabel(t, r.status)}</td>
              <td>{formatInZone(r.createdAt, event.timeZone, lang, { dateStyle: 'short', timeStyle: 'short' })}</td>
              <td className="row-actions">
                {(r.status === 'pending' || r.status === 'invited') && (
                  <button
                    type="button"
                    className="small"
                    aria-label={t('approveName', { name: r.name })}
                    onClick={() => void act(r, 'approve')}
                  >
                    {t('approve')}
                  </button>
                )}
                {r.status !== 'declined' && r.status !== 'cancelled' && (
                  <button
                    type="button"
                    className="secondary small"
                    aria-label={t('declineName', { name: r.name })}
                    onClick={() => void act(r, 'decline')}
                  >
                    {t('decline')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </div>
  );
}
