import type { ReactNode } from 'react';
import type { ApiError } from '../../lib/api';
import { useTexts } from '../../lib/i18n';
import { fieldMessage, SelectField, TextField } from './forms';
import { TEXTS, type TextKey } from './messages';
import type { Quorum } from './types';

/** A quorum rule as the form holds it: every part a string, empty when not given. */
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
    fraction: quorum?.fraction !== undefined ? String(quorum.fraction) : '',
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
    ...(v.fraction ? { fraction: Number(v.fraction) } : {}),
    ...(v.majority ? { majority: v.majority as Quorum['majority'] } : {}),
  };
  return Object.keys(quorum).length ? quorum : undefined;
}

/** The quorum's inputs, each with the API's error for `quorum.<part>`. */
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
          label={t('quorumFraction')}
          value={values.fraction}
          onChange={set('fraction')}
          error={e('fraction')}
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
