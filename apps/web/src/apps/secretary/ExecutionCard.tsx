import type { ReactNode } from 'react';
import { formatInZone, useLanguage, useTexts } from '../../lib/i18n';
import { formatDay } from '../../lib/format';
import { TEXTS } from './messages';
import { IndicatorList } from './IndicatorList';
import { ProgressForm } from './ProgressForm';
import type { Row } from './execution-rows';

/** One point or instruction under execution: its text, who answers for it, its progress and the form to record more. */
export function ExecutionCard(props: {
  row: Row;
  timeZone: string;
  open: boolean;
  onOpen: () => void;
  onCancel: () => void;
  onSaved: (label: string) => void;
  onIndicatorSaved: () => void;
}): ReactNode {
  const { row, timeZone, open, onOpen, onCancel, onSaved, onIndicatorSaved } = props;
  const { act, point, status, overdue } = row;
  const t = useTexts(TEXTS);
  const { lang } = useLanguage();
  const label = t(act.kind === 'protocol' ? 'instructionOf' : 'pointOf', {
    number: act.number ?? '',
    point: point.number,
  });
  const latest = point.progress.at(-1);
  return (
    <li className={overdue ? 'sec-card sec-overdue' : 'sec-card'} data-point={point.id}>
      <h3>{label}</h3>
      {overdue && <p className="sec-badge sec-badge-error">{t('status_overdue')}</p>}
      <p className="sec-inline">{point.text}</p>
      <p className="sec-meta">
        {[
          point.responsible?.name,
          point.executor?.name,
          point.dueDate ? t('due', { date: formatDay(point.dueDate, lang) }) : t('noDue'),
          t(`status_${status}`),
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      <p className="sec-percent">
        <meter min={0} max={100} value={point.percent} aria-hidden="true" />{' '}
        {t('percentDone', { percent: point.percent })}
      </p>
      {act.kind !== 'protocol' && (
        <IndicatorList
          path={`/resolutions/${act.id}/points/${point.id}/indicators`}
          indicators={point.indicators ?? []}
          onSaved={onIndicatorSaved}
        />
      )}
      {latest && (latest.note || latest.evidenceUrl) && (
        <p className="sec-meta">
          {t('latest', {
            date: formatInZone(latest.at, timeZone, lang, {
              dateStyle: 'long',
              timeStyle: 'short',
            }),
            note: latest.note ?? '',
          })}{' '}
          {latest.evidenceUrl && (
            <a href={latest.evidenceUrl} rel="noopener noreferrer" target="_blank">
              {t('evidence')}
            </a>
          )}
        </p>
      )}
      {open ? (
        <ProgressForm
          path={
            act.kind === 'protocol'
              ? `/protocols/${act.id}/instructions/${point.id}/progress`
              : `/resolutions/${act.id}/points/${point.id}`
          }
          point={point}
          status={status}
          heading={
            act.kind === 'protocol'
              ? `${t('recordProgress')}: ${label}`
              : t('progressFor', { number: act.number ?? '', point: point.number })
          }
          onCancel={onCancel}
          onSaved={() => onSaved(label)}
        />
      ) : (
        <button type="button" className="secondary" aria-label={`${t('recordProgress')}: ${label}`} onClick={onOpen}>
          {t('recordProgress')}
        </button>
      )}
    </li>
  );
}
