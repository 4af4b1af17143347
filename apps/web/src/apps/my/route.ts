import type { AppRoute } from '../../lib/routes';

export const route: AppRoute = { pattern: /^\/my\/?$/, load: () => import('./MyApp') };
