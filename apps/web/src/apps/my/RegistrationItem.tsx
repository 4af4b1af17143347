import { type ReactNode, useState } from 'react';
import { api } from '../../lib/api';
import { formatInZone, useLanguage, useTexts } from '../../lib/i18n';
import { Notice } from '../../lib/ui';
import { type EventSummary, eventDates, eventTitle, eventVenue, formatDay } from './event';
import { fetchFile, saveBlob } from '../../lib/files';
import { REGISTRATION_LABELS, roleKey, statusKey } from './labels';
import { TEXTS } from './messages';
import { MaterialsList } from './MaterialsList';
import { useAction } from './use-action';
import { isActive, type Registration } from './registrations';

/** One of my registrations: the event in my language and its zone, the status in words, what I can do. */
export function RegistrationItem({
  registration,
  event,
  offline,
  onShowBadge,
  onChanged,
}: {
  registration: Registration;
  event?: EventSummary;
  offline: boolean;
  onShowBadge: () => void;
  onChanged: () => void;
}): ReactNode {
  const t = useTexts(TEXTS);
  const label = useTexts(REGISTRATION_LABELS);
  const { lang } = useLanguage();
  const [confirming, setConfirming] = useState(false);
  const { busy, error, run } = useAction(t('network'));
  const headingId = `reg-${registration.id}`;
  const zone = event?.timeZone ?? 'Asia/Almaty';

  const cancel = (): Promise<void> =>
    run(async () => {
      await api('PATCH', `/registrations/${registration.id}`, { body: { action: 'cancel' } });
      setConfirming(false);
      onChanged();
    });
  const downloadPdf = (): Promise<void> =>
    run(async () => saveBlob(await fetchFile(`/registrations/${registration.id}/badge.pdf`, lang), 'badge.pdf'));

  return (
    <li className="registration" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {event ? <a href={`/events/${event.slug}`}>{eventTitle(event, lang)}</a> : t('unknownEvent')}
      </h2>
      <p className={`status status-${registration.status}`}>
        {label(statusKey(registration.status))}
        {registration.status === 'waitlisted' && registration.waitlistPosition !== undefined && (
          <> · {t('place', { n: registration.waitlistPosition })}</>
        )}
      </p>
      <dl className="facts">
        {event && (
          <>
            <dt>{t('when')}</dt>
            <dd>{eventDates(event, lang)}</dd>
            <dt>{t('where')}</dt>
            <dd>{eventVenue(event, lang)}</dd>
          </>
        )}
        <dt>{t('role')}</dt>
        <dd>{label(roleKey(registration.role))}</dd>
      </dl>
      {registration.checkedInAt && (
        <p>
          {t('checkedIn', {
            at: `${formatDay(registration.checkedInAt, zone, lang)}, ${formatInZone(registration.checkedInAt, zone, lang, { timeStyle: 'short' })}`,
          })}
        </p>
      )}
      {registration.status === 'registered' && !offline && (
        <MaterialsList eventId={registration.eventId} headingId={`mat-${registration.id}`} />
      )}
      {error && <Notice kind="error">{error}</Notice>}
      <div className="actions">
        {registration.status === 'registered' && (
          <button type="button" onClick={onShowBadge}>
            {t('showBadge')}
          </button>
        )}
        {registration.status === 'registered' && !offline && (
          <button type="button" className="secondary" disabled={busy} onClick={() => void downloadPdf()}>
            {t('badgePdf')}
          </button>
        )}
        {isActive(registration) && !offline && !confirming && (
          <button type="button" className="secondary danger" onClick={() => setConfirming(true)}>
            {t('cancel')}
          </button>
        )}
      </div>
      {confirming && (
        <div className="confirm" role="group" aria-label={t('cancel')}>
          <p>{t('cancelConfirm')}</p>
          <button type="button" className="danger-solid" disabled={busy} onClick={() => void cancel()}>
            {t('cancelYes')}
          </button>{' '}
          <button type="button" className="secondary" onClick={() => setConfirming(false)}>
            {t('cancelNo')}
          </button>
        </div>
      )}
    </li>
  );
}
