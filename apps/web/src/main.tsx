import type { Language } from '@app/contracts';
import { lazy, type ReactNode, StrictMode, Suspense, useEffect, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { getUser, refreshUser, setApiLanguage } from './lib/api';
import { initialLanguage, LanguageContext, languageFor, rememberLanguage } from './lib/i18n';
import type { AppRoute } from './lib/routes';
import './styles.css';

const routes = Object.values(import.meta.glob<{ route: AppRoute }>('./apps/*/route.ts', { eager: true })).map(
  (module) => module.route,
);

function findApp(pathname: string): { route: AppRoute; params: Record<string, string> } | undefined {
  for (const route of routes) {
    const match = route.pattern.exec(pathname);
    if (match) {
      return { route, params: { ...match.groups } };
    }
  }
  return undefined;
}

function Root(): ReactNode {
  const [lang, setLangState] = useState<Language>(() => {
    const initial = initialLanguage(getUser());
    setApiLanguage(initial);
    document.documentElement.lang = initial;
    return initial;
  });
  // The account's language may have changed since sign-in: ask once, and follow it unless a choice was made.
  useEffect(() => {
    void refreshUser().then((user) => {
      if (user) {
        const current = languageFor(user);
        setApiLanguage(current);
        document.documentElement.lang = current;
        setLangState(current);
      }
    });
  }, []);
  const found = useMemo(() => findApp(location.pathname), []);
  const App = useMemo(() => (found ? lazy(found.route.load) : undefined), [found]);
  const setLang = (next: Language): void => {
    rememberLanguage(next);
    setApiLanguage(next);
    setLangState(next);
  };
  return (
    <LanguageContext.Provider value={{ lang, setLang }}>
      <Suspense fallback={<p className="loading">…</p>}>
        {App && found ? <App params={found.params} /> : <p>404</p>}
      </Suspense>
    </LanguageContext.Provider>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Root />
  </StrictMode>,
);
