import { type ControlHistoryResponse, type ControlPointResponse, type ControlPointsResponse } from '@app/contracts';
import { type ReactNode, useEffect, useState } from 'react';
import { api } from '../../lib/api';
import { formatInZone, useLanguage, useTexts } from '../../lib/i18n';
import { formatDay } from '../../lib/format';
import { Notice } from '../../lib/ui';
import { TEXTS } from './messages';

/** The control room's list of points: each with its act, body, deadline and status; opens its history. */
export function PointList({
  points,
  onOpen,
}: {
  points: ControlPointsResponse;
  onOpen: (point: ControlPointResponse) => void;
}): ReactNode {
  const t = useTexts(TEXTS);
  const { lang } = useLanguage();
  const heading =
    points.view === 'mine'
      ? t('viewMine')
      : points.view === 'all_open'
        ? t('viewAllOpen')
        : t('viewFiltered', { count: points.total });
  return (
    <section aria-labelledby="list-title">
      <h2 id="list-title">{t('list')}</h2>
      <p className="ctl-view" data-view={points.view}>
        {heading}
      </p>
      {points.items.length === 0 ? (
        <Notice kind="info">{t('nothing')}</Notice>
      ) : (
        <div className="ctl-scroll">
          <table className="ctl-table" id="points">
            <thead>
              <tr>
                <th scope="col">{t('act')}</th>
                <th scope="col">{t('number')}</th>
                <th scope="col">{t('text')}</th>
                <th scope="col">{t('responsible')}</th>
                <th scope="col">{t('dueDate')}</th>
                <th scope="col">{t('status')}</th>
                <th scope="col">{t('percent')}</th>
                <th scope="col">{t('history')}</th>
              </tr>
            </thead>
            <tbody>
              {points.items.map((point) => (
                <tr key={point.id} className={point.overdue ? 'ctl-late' : undefined}>
                  <td>
                    {t(`source.${point.source}`)}
                    {point.actNumber ? ` № ${point.actNumber}` : ''}
                  </td>
                  <td>{point.number}</td>
                  <td>{point.text}</td>
                  <td>{point.responsible?.name ?? '—'}</td>
                  <td>{point.dueDate ? formatDay(point.dueDate, lang) : '—'}</td>
                  <td>{t(`status.${point.status as 'done'}`)}</td>
                  <td>{point.percent}</td>
                  <td>
                    <button
                      type="button"
                      className="link-button"
                      aria-label={`${t('history')}: ${point.number}. ${point.text}`}
                      onClick={() => onOpen(point)}
                    >
                      {t('history')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {points.total > points.items.length && (
            <p className="hint">{t('more', { count: points.total - points.items.length })}</p>
          )}
        </div>
      )}
    </section>
  );
}

/**
 * Who reported what and when on one point, newest first, with the evidence links. The region shows its heading and
 * entries together once this point's history has arrived (a loading line until then), so it never reads as a point
 * with no reports while the request is under way; a late answer for a point closed meanwhile is dropped.
 */
/** One point's history: every change of its status and report, who made it and when. */
export function History({ point, onClose }: { point: ControlPointResponse; onClose: () => void }): ReactNode {
  const t = useTexts(TEXTS);
  const { lang } = useLanguage();
  const [history, setHistory] = useState<ControlHistoryResponse | undefined>();
  const [error, setError] = useState<string | undefined>();
  useEffect(() => {
    let current = true;
    setHistory(undefined);
    setError(undefined);
    void api<ControlHistoryResponse>('GET', `/control/points/${point.id}/history`)
      .then((loaded) => current && setHistory(loaded))
      .catch((e: Error) => current && setError(e.message));
    return () => {
      current = false;
    };
  }, [point.id, lang]);
  if (!history) {
    return (
      <section className="ctl-history" aria-busy={!error} role="region" aria-label={t('history')}>
        {error ? <p role="alert">{error}</p> : <p className="loading">{t('loading')}</p>}
        <button type="button" className="secondary" onClick={onClose}>
          {t('closeHistory')}
        </button>
      </section>
    );
  }
  return (
    <section className="ctl-history" aria-labelledby="history-title" role="region">
      <h2 id="history-title">
        {t('history')}: {point.number}. {point.text}
      </h2>
      {history.history.length === 0 && <p>{t('noHistory')}</p>}
      <ol>
        {history.history.map((entry) => (
          <li key={entry.at}>
            <time dateTime={entry.at}>
              {formatInZone(entry.at, 'Asia/Almaty', lang, { dateStyle: 'medium', timeStyle: 'short' })}
            </time>{' '}
            — {t(`status.${entry.status as 'done'}`)}, {entry.percent}%{entry.author ? ` (${entry.author})` : ''}
            {entry.note && <p>{entry.note}</p>}
            {entry.evidenceUrl && (
              <a href={entry.evidenceUrl} rel="noopener noreferrer" target="_blank">
                {t('evidence')}
              </a>
            )}
          </li>
        ))}
      </ol>
      <button type="button" className="secondary" onClick={onClose}>
        {t('closeHistory')}
      </button>
    </section>
  );
}
