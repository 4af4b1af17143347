import { type ReactNode, useState } from 'react';
import { downloadFile } from '../../lib/files';
import { useLanguage, useTexts } from '../../lib/i18n';
import { Notice } from '../../lib/ui';
import { TEXTS } from './messages';
import type { EventData } from './types';

/** The badges of every registered participant as one PDF: fetched with the token, then saved from a Blob. */
export function BadgesLink({ event }: { event: EventData }): ReactNode {
  const t = useTexts(TEXTS);
  const { lang } = useLanguage();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const download = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      await downloadFile(`/events/${event.id}/badges.pdf`, `badges-${event.slug}.pdf`, lang);
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="badges">
      <button type="button" className="secondary" disabled={busy} onClick={() => void download()}>
        {t('printBadges')}
      </button>
      {error && <Notice kind="error">{error}</Notice>}
    </div>
  );
}
