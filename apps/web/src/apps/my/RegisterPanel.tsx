import { type ReactNode, useEffect, useState } from 'react';
import { api, ApiError } from '../../lib/api';
import { useLanguage, useTexts } from '../../lib/i18n';
import { Notice } from '../../lib/ui';
import { type District, DistrictFields } from './DistrictFields';
import { type EventSummary, eventDates, eventTitle, eventVenue } from './event';
import { newIdempotencyKey } from './files';
import { REGISTRATION_LABELS, type RegistrationRole, roleKey } from './labels';
import { TEXTS } from './messages';
import type { Registration } from './registrations';

/** The roles a participant may take by themselves (the API gives the others only through organizers). */
const SELF_ROLES: RegistrationRole[] = ['delegate', 'guest', 'press'];

/**
 * `?register=<eventId or slug>`: the event, the role, one button; then what came of it
 * (registered, waitlisted with the place in line, pending approval, or the API's refusal).
 */
export function RegisterPanel({
  idOrSlug,
  existing,
  onChanged,
}: {
  idOrSlug: string;
  /** My registrations, to tell that I am already in. */
  existing: Registration[];
  /** Something changed on the server: my list should be read again. */
  onChanged: () => void;
}): ReactNode {
  const t = useTexts(TEXTS);
  const label = useTexts(REGISTRATION_LABELS);
  const { lang } = useLanguage();
  const [event, setEvent] = useState<EventSummary | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [role, setRole] = useState<RegistrationRole>('delegate');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ message: string; network: boolean } | null>(null);
  const [district, setDistrict] = useState<District>({ regionCode: '', organizationId: '' });
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [result, setResult] = useState<Registration | null>(null);
  // One key for this attempt: a double tap or a retry after a lost answer gets the first result back.
  const [attemptKey, setAttemptKey] = useState(newIdempotencyKey);

  useEffect(() => {
    api<EventSummary>('GET', `/events/${encodeURIComponent(idOrSlug)}`)
      .then(setEvent)
      .catch((caught: unknown) => setLoadError(caught instanceof ApiError ? caught.message : t('network')));
    // The panel is for one event.
  }, [idOrSlug]);

  if (loadError) {
    return (
      <section className="register-panel" aria-labelledby="register-title">
        <h2 id="register-title">{t('registerTitle')}</h2>
        <Notice kind="error">{loadError}</Notice>
      </section>
    );
  }
  if (!event) {
    return <p className="loading">{t('loading')}</p>;
  }
  const mine = result ?? existing.find((r) => r.eventId === event.id && r.status !== 'cancelled');

  const submit = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    setFieldErrors({});
    try {
      const created = await api<Registration>('POST', `/events/${event.id}/registrations`, {
        body: event.reportsByRegion
          ? { role, regionCode: district.regionCode || undefined, organizationId: district.organizationId || undefined }
          : { role },
        headers: { 'idempotency-key': attemptKey },
      });
      setResult(created);
      onChanged();
    } catch (caught) {
      if (caught instanceof ApiError) {
        setError({ message: caught.message, network: false });
        setFieldErrors(Object.fromEntries(caught.errors.map((e) => [e.field, e.message])));
        // The API refused: nothing was made, so the next try is a new attempt.
        setAttemptKey(newIdempotencyKey());
        if (caught.code === 'ALREADY_REGISTERED') {
          onChanged();
        }
      } else {
        setError({ message: t('network'), network: true });
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="register-panel" aria-labelledby="register-title">
      <h2 id="register-title">{eventTitle(event, lang)}</h2>
      <p>
        <strong>{t('when')}:</strong> {eventDates(event, lang)}
        <br />
        <strong>{t('where')}:</strong> {eventVenue(event, lang)}
      </p>
      {mine && !result && <Notice kind="info">{t('already')}</Notice>}
      {result?.status === 'registered' && <Notice kind="ok">{t('resultRegistered')}</Notice>}
      {result?.status === 'waitlisted' && (
        <Notice kind="warn">{t('resultWaitlisted', { n: result.waitlistPosition ?? '?' })}</Notice>
      )}
      {result?.status === 'pending' && <Notice kind="info">{t('resultPending')}</Notice>}
      {!mine && (
        <form
          className="form"
          onSubmit={(submitEvent) => {
            submitEvent.preventDefault();
            void submit();
          }}
        >
          {event.requiresApproval && <p>{t('needsApproval')}</p>}
          <fieldset className="roles">
            <legend>{t('chooseRole')}</legend>
            {SELF_ROLES.map((code) => (
              <label key={code} className="choice">
                <input type="radio" name="role" value={code} checked={role === code} onChange={() => setRole(code)} />
                {label(roleKey(code))}
              </label>
            ))}
          </fieldset>
          {event.reportsByRegion && (
            <DistrictFields
              parentRegion={event.regionCode ?? null}
              value={district}
              onChange={setDistrict}
              errors={fieldErrors}
            />
          )}
          {error && <Notice kind="error">{error.message}</Notice>}
          <button type="submit" disabled={busy}>
            {busy ? t('registering') : error?.network ? t('retry') : t('register')}
          </button>
        </form>
      )}
    </section>
  );
}
