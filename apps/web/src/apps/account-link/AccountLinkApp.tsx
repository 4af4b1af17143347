import { type ReactNode, useEffect, useState } from 'react';
import { api, signIn } from '../../lib/api';
import { asApiError } from '../../lib/forms';
import { type Messages, useTexts } from '../../lib/i18n';
import { Notice, Page } from '../../lib/ui';
import { PasswordForm } from '../../lib/password-form';

interface LinkView {
  purpose: 'confirm' | 'reset';
  email: string;
  fullName: string;
  expiresAt: string;
}

const TEXTS: Messages<'confirmTitle' | 'resetTitle' | 'account' | 'confirm' | 'reset' | 'loading' | 'again'> = {
  kk: {
    confirmTitle: 'Тіркелуді аяқтау',
    resetTitle: 'Жаңа құпиясөз',
    account: 'Тіркелгі: {email}',
    confirm: 'Растау және кіру',
    reset: 'Сақтау және кіру',
    loading: 'Жүктелуде…',
    again: 'Қайта тіркелу',
  },
  ru: {
    confirmTitle: 'Завершение регистрации',
    resetTitle: 'Новый пароль',
    account: 'Учётная запись: {email}',
    confirm: 'Подтвердить и войти',
    reset: 'Сохранить и войти',
    loading: 'Загрузка…',
    again: 'Зарегистрироваться снова',
  },
  en: {
    confirmTitle: 'Finish signing up',
    resetTitle: 'A new password',
    account: 'Account: {email}',
    confirm: 'Confirm and sign in',
    reset: 'Save and sign in',
    loading: 'Loading…',
    again: 'Sign up again',
  },
};

/** The page of a mailed link: the password is chosen here, then the account signs in. The link works once. */
export default function AccountLinkApp({ params }: { params: Record<string, string> }): ReactNode {
  const t = useTexts(TEXTS);
  const [view, setView] = useState<LinkView | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    api<LinkView>('GET', `/accounts/links/${params.token}`).then(setView, (caught: unknown) =>
      setError(asApiError(caught).message),
    );
  }, [params.token]);

  const submit = async (password: string): Promise<void> => {
    const ready = await api<{ email: string }>('POST', `/accounts/links/${params.token}`, { body: { password } });
    await signIn(ready.email, password);
    location.assign('/my');
  };

  return (
    <Page title={view?.purpose === 'reset' ? t('resetTitle') : t('confirmTitle')}>
      {error && (
        <>
          <Notice kind="error">{error}</Notice>
          <p>
            <a href="/sign-up">{t('again')}</a>
          </p>
        </>
      )}
      {!view && !error && <p className="loading">{t('loading')}</p>}
      {view && (
        <>
          <p>{t('account', { email: view.email })}</p>
          <PasswordForm submitLabel={view.purpose === 'reset' ? t('reset') : t('confirm')} submit={submit} />
        </>
      )}
    </Page>
  );
}
