import { type ReactNode, useEffect, useState } from 'react';

/**
 * Sub-routing inside `/secretary` with `history.pushState`: the shell is served at every
 * `/secretary/*` address, so a reload or a shared link lands on the same screen.
 */
let leaveGuard: (() => boolean) | null = null;

/** The console installs this once; navigation asks it first (see lib/forms.tsx, `confirmLeave`). */
export function setLeaveGuard(guard: (() => boolean) | null): void {
  leaveGuard = guard;
}

export function navigate(to: string, { replace = false } = {}): void {
  if (leaveGuard && !leaveGuard()) {
    return;
  }
  if (replace) {
    history.replaceState(null, '', to);
  } else {
    history.pushState(null, '', to);
  }
  dispatchEvent(new PopStateEvent('popstate'));
}

export function useLocation(): { pathname: string; query: URLSearchParams } {
  const [href, setHref] = useState(location.pathname + location.search);
  useEffect(() => {
    const update = (): void => setHref(location.pathname + location.search);
    addEventListener('popstate', update);
    return () => removeEventListener('popstate', update);
  }, []);
  const url = new URL(href, location.origin);
  return { pathname: url.pathname, query: url.searchParams };
}

/** A real link (opens in a new tab with a modifier key) that navigates in place otherwise. */
export function Link({ to, children, className }: { to: string; children: ReactNode; className?: string }): ReactNode {
  return (
    <a
      href={to}
      className={className}
      onClick={(event) => {
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
          return;
        }
        event.preventDefault();
        navigate(to);
      }}
    >
      {children}
    </a>
  );
}
