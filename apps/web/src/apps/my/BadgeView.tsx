import { formatBadgeCode } from '@app/contracts';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useLanguage, useTexts } from '../../lib/i18n';
import { Notice } from '../../lib/ui';
import { type EventSummary, eventDates, eventTitle } from './event';
import { TEXTS } from './messages';
import { qrDataUrl } from './qr';
import { readCache, type Registration, writeCache } from './registrations';

interface SavedBadge {
  image: string;
  code: string;
}

const badgeKey = (id: string): string => `akim.badge.${id}`;

/**
 * The badge for the door: the QR code as large as the screen allows on white, the name and
 * the event. The image is kept on the device as a data: URL, so it opens without a connection
 * even before the encoder has been loaded.
 */
export function BadgeView({
  registration,
  event,
  onClose,
}: {
  registration: Registration;
  event?: EventSummary;
  onClose: () => void;
}): ReactNode {
  const t = useTexts(TEXTS);
  const { lang } = useLanguage();
  const [badge, setBadge] = useState<SavedBadge | undefined>(() => readCache<SavedBadge>(badgeKey(registration.id)));
  const [error, setError] = useState<string | null>(null);
  const closeButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    closeButton.current?.focus();
    let live = true;
    const code = registration.badgeCode;
    if (code && badge?.code !== code) {
      qrDataUrl(code)
        .then((image) => {
          const fresh = { image, code };
          writeCache(badgeKey(registration.id), fresh);
          if (live) {
            setBadge(fresh);
          }
        })
        // The encoder's chunk could not be loaded (offline before it was ever used).
        .catch(() => live && setError(t('network')));
    }
    // A screen that stays on while the person waits in line (where the browser allows it).
    const wakeLock = navigator.wakeLock?.request('screen').catch(() => undefined);
    const onKey = (keyEvent: KeyboardEvent): void => {
      if (keyEvent.key === 'Escape') {
        onClose();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => {
      live = false;
      document.removeEventListener('keydown', onKey);
      void wakeLock?.then((lock) => lock?.release());
    };
    // The badge of one registration: fetched once per opening.
  }, [registration.id]);

  const fullScreen = (): void => {
    void document.documentElement.requestFullscreen?.().catch(() => undefined);
  };

  return (
    <div className="badge-view" role="dialog" aria-modal="true" aria-labelledby="badge-title" lang={lang}>
      <div className="badge-bar">
        <button type="button" className="secondary" onClick={fullScreen}>
          {t('fullScreen')}
        </button>
        <button type="button" ref={closeButton} onClick={onClose}>
          {t('close')}
        </button>
      </div>
      <h1 id="badge-title" className="badge-name">
        {registration.name}
      </h1>
      <p className="badge-event">
        {event ? eventTitle(event, lang) : t('unknownEvent')}
        {event && <span className="badge-dates">{eventDates(event, lang)}</span>}
      </p>
      {badge ? (
        <img className="badge-qr" src={badge.image} alt={t('badgeAlt')} width={512} height={512} />
      ) : (
        !error && <p className="loading">{t('loading')}</p>
      )}
      {(badge?.code || registration.badgeCode) && (
        <p className="badge-code">
          {t('badgeCode')}: <span translate="no">{formatBadgeCode(badge?.code || registration.badgeCode || '')}</span>
        </p>
      )}
      <p className="badge-hint">{t('badgeHint')}</p>
      {error && !badge && <Notice kind="error">{error}</Notice>}
      {badge && <p className="badge-saved">{t('badgeSaved')}</p>}
    </div>
  );
}
