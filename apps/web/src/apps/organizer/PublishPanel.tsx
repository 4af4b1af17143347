import { type ReactNode, useState } from 'react';
import { api, type ApiError } from '../../lib/api';
import { useTexts } from '../../lib/i18n';
import { Notice } from '../../lib/ui';
import { asApiError } from '../../lib/forms';
import { TEXTS } from './messages';
import { leadDays } from './time';
import type { EventData } from './types';

/**
 * Publishing a draft. When the forum is announced (now, if not before) less than the
 * organizer's rule ahead (5 days by default), the warning comes first and publishing needs a second click.
 */
export function PublishPanel({ event, onChanged }: { event: EventData; onChanged: (e: EventData) => void }): ReactNode {
  const t = useTexts(TEXTS);
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  if (event.status !== 'draft') {
    return event.leadTimeDays !== null && !event.meetsLeadTimeRule ? (
      <Notice kind="warn">{t('publishedLate', { days: event.leadTimeDays, required: event.requiredLeadDays })}</Notice>
    ) : null;
  }
  const lead = leadDays(event.startsAt, event.announcedAt);

  const publish = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      onChanged(await api<EventData>('POST', `/events/${event.id}/publish`));
      setAsking(false);
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="publish">
      {!asking && (
        <button
          type="button"
          disabled={busy}
          onClick={() => (lead < event.requiredLeadDays ? setAsking(true) : void publish())}
        >
          {t('publish')}
        </button>
      )}
      {asking && (
        <div className="confirm" role="group" aria-labelledby="lead-warning">
          <Notice kind="warn">
            <span id="lead-warning">
              {t('leadWarning', { days: Math.max(lead, 0), required: event.requiredLeadDays })}
            </span>
          </Notice>
          <button type="button" disabled={busy} onClick={() => void publish()}>
            {t('publishAnyway')}
          </button>{' '}
          <button type="button" className="secondary" onClick={() => setAsking(false)}>
            {t('cancel')}
          </button>
        </div>
      )}
      {error && <Notice kind="error">{error.message}</Notice>}
    </div>
  );
}
