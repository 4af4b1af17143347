import type { AppRoute } from '../../lib/routes';

export const route: AppRoute = { pattern: /^\/login\/?$/, load: () => import('./LoginApp') };
