import type { AppRoute } from '../../lib/routes';

export const route: AppRoute = { pattern: /^\/check-in\/?$/, load: () => import('./CheckInApp') };
