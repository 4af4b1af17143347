import type { ReactNode } from 'react';
import { formatInZone, useLanguage, useTexts } from '../../lib/i18n';
import { Link } from './navigation';
import { TEXTS } from './messages';
import { POLL_TEXTS } from './poll-messages';
import { PdfDownload } from './PdfDownload';
import type { Forum, Resolution } from './types';
import { formatDay } from '../../lib/format';

/** An adopted resolution: its number and vote, the document, its points, and its amendments. */
export function ResolutionView({ resolution, forum }: { resolution: Resolution; forum: Forum }): ReactNode {
  const t = useTexts(TEXTS);
  const tp = useTexts(POLL_TEXTS);
  const { lang } = useLanguage();
  return (
    <article className="sec-adopted">
      <p className="sec-kind" data-testid="resolution-kind">
        {t(`kind_${resolution.kind}`)}
      </p>
      <p className="sec-number" data-testid="resolution-number">
        {t('numberOf', { number: resolution.number ?? '' })}
      </p>
      <h2 lang={lang}>{resolution.title}</h2>
      {resolution.adoptedAt && (
        <p>
          {t('adoptedOn', {
            date: formatInZone(resolution.adoptedAt, forum.timeZone, lang, { dateStyle: 'long', timeStyle: 'short' }),
          })}
        </p>
      )}
      {resolution.place && <p data-testid="resolution-place">{t('placeOf', { place: resolution.place })}</p>}
      {resolution.vote && (
        <p>
          {t('voteResult', {
            for: resolution.vote.for,
            against: resolution.vote.against,
            abstained: resolution.vote.abstained,
            present: resolution.vote.present,
          })}
          {resolution.vote.mode && resolution.vote.mode !== 'counts' && (
            <> · {tp(resolution.vote.mode === 'roll_call' ? 'modeRollCall' : 'modeElectronic')}</>
          )}
        </p>
      )}
      {resolution.verification && (
        <p data-testid="verification-code">
          {tp('verification')}{' '}
          <a href={resolution.verification.url} target="_blank" rel="noreferrer">
            {resolution.verification.code}
          </a>
        </p>
      )}
      {resolution.chair && <p>{t('chair', { name: resolution.chair.name })}</p>}
      {resolution.amends && <p>{t('amendsNumber', { number: resolution.amends.number ?? t('noNumber') })}</p>}
      {resolution.preamble && <p className="sec-preamble">{resolution.preamble}</p>}
      <ol className="sec-point-list">
        {resolution.points.map((point) => (
          <li key={point.id}>
            <p className="sec-inline">{point.text}</p>
            <p className="sec-meta">
              {[
                point.responsible?.name,
                point.executor?.name,
                point.dueDate ? t('due', { date: formatDay(point.dueDate, lang) }) : '',
              ]
                .filter(Boolean)
                .join(' · ')}
            </p>
          </li>
        ))}
      </ol>
      <PdfDownload resolutionId={resolution.id} number={resolution.number} />
      <section aria-labelledby="amendments-heading">
        <h2 id="amendments-heading">{t('amendments')}</h2>
        {resolution.amendments.length > 0 && (
          <ul>
            {resolution.amendments.map((a) => (
              <li key={a.id}>
                <Link to={`/secretary/resolutions/${a.id}`}>
                  {a.number ? t('numberOf', { number: a.number }) : t('noNumber')} —{' '}
                  {t(`status_${a.status === 'adopted' ? 'adopted' : 'draft'}`)}
                </Link>
              </li>
            ))}
          </ul>
        )}
        <Link className="sec-button-link" to={`/secretary/resolutions/${resolution.id}/amend`}>
          {t('draftAmendment')}
        </Link>
      </section>
    </article>
  );
}
