import type { AppRoute } from '../../lib/routes';

/** The admin's accounts screen. */
export const route: AppRoute = { pattern: /^\/accounts\/?$/, load: () => import('./AccountsApp') };
