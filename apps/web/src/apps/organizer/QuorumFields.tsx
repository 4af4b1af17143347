import type { ReactNode } from 'react';
import type { ApiError } from '../../lib/api';
import { useTexts } from '../../lib/i18n';
import { fieldMessage, SelectField, TextField } from '../../lib/forms';
import { TEXTS, type TextKey } from './messages';
import type { Quorum } from './types';

/** A quorum rule as the form holds it: every part a string, empty when not given; the share as a percent (50, not 0.5). */
export interface QuorumValues {
  memberCount: string;
  roles: string;
  fraction: string;
  majority: string;
}

export function quorumValues(quorum: Quorum | null | undefined): QuorumValues {
  return {
    memberCount: quorum?.memberCount ? String(quorum.memberCount) : '',
    roles: quorum?.roles?.join(', ') ?? '',
    fraction: quorum?.fraction !== undefined ? String(Math.round(quorum.fraction * 10_000) / 100) : '',
    majority: quorum?.majority ?? '',
  };
}

/** The rule as the API takes it; nothing given is no rule. */
export function quorumBody(v: QuorumValues): Quorum | undefined {
  const roles = v.roles
    .split(',')
    .map((role) => role.trim())
    .filter(Boolean);
  const quorum: Quorum = {
    ...(v.memberCount ? { memberCount: Number(v.memberCount) } : {}),
    ...(roles.length ? { roles } : {}),
    ...(v.fraction ? { fraction: Number(v.fraction) / 100 } : {}),
    ...(v.majority ? { majority: v.majority as Quorum['majority'] } : {}),
  };
  return Object.keys(quorum).length ? quorum : undefined;
}

/** A typed percent outside 0–100 (or not a number), told before the form is sent. */
export function percentOutOfRange(value: string): boolean {
  if (!value.trim()) {
    return false;
  }
  const percent = Number(value.replace(',', '.'));
  return !Number.isFinite(percent) || percent < 0 || percent > 100;
}

/** The quorum's inputs, each with the API's error for `quorum.<part>`; the share is typed as a percent. */
export function QuorumFields(props: {
  id: string;
  legend: TextKey;
  values: QuorumValues;
  onChange: (values: QuorumValues) => void;
  error: ApiError | null;
}): ReactNode {
  const t = useTexts(TEXTS);
  const { id, values } = props;
  const set = (key: keyof QuorumValues) => (value: string) => props.onChange({ ...values, [key]: value });
  const e = (part: string): string | undefined => fieldMessage(props.error, `quorum.${part}`);
  return (
    <fieldset className="quorum" aria-describedby={`${id}-hint`}>
      <legend>{t(props.legend)}</legend>
      <p className="hint" id={`${id}-hint`}>
        {t('quorumHint')}
      </p>
      <div className="grid-2">
        <TextField
          id={`${id}-members`}
          type="number"
          inputMode="numeric"
          label={t('quorumMembers')}
          value={values.memberCount}
          onChange={set('memberCount')}
          error={e('memberCount')}
        />
        <TextField
          id={`${id}-roles`}
          label={t('quorumRoles')}
          value={values.roles}
          onChange={set('roles')}
          error={e('roles')}
        />
        <TextField
          id={`${id}-fraction`}
          type="number"
          inputMode="numeric"
          label={t('quorumFraction')}
          hint={t('quorumFractionHint')}
          value={values.fraction}
          onChange={set('fraction')}
          error={percentOutOfRange(values.fraction) || e('fraction') ? t('quorumPercentRange') : undefined}
        />
        <SelectField
          id={`${id}-majority`}
          label={t('quorumMajority')}
          value={values.majority}
          onChange={set('majority')}
          options={[
            { value: '', label: '—' },
            { value: 'present', label: t('majorityPresent') },
            { value: 'members', label: t('majorityMembers') },
          ]}
          error={e('majority')}
        />
      </div>
    </fieldset>
  );
}
