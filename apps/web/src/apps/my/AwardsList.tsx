import { type ReactNode, useEffect, useState } from 'react';
import type { AwardResponse } from '@app/contracts';
import { api } from '../../lib/api';
import { fetchFile, saveBlob } from '../../lib/files';
import { asApiError } from '../../lib/forms';
import { formatDay, useLanguage, useTexts } from '../../lib/i18n';
import { Notice } from '../../lib/ui';
import { AWARD_TEXTS } from './award-messages';

/** `/my`: the letters of gratitude and certificates issued to me, each with its PDF and its public verification page. */
export function AwardsList(): ReactNode {
  const [awards, setAwards] = useState<AwardResponse[]>([]);
  const t = useTexts(AWARD_TEXTS);
  const { lang } = useLanguage();

  useEffect(() => {
    api<AwardResponse[]>('GET', '/awards/mine')
      .then(setAwards)
      .catch(() => {
        // Offline or signed out: the registrations below say so.
      });
  }, [lang]);

  if (awards.length === 0) {
    return null;
  }
  return (
    <section className="awards" aria-labelledby="my-awards">
      <h2 id="my-awards">{t('heading')}</h2>
      <ul className="registrations">
        {awards.map((award) => (
          <AwardItem key={award.id} award={award} />
        ))}
      </ul>
    </section>
  );
}

function AwardItem({ award }: { award: AwardResponse }): ReactNode {
  const t = useTexts(AWARD_TEXTS);
  const { lang } = useLanguage();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const headingId = `award-${award.id}`;

  const download = async (): Promise<void> => {
    setBusy(true);
    setFailure(null);
    try {
      saveBlob(
        await fetchFile(award.pdfUrl.replace(/^\/api\/v1/, ''), lang),
        `award-${award.number.replace('/', '-')}.pdf`,
      );
    } catch (caught) {
      setFailure(t('failed', { message: asApiError(caught).message }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <li className="registration award" aria-labelledby={headingId}>
      <h3 id={headingId}>{t(award.kind)}</h3>
      <p className="award-event">{award.eventTitle}</p>
      {award.revokedAt && <p className="status status-cancelled">{t('revoked')}</p>}
      <dl className="facts">
        <dt>{t('number')}</dt>
        <dd>№ {award.number}</dd>
        <dt>{t('date')}</dt>
        <dd>{formatDay(award.date, 'Asia/Almaty', lang)}</dd>
        <dt>{t('signedBy')}</dt>
        <dd>{[award.signatory.name, award.signatory.position].filter(Boolean).join(', ')}</dd>
      </dl>
      {failure && <Notice kind="error">{failure}</Notice>}
      <div className="actions">
        <button type="button" disabled={busy} onClick={() => void download()}>
          {t('pdf')}
        </button>
        <a href={new URL(award.verificationUrl).pathname}>{t('verify')}</a>
      </div>
    </li>
  );
}
