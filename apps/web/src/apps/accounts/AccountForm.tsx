import { type Language, type Role, ROLES } from '@app/contracts';
import { type FormEvent, type ReactNode, useState } from 'react';
import { EmailField, LanguageField } from '../../lib/account-fields';
import { api, type ApiError } from '../../lib/api';
import { asApiError, fieldMessage, isVersionConflict, TextField } from '../../lib/forms';
import { useLanguage, useTexts } from '../../lib/i18n';
import { Notice } from '../../lib/ui';
import { TEXTS } from './messages';
import { ScopesField } from './ScopesField';
import type { Account, Scope, ScopeTargets } from './types';

export const ROLE_KEY = {
  admin: 'roleAdmin',
  organizer: 'roleOrganizer',
  secretary: 'roleSecretary',
  checker: 'roleChecker',
  participant: 'roleParticipant',
} as const;

/** Creates an account (no password: its owner sets one through the mailed link) or edits one. */
export function AccountForm(props: {
  account?: Account;
  targets: ScopeTargets;
  onSaved: (account: Account, notice: string) => void;
  onClose: () => void;
}): ReactNode {
  const t = useTexts(TEXTS);
  const { lang } = useLanguage();
  const { account } = props;
  const [email, setEmail] = useState(account?.email ?? '');
  const [fullName, setFullName] = useState(account?.fullName ?? '');
  const [language, setLanguage] = useState<Language>(account?.language ?? lang);
  const [roles, setRoles] = useState<Role[]>(account?.roles ?? ['participant']);
  const [scopes, setScopes] = useState<Scope[]>(account?.scopes ?? []);
  const [error, setError] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState('');
  const [busy, setBusy] = useState(false);

  const run = async (work: () => Promise<void>): Promise<void> => {
    setBusy(true);
    setError(null);
    setNotice('');
    try {
      await work();
    } catch (caught) {
      const failure = asApiError(caught);
      if (account && isVersionConflict(failure)) {
        props.onSaved(await api<Account>('GET', `/users/${account.id}`), t('stale'));
      } else {
        setError(failure);
      }
    } finally {
      setBusy(false);
    }
  };

  const save = (event: FormEvent): Promise<void> => {
    event.preventDefault();
    return run(async () => {
      const body = { fullName, language, roles, scopes };
      if (account) {
        const saved = await api<Account>('PATCH', `/users/${account.id}`, {
          body,
          headers: { 'if-match': String(account.version) },
        });
        props.onSaved(saved, t('saved'));
      } else {
        const created = await api<Account>('POST', '/users', { body: { ...body, email } });
        props.onSaved(created, t('created', { email: created.email }));
      }
    });
  };

  const setActive = (isActive: boolean): Promise<void> =>
    run(async () => {
      const saved = await api<Account>('PATCH', `/users/${account!.id}`, {
        body: { isActive },
        headers: { 'if-match': String(account!.version) },
      });
      props.onSaved(saved, t(isActive ? 'reactivated' : 'deactivated'));
    });

  const sendReset = (): Promise<void> =>
    run(async () => {
      const sent = await api<{ expiresAt: string }>('POST', `/users/${account!.id}/reset-link`);
      const until = new Intl.DateTimeFormat(lang === 'kk' ? 'kk-KZ' : lang, {
        dateStyle: 'long',
        timeStyle: 'short',
      }).format(new Date(sent.expiresAt));
      setNotice(t('resetSent', { email: account!.email, until }));
    });

  const title = account ? t('editAccount', { email: account.email }) : t('newAccount');
  return (
    <section className="account-form" aria-labelledby="account-form-title">
      <h2 id="account-form-title">{title}</h2>
      <form className="form" onSubmit={(event) => void save(event)} noValidate>
        {!account && <p className="hint">{t('noPasswordHint')}</p>}
        <div className="grid-2">
          {!account && (
            <EmailField id="account-email" label={t('email')} value={email} onChange={setEmail} error={error} />
          )}
          <TextField
            id="account-name"
            label={t('name')}
            value={fullName}
            onChange={setFullName}
            error={fieldMessage(error, 'fullName')}
          />
          <LanguageField
            id="account-language"
            label={t('language')}
            value={language}
            onChange={setLanguage}
            error={error}
          />
        </div>
        <fieldset {...(fieldMessage(error, 'roles') ? { 'aria-describedby': 'account-roles-error' } : {})}>
          <legend>{t('roles')}</legend>
          <div className="radios">
            {ROLES.map((role) => (
              <div className="checkbox" key={role}>
                <input
                  id={`account-role-${role}`}
                  type="checkbox"
                  checked={roles.includes(role)}
                  onChange={(event) =>
                    setRoles(event.target.checked ? [...roles, role] : roles.filter((held) => held !== role))
                  }
                />
                <label htmlFor={`account-role-${role}`}>{t(ROLE_KEY[role])}</label>
              </div>
            ))}
          </div>
          {fieldMessage(error, 'roles') && (
            <p className="field-error" id="account-roles-error" role="alert">
              {fieldMessage(error, 'roles')}
            </p>
          )}
        </fieldset>
        <ScopesField scopes={scopes} onChange={setScopes} targets={props.targets} error={error} />
        {error && <Notice kind="error">{error.message}</Notice>}
        {notice && <Notice kind="ok">{notice}</Notice>}
        <div className="form-actions">
          <button type="submit" disabled={busy}>
            {account ? t('save') : t('createSubmit')}
          </button>
          {account && (
            <button type="button" className="secondary" disabled={busy} onClick={() => void sendReset()}>
              {t('sendReset')}
            </button>
          )}
          {account && (
            <button
              type="button"
              className="secondary danger"
              disabled={busy}
              onClick={() => void setActive(!account.isActive)}
            >
              {account.isActive ? t('deactivate') : t('reactivate')}
            </button>
          )}
          <button type="button" className="link-button" onClick={props.onClose}>
            {t('close')}
          </button>
        </div>
      </form>
    </section>
  );
}
