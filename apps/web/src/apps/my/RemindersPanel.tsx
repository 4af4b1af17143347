import { type ReactNode, useEffect, useId, useState } from 'react';
import { api, getUser } from '../../lib/api';
import { useTexts } from '../../lib/i18n';
import { Notice } from '../../lib/ui';
import { REMINDER_TEXTS } from './reminder-messages';
import { useAction } from './use-action';

interface Preferences {
  remindersOptOut: boolean;
}

/**
 * My reminders the day before a forum (`/api/v1/mail/preferences`): where an expired unsubscribe link sends people,
 * and where they switch reminders back on.
 */
export function RemindersPanel(): ReactNode {
  const t = useTexts(REMINDER_TEXTS);
  const headingId = useId();
  const [prefs, setPrefs] = useState<Preferences | null>(null);
  const [saved, setSaved] = useState(false);
  const { busy, error, run } = useAction(t('failed'));

  useEffect(() => {
    // Reminders are a person's: an account without a person record (an admin) has none to choose.
    if (!getUser()?.personId) {
      return;
    }
    api<Preferences>('GET', '/mail/preferences')
      .then(setPrefs)
      .catch(() => setPrefs(null));
  }, []);

  // The box follows the click at once; a refused save puts it back and says so.
  const change = (wanted: boolean): Promise<void> =>
    run(async () => {
      setSaved(false);
      setPrefs({ remindersOptOut: !wanted });
      try {
        setPrefs(await api<Preferences>('PUT', '/mail/preferences', { body: { remindersOptOut: !wanted } }));
        setSaved(true);
      } catch (caught) {
        setPrefs({ remindersOptOut: wanted });
        throw caught;
      }
    });

  if (!prefs) {
    return null;
  }
  return (
    <section className="calendar-feed" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('heading')}</h2>
      <p>{t('intro')}</p>
      <label>
        <input
          type="checkbox"
          checked={!prefs.remindersOptOut}
          disabled={busy}
          onChange={(e) => void change(e.currentTarget.checked)}
        />{' '}
        {t('wanted')}
      </label>
      {saved && <Notice kind="ok">{t('saved')}</Notice>}
      {error && <Notice kind="error">{error}</Notice>}
    </section>
  );
}
