import type { PrivateFeedCreated, PrivateFeedState } from '@app/contracts';
import { type ReactNode, useEffect, useId, useState } from 'react';
import { api } from '../../lib/api';
import { formatDay, useLanguage, useTexts } from '../../lib/i18n';
import { Notice } from '../../lib/ui';
import { TEXTS } from './messages';
import { useAction } from './use-action';

/**
 * The private calendar address of my forums (`/api/v1/feeds/my`): made, replaced or revoked here. The server keeps
 * only its hash, so the address itself is shown once, right after it is made.
 */
export function CalendarFeedPanel(): ReactNode {
  const t = useTexts(TEXTS);
  const { lang } = useLanguage();
  const headingId = useId();
  const addressId = useId();
  const [state, setState] = useState<PrivateFeedState | null>(null);
  const [made, setMade] = useState<PrivateFeedCreated | null>(null);
  const [revoked, setRevoked] = useState(false);
  const { busy, error, run } = useAction(t('network'));

  useEffect(() => {
    api<PrivateFeedState>('GET', '/feeds/my')
      .then(setState)
      .catch(() => setState(null));
  }, []);

  const make = (): Promise<void> =>
    run(async () => {
      const created = await api<PrivateFeedCreated>('POST', '/feeds/my');
      setMade(created);
      setState(created);
      setRevoked(false);
    });
  const revoke = (): Promise<void> =>
    run(async () => {
      await api('DELETE', '/feeds/my');
      setMade(null);
      setState({ active: false, createdAt: null });
      setRevoked(true);
    });

  return (
    <section className="calendar-feed" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('calendarTitle')}</h2>
      <p>{t('calendarIntro')}</p>
      {state?.active && state.createdAt && !made && (
        <p>{t('calendarActive', { at: formatDay(state.createdAt, 'Asia/Almaty', lang) })}</p>
      )}
      {state && !state.active && !revoked && <p>{t('calendarNone')}</p>}
      {revoked && <Notice kind="ok">{t('calendarRevoked')}</Notice>}
      {made && (
        <div>
          <Notice kind="info">{t('calendarShownOnce')}</Notice>
          <label htmlFor={addressId}>{t('calendarAddress')}</label>
          <input id={addressId} type="text" readOnly value={made.url} onFocus={(e) => e.currentTarget.select()} />
          <p>
            <a href={made.webcalUrl}>{t('calendarSubscribe')}</a>
          </p>
        </div>
      )}
      {error && <Notice kind="error">{error}</Notice>}
      <div className="actions">
        <button type="button" disabled={busy || !state} onClick={() => void make()}>
          {state?.active ? t('calendarRenew') : t('calendarMake')}
        </button>
        {state?.active && (
          <button type="button" className="secondary danger" disabled={busy} onClick={() => void revoke()}>
            {t('calendarRevoke')}
          </button>
        )}
      </div>
    </section>
  );
}
