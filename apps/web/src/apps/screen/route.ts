import type { AppRoute } from '../../lib/routes';

/** `/screen/:eventId`: the hall's projector, public-safe, no sign-in for a public forum. */
export const route: AppRoute = { pattern: /^\/screen\/(?<eventId>[^/]+)\/?$/, load: () => import('./ScreenApp') };
