import type { AppRoute } from '../../lib/routes';

/** A delegate's own sign-up. */
export const route: AppRoute = { pattern: /^\/sign-up\/?$/, load: () => import('./SignUpApp') };
