import { type ReactNode, useState } from 'react';
import { getToken } from '../../lib/api';
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
      const response = await fetch(`/api/v1/events/${event.id}/badges.pdf`, {
        headers: { authorization: `Bearer ${getToken() ?? ''}`, 'accept-language': lang },
      });
      if (!response.ok) {
        const body = (await response.json().catch(() => undefined)) as { message?: string } | undefined;
        throw new Error(body?.message ?? `${response.status}`);
      }
      const url = URL.createObjectURL(await response.blob());
      const link = document.createElement('a');
      link.href = url;
      link.download = `badges-${event.slug}.pdf`;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60000);
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
