import type { AppRoute } from '../../lib/routes';

export const route: AppRoute = { pattern: /^\/board\/(?<eventId>[^/]+)\/?$/, load: () => import('./BoardApp') };
