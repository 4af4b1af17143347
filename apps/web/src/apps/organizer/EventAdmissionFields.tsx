import { EVENT_VISIBILITIES } from '@app/contracts';
import type { ReactNode } from 'react';
import { useTexts } from '../../lib/i18n';
import { FieldError, Notice } from '../../lib/ui';
import { describedBy, SelectField, TextField } from '../../lib/forms';
import type { Values } from './event-form-values';
import { TEXTS } from './messages';

/** Sets one of the form's values (EventForm's `set`). */
type SetValue = <K extends keyof Values>(key: K) => (value: Values[K]) => void;

/** Who may come and how: visibility, capacity, the registration window, approval, reports by region. */
export function AdmissionFields(props: {
  values: Values;
  set: SetValue;
  error: (field: string) => string | undefined;
}): ReactNode {
  const t = useTexts(TEXTS);
  return (
    <>
      <div className="grid-2">
        <SelectField
          id="event-visibility"
          label={t('visibility')}
          value={props.values.visibility}
          onChange={props.set('visibility')}
          options={EVENT_VISIBILITIES.map((v) => ({ value: v, label: t(v === 'public' ? 'public' : 'inviteOnly') }))}
          error={props.error('visibility')}
        />
        <TextField
          id="event-capacity"
          type="number"
          inputMode="numeric"
          label={t('capacity')}
          value={props.values.capacity}
          onChange={props.set('capacity')}
          error={props.error('capacity')}
        />
      </div>
      <div className="grid-2">
        <TextField
          id="event-reg-opens"
          type="datetime-local"
          label={t('registrationOpens')}
          value={props.values.registrationOpensAt}
          onChange={props.set('registrationOpensAt')}
          error={props.error('registrationOpensAt')}
        />
        <TextField
          id="event-reg-closes"
          type="datetime-local"
          label={t('registrationCloses')}
          value={props.values.registrationClosesAt}
          onChange={props.set('registrationClosesAt')}
          error={props.error('registrationClosesAt')}
        />
      </div>
      <div className="checkbox">
        <input
          id="event-approval"
          type="checkbox"
          checked={props.values.requiresApproval}
          onChange={(change) => props.set('requiresApproval')(change.target.checked)}
        />
        <label htmlFor="event-approval">{t('requiresApproval')}</label>
      </div>
      <div className="checkbox">
        <input
          id="event-reports-by-region"
          type="checkbox"
          checked={props.values.reportsByRegion}
          onChange={(change) => props.set('reportsByRegion')(change.target.checked)}
        />
        <label htmlFor="event-reports-by-region">{t('reportsByRegion')}</label>
      </div>
    </>
  );
}

/** When the forum was announced, locked once it is published; warns when the announcement comes too late. */
export function AnnouncementField(props: {
  value: string;
  onChange: (value: string) => void;
  locked: boolean;
  requiredDays: number;
  lead: number | null;
  error: string | undefined;
}): ReactNode {
  const t = useTexts(TEXTS);
  return (
    <>
      <div className="field">
        <label htmlFor="event-announced">{t('announcedAt')}</label>
        <input
          id="event-announced"
          type="datetime-local"
          value={props.value}
          disabled={props.locked}
          onChange={(change) => props.onChange(change.target.value)}
          {...describedBy('event-announced', props.error, 'event-announced-hint')}
        />
        <p className="hint" id="event-announced-hint">
          {props.locked ? t('announcedLocked') : t('announcedHint', { days: props.requiredDays })}
        </p>
        <FieldError id="event-announced-error" message={props.error} />
      </div>
      {props.lead !== null && props.lead < props.requiredDays && (
        <Notice kind="warn">{t('leadWarning', { days: Math.max(props.lead, 0), required: props.requiredDays })}</Notice>
      )}
    </>
  );
}
