import { formatBadgeCode } from '@app/contracts';
import type { ReactNode } from 'react';
import { useTexts } from '../../lib/i18n';
import { TEXTS } from './messages';
import type { Verdict } from './roster';

/** What the desk shows of the last check-in: the verdict, and how far the server has it. */
export type Shown = { verdict: Verdict; clientId: string | null; server: 'waiting' | 'saved' | 'confirmed' | 'none' };

/** The big verdict panel at the door: admitted, already in, not admitted, unknown code. */
export function Feedback({
  shown,
  time,
  serverMessage,
}: {
  shown: Shown | null;
  time: (iso: string) => string;
  serverMessage: string | null;
}): ReactNode {
  const t = useTexts(TEXTS);
  const verdict = shown?.verdict;
  let headline = t('feedbackEmpty');
  let detail: string | null = null;
  let tone = 'idle';
  let icon = '';
  if (verdict) {
    const entry = 'entry' in verdict ? verdict.entry : null;
    detail = entry ? [entry.name, entry.position, entry.organization].filter(Boolean).join(' · ') : null;
    switch (verdict.kind) {
      case 'admitted':
        tone = 'ok';
        icon = '✓';
        headline = t('admitted');
        break;
      case 'already':
        tone = 'warn';
        icon = '!';
        headline = t('already', { time: time(verdict.at) });
        break;
      case 'not_admitted':
        tone = 'stop';
        icon = '✕';
        headline = verdict.status ? t('notAdmitted', { status: t(`status_${verdict.status}`) }) : t('notAdmittedPlain');
        break;
      case 'unknown':
        tone = 'stop';
        icon = '✕';
        headline = t('unknown');
        detail = t('unknownDetail', { code: formatBadgeCode(verdict.code) });
        break;
    }
  }
  const note =
    shown?.server === 'saved'
      ? verdict?.kind === 'unknown'
        ? t('checkedLater')
        : t('savedOnDevice')
      : shown?.server === 'confirmed'
        ? (serverMessage ?? t('confirmed'))
        : null;
  return (
    <div
      className={`ci-feedback ci-feedback-${tone}`}
      role="status"
      aria-live="assertive"
      aria-atomic="true"
      data-verdict={verdict?.kind ?? 'none'}
      data-server={shown?.server ?? 'none'}
    >
      {icon && (
        <span className="ci-feedback-icon" aria-hidden="true">
          {icon}
        </span>
      )}
      <div>
        <p className="ci-feedback-headline">{headline}</p>
        {detail && <p className="ci-feedback-detail">{detail}</p>}
        {note && <p className="ci-feedback-note">{note}</p>}
      </div>
    </div>
  );
}
