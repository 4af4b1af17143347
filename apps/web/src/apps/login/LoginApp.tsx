import { type FormEvent, type ReactNode, useState } from 'react';
import { ApiError, holds, signIn, type SignedInUser } from '../../lib/api';
import { type Messages, useTexts } from '../../lib/i18n';
import { FieldError, Notice, Page } from '../../lib/ui';

const TEXTS: Messages<'title' | 'email' | 'password' | 'submit' | 'busy' | 'signUp'> = {
  kk: {
    title: 'Жүйеге кіру',
    email: 'Электрондық пошта',
    password: 'Құпиясөз',
    submit: 'Кіру',
    busy: 'Кіруде…',
    signUp: 'Тіркелгіңіз жоқ па? Тіркелу',
  },
  ru: {
    title: 'Вход в систему',
    email: 'Электронная почта',
    password: 'Пароль',
    submit: 'Войти',
    busy: 'Вход…',
    signUp: 'Нет учётной записи? Зарегистрироваться',
  },
  en: {
    title: 'Sign in',
    email: 'E-mail',
    password: 'Password',
    submit: 'Sign in',
    busy: 'Signing in…',
    signUp: 'No account? Sign up',
  },
};

/** Where a user goes after signing in when no `?next=` was asked: the app of their main role. */
function homeOf(user: SignedInUser): string {
  if (holds(user, 'organizer')) {
    return '/organizer';
  }
  if (holds(user, 'secretary')) {
    return '/secretary';
  }
  if (holds(user, 'checker')) {
    return '/check-in';
  }
  return '/my';
}

/** Only addresses of this site: an open redirect would hand the session to a phishing page. */
function safeNext(next: string | null): string | null {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : null;
}

export default function LoginApp(): ReactNode {
  const t = useTexts(TEXTS);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const user = await signIn(email, password);
      location.assign(safeNext(new URLSearchParams(location.search).get('next')) ?? homeOf(user));
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(0, 'NETWORK', String(caught)));
      setBusy(false);
    }
  };

  return (
    <Page title={t('title')}>
      <form className="form narrow" onSubmit={(event) => void submit(event)} noValidate>
        {error && !error.errors.length && <Notice kind="error">{error.message}</Notice>}
        <label htmlFor="email">{t('email')}</label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          value={email}
          aria-invalid={!!error?.fieldMessage('email')}
          aria-describedby="email-error"
          onChange={(event) => setEmail(event.target.value)}
        />
        <FieldError id="email-error" message={error?.fieldMessage('email')} />
        <label htmlFor="password">{t('password')}</label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          aria-invalid={!!error?.fieldMessage('password')}
          aria-describedby="password-error"
          onChange={(event) => setPassword(event.target.value)}
        />
        <FieldError id="password-error" message={error?.fieldMessage('password')} />
        <button type="submit" disabled={busy}>
          {busy ? t('busy') : t('submit')}
        </button>
      </form>
      <p>
        <a href="/sign-up">{t('signUp')}</a>
      </p>
    </Page>
  );
}
