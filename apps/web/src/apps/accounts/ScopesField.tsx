import type { ReactNode } from 'react';
import { fieldMessage, SelectField } from '../../lib/forms';
import type { ApiError } from '../../lib/api';
import { useTexts } from '../../lib/i18n';
import { TEXTS } from './messages';
import type { Scope, ScopeKind, ScopedRole, ScopeTargets } from './types';

const SCOPED_ROLES: ScopedRole[] = ['organizer', 'secretary', 'checker'];
const ROLE_KEY = { organizer: 'roleOrganizer', secretary: 'roleSecretary', checker: 'roleChecker' } as const;

/** The account's scopes: each a role in an organization or an event, chosen from lists. */
export function ScopesField(props: {
  scopes: Scope[];
  onChange: (scopes: Scope[]) => void;
  targets: ScopeTargets;
  error: ApiError | null;
}): ReactNode {
  const t = useTexts(TEXTS);
  const { scopes, onChange, targets, error } = props;
  const set = (index: number, change: Partial<Scope>): void =>
    onChange(scopes.map((scope, i) => (i === index ? { ...scope, ...change } : scope)));
  return (
    <fieldset>
      <legend>{t('scopes')}</legend>
      <p className="hint">{t('scopesHint')}</p>
      {scopes.map((scope, index) => (
        <div className="grid-3 scope-row" key={index}>
          <SelectField
            id={`scope-${index}-role`}
            label={t('scopeRole')}
            value={scope.role}
            onChange={(value) => set(index, { role: value as ScopedRole })}
            options={SCOPED_ROLES.map((role) => ({ value: role, label: t(ROLE_KEY[role]) }))}
            error={fieldMessage(error, `scopes.${index}.role`)}
          />
          <SelectField
            id={`scope-${index}-kind`}
            label={t('scopeKind')}
            value={scope.kind}
            onChange={(value) => set(index, { kind: value as ScopeKind, id: '' })}
            options={[
              { value: 'organization', label: t('kindOrganization') },
              { value: 'event', label: t('kindEvent') },
            ]}
            error={fieldMessage(error, `scopes.${index}.kind`)}
          />
          <div>
            <SelectField
              id={`scope-${index}-id`}
              label={t('scopeTarget')}
              value={scope.id}
              onChange={(value) => set(index, { id: value })}
              options={[
                { value: '', label: t('choose') },
                ...targets[scope.kind].map((o) => ({ value: o.id, label: o.label })),
              ]}
              error={fieldMessage(error, `scopes.${index}.id`)}
              required
            />
            <button
              type="button"
              className="secondary small"
              onClick={() => onChange(scopes.filter((_, i) => i !== index))}
            >
              {t('scopeRemove')}
            </button>
          </div>
        </div>
      ))}
      <button
        type="button"
        className="secondary small"
        onClick={() => onChange([...scopes, { role: 'organizer', kind: 'organization', id: '' }])}
      >
        {t('scopeAdd')}
      </button>
    </fieldset>
  );
}
