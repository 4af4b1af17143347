import { formatBadgeCode } from '@app/contracts';
import { type ReactNode, useEffect, useState } from 'react';
import { api, ApiError } from '../../lib/api';
import { useLanguage, useTexts } from '../../lib/i18n';
import { Notice, Page } from '../../lib/ui';
import { type EventSummary, eventDates, eventVenue, wallClock } from '../my/event';
import { qrDataUrl } from '../my/qr';
import { InvitationAccount } from './InvitationAccount';
import { TEXTS } from './messages';
import './invitation.css';

/** `GET /invitations/:token`: who is invited to what, and where the invitation stands. */
interface InvitationView {
  eventId: string;
  eventSlug: string;
  eventTitle: string;
  startsAt: string;
  name: string;
  status: 'invited' | 'pending' | 'registered' | 'waitlisted' | 'declined' | 'cancelled';
  waitlistPosition?: number;
  badgeCode?: string;
}

/** The badge code as a QR image made on the device (the invitee has no session, and needs none for this). */
function BadgeQr({ code }: { code: string }): ReactNode {
  const t = useTexts(TEXTS);
  const [image, setImage] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void qrDataUrl(code).then((url) => live && setImage(url));
    return () => {
      live = false;
    };
  }, [code]);
  return (
    <figure className="invitation-badge">
      {image ? <img src={image} alt={t('badgeAlt')} width={320} height={320} /> : <p className="loading">…</p>}
      <figcaption>
        {t('badgeCode')}: <span translate="no">{formatBadgeCode(code)}</span>
      </figcaption>
    </figure>
  );
}

/** The invitation link: no sign-in, the token is the key; confirm or decline, then the outcome. */
export default function InvitationApp({ params }: { params: Record<string, string> }): ReactNode {
  const t = useTexts(TEXTS);
  const { lang } = useLanguage();
  const token = params.token;
  const [view, setView] = useState<InvitationView | null>(null);
  const [event, setEvent] = useState<EventSummary | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirmingDecline, setConfirmingDecline] = useState(false);

  const fail = (caught: unknown): void => setError(caught instanceof ApiError ? caught.message : t('network'));

  useEffect(() => {
    api<InvitationView>('GET', `/invitations/${token}`)
      .then((found) => {
        setView(found);
        setError(null);
        // Venue and zone, when the event is public (an invite-only event shows the invitation's own facts).
        return api<EventSummary>('GET', `/events/${found.eventId}`).then(setEvent, () => undefined);
      })
      .catch(fail);
    // The title comes in the asked language: read again after a switch.
  }, [token, lang]);

  const answer = async (kind: 'confirm' | 'decline'): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      setView(await api<InvitationView>('POST', `/invitations/${token}/${kind}`));
      setConfirmingDecline(false);
    } catch (caught) {
      fail(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page title={t('title')}>
      {error && <Notice kind="error">{error}</Notice>}
      {!view && !error && <p className="loading">{t('loading')}</p>}
      {view && (
        <section className="invitation" aria-labelledby="invitation-event">
          <p className="greeting">{t('greeting', { name: view.name })}</p>
          <p>{t('invited')}</p>
          <h2 id="invitation-event">{view.eventTitle}</h2>
          <dl className="facts">
            <dt>{t('when')}</dt>
            <dd>{event ? eventDates(event, lang) : wallClock(view.startsAt, lang)}</dd>
            {event && (
              <>
                <dt>{t('where')}</dt>
                <dd>{eventVenue(event, lang)}</dd>
              </>
            )}
          </dl>
          {event && (
            <p>
              <a href={`/events/${view.eventSlug}`}>{t('eventPage')}</a>
            </p>
          )}

          {view.status === 'invited' && !confirmingDecline && (
            <div className="answer">
              <p className="hint">{t('noPassword')}</p>
              <button type="button" disabled={busy} onClick={() => void answer('confirm')}>
                {busy ? t('busy') : t('confirm')}
              </button>
              <button type="button" className="secondary" disabled={busy} onClick={() => setConfirmingDecline(true)}>
                {t('decline')}
              </button>
            </div>
          )}
          {view.status === 'invited' && confirmingDecline && (
            <div className="confirm" role="group" aria-label={t('decline')}>
              <p>{t('declineConfirm')}</p>
              <button type="button" className="danger-solid" disabled={busy} onClick={() => void answer('decline')}>
                {t('declineYes')}
              </button>{' '}
              <button type="button" className="secondary" onClick={() => setConfirmingDecline(false)}>
                {t('declineNo')}
              </button>
            </div>
          )}

          {view.status === 'registered' && <Notice kind="ok">{t('registered')}</Notice>}
          {view.status === 'registered' && view.badgeCode && <BadgeQr code={view.badgeCode} />}
          {view.status === 'waitlisted' && (
            <Notice kind="warn">{t('waitlisted', { n: view.waitlistPosition ?? '?' })}</Notice>
          )}
          {view.status === 'pending' && <Notice kind="info">{t('pending')}</Notice>}
          {view.status === 'declined' && <Notice kind="info">{t('declined')}</Notice>}
          {view.status === 'cancelled' && <Notice kind="info">{t('cancelled')}</Notice>}
          {view.status !== 'invited' && view.status !== 'declined' && (
            <p>
              <a href="/login?next=/my">{t('signIn')}</a>
            </p>
          )}
        </section>
      )}
      {view && view.status !== 'declined' && view.status !== 'cancelled' && <InvitationAccount token={token} />}
    </Page>
  );
}
