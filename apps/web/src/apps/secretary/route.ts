import type { AppRoute } from '../../lib/routes';

/** `/secretary` (resolutions by forum) and its sub-addresses, routed inside the app (see navigation.ts). */
export const route: AppRoute = { pattern: /^\/secretary(?:\/.*)?$/, load: () => import('./SecretaryApp') };
