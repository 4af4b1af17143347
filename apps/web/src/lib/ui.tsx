import { LANGUAGES, type Language } from '@app/contracts';
import type { ReactNode } from 'react';
import { getUser, signOut } from './api';
import { type Messages, useLanguage, useTexts } from './i18n';

/** Each language named in itself. */
export const LANGUAGE_NAMES: Record<Language, string> = { kk: 'Қазақша', ru: 'Русский', en: 'English' };

const TEXTS: Messages<'forums' | 'signOut' | 'signIn' | 'language' | 'skip' | 'accounts'> = {
  kk: {
    forums: 'Форумдар',
    signOut: 'Шығу',
    signIn: 'Кіру',
    language: 'Тіл',
    skip: 'Негізгі мазмұнға өту',
    accounts: 'Тіркелгілер',
  },
  ru: {
    forums: 'Форумы',
    signOut: 'Выйти',
    signIn: 'Войти',
    language: 'Язык',
    skip: 'Перейти к содержанию',
    accounts: 'Учётные записи',
  },
  en: {
    forums: 'Forums',
    signOut: 'Sign out',
    signIn: 'Sign in',
    language: 'Language',
    skip: 'Skip to content',
    accounts: 'Accounts',
  },
};

/** «Қазақша · Русский · English»: the current one is marked, the choice is remembered. */
export function LanguageSwitch(): ReactNode {
  const { lang, setLang } = useLanguage();
  const t = useTexts(TEXTS);
  return (
    <nav className="lang-switch" aria-label={t('language')}>
      {LANGUAGES.map((code, index) => (
        <span key={code}>
          {index > 0 && <span aria-hidden="true"> · </span>}
          {code === lang ? (
            <strong lang={code} aria-current="true">
              {LANGUAGE_NAMES[code]}
            </strong>
          ) : (
            <a
              href={`?lang=${code}`}
              lang={code}
              hrefLang={code}
              onClick={(event) => {
                event.preventDefault();
                setLang(code);
              }}
            >
              {LANGUAGE_NAMES[code]}
            </a>
          )}
        </span>
      ))}
    </nav>
  );
}

/** The frame of every app page: a skip link, the brand, the app's own links, the language switch. */
export function Page({ title, nav, children }: { title: string; nav?: ReactNode; children: ReactNode }): ReactNode {
  const t = useTexts(TEXTS);
  const user = getUser();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('skip')}
      </a>
      <header className="top">
        <a className="brand" href="/">
          Akim Forum
        </a>
        <nav className="app-nav">
          <a href="/">{t('forums')}</a>
          {user?.roles.includes('admin') && location.pathname !== '/accounts' && (
            <a href="/accounts">{t('accounts')}</a>
          )}
          {nav}
        </nav>
        <LanguageSwitch />
        {user ? (
          <button
            type="button"
            className="link-button"
            onClick={() => void signOut().finally(() => location.assign('/login'))}
          >
            {t('signOut')}
          </button>
        ) : (
          <a href={`/login?next=${encodeURIComponent(location.pathname + location.search)}`}>{t('signIn')}</a>
        )}
      </header>
      <main id="main" tabIndex={-1}>
        <h1>{title}</h1>
        {children}
      </main>
    </>
  );
}

/** A field's error from the API, tied to the field by id for screen readers. */
export function FieldError({ id, message }: { id: string; message?: string }): ReactNode {
  return message ? (
    <p className="field-error" id={id} role="alert">
      {message}
    </p>
  ) : null;
}

/** A status line: `role="status"` so screen readers announce it. */
export function Notice({ kind, children }: { kind: 'ok' | 'warn' | 'error' | 'info'; children: ReactNode }): ReactNode {
  return (
    <div className={`notice notice-${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}
