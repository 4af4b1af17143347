import type { AppRoute } from '../../lib/routes';

/** `/control`: execution control across every forum and road map the user follows. */
export const route: AppRoute = { pattern: /^\/control\/?$/, load: () => import('./ControlApp') };
