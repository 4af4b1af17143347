import { type ReactNode, useEffect, useState } from 'react';
import { EmailField } from '../../lib/account-fields';
import { api, getUser, signIn } from '../../lib/api';
import { type Messages, useTexts } from '../../lib/i18n';
import { PasswordForm } from '../../lib/password-form';

const TEXTS: Messages<'title' | 'intro' | 'email' | 'create'> = {
  kk: {
    title: 'Жеке тіркелгі',
    intro:
      'Шақыру сізді таныстырып қойды: құпиясөз ойлап тапсаңыз, «Менің форумдарым» бетіне кіретін тіркелгі ашылады.',
    email: 'Электрондық пошта',
    create: 'Тіркелгі ашу',
  },
  ru: {
    title: 'Личная учётная запись',
    intro: 'Приглашение уже знает, кто вы: придумайте пароль, и откроется учётная запись для страницы «Мои форумы».',
    email: 'Электронная почта',
    create: 'Открыть учётную запись',
  },
  en: {
    title: 'Your own account',
    intro: 'The invitation already knows who you are: choose a password to open an account for the "My forums" page.',
    email: 'E-mail',
    create: 'Open the account',
  },
};

/** Under the invitation: the invited person opens their account with a password chosen here (none is mailed). */
export function InvitationAccount({ token }: { token: string }): ReactNode {
  const t = useTexts(TEXTS);
  const [state, setState] = useState<{ hasAccount: boolean; email: string | null } | null>(null);
  const [email, setEmail] = useState('');

  useEffect(() => {
    if (!getUser()) {
      api<{ hasAccount: boolean; email: string | null }>('GET', `/invitations/${token}/account`).then(setState, () =>
        setState(null),
      );
    }
  }, [token]);

  if (!state || state.hasAccount) {
    return null;
  }
  const submit = async (password: string): Promise<void> => {
    const ready = await api<{ email: string }>('POST', `/invitations/${token}/account`, {
      body: state.email ? { password } : { password, email },
    });
    await signIn(ready.email, password);
    location.assign('/my');
  };
  return (
    <section className="invitation-account" aria-labelledby="invitation-account-title">
      <h2 id="invitation-account-title">{t('title')}</h2>
      <p>{t('intro')}</p>
      {state.email && <p>{state.email}</p>}
      <PasswordForm
        submitLabel={t('create')}
        submit={submit}
        before={(error) =>
          !state.email && (
            <EmailField id="invitation-email" label={t('email')} value={email} onChange={setEmail} error={error} />
          )
        }
      />
    </section>
  );
}
