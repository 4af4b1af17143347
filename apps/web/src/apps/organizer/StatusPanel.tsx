import { type ReactNode, useState } from 'react';
import { api, type ApiError } from '../../lib/api';
import { useTexts } from '../../lib/i18n';
import { Notice } from '../../lib/ui';
import { asApiError } from '../../lib/forms';
import { TEXTS } from './messages';
import type { EventData } from './types';

type Change = 'cancel' | 'close';

/** Which status changes each status allows (as the API's rule: cancel a draft or a published forum, close a published one). */
const ALLOWED: Record<EventData['status'], Change[]> = {
  draft: ['cancel'],
  published: ['close', 'cancel'],
  closed: [],
  cancelled: [],
};

/** Cancelling or closing a forum, each after a confirm step that says what it means. */
export function StatusPanel({ event, onChanged }: { event: EventData; onChanged: (e: EventData) => void }): ReactNode {
  const t = useTexts(TEXTS);
  const [asking, setAsking] = useState<Change | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const allowed = ALLOWED[event.status];
  if (allowed.length === 0) {
    return null;
  }

  const run = async (change: Change): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      onChanged(await api<EventData>('POST', `/events/${event.id}/${change}`));
      setAsking(null);
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="status-change">
      {!asking &&
        allowed.map((change) => (
          <button
            key={change}
            type="button"
            className={change === 'cancel' ? 'secondary danger' : 'secondary'}
            onClick={() => setAsking(change)}
          >
            {t(change === 'cancel' ? 'cancelForum' : 'closeForum')}
          </button>
        ))}
      {asking && (
        <div className="confirm" role="group" aria-labelledby="status-question">
          <Notice kind="warn">
            <span id="status-question">{t(asking === 'cancel' ? 'confirmCancelForum' : 'confirmCloseForum')}</span>
          </Notice>
          <button type="button" disabled={busy} onClick={() => void run(asking)}>
            {t(asking === 'cancel' ? 'yesCancelForum' : 'yesCloseForum')}
          </button>{' '}
          <button type="button" className="secondary" onClick={() => setAsking(null)}>
            {t('keepForum')}
          </button>
        </div>
      )}
      {error && <Notice kind="error">{error.message}</Notice>}
    </div>
  );
}
