import type { AppRoute } from '../../lib/routes';

/** The organizer's duplicate people: found by name, merged. */
export const route: AppRoute = { pattern: /^\/organizer\/people\/?$/, load: () => import('./PeopleApp') };
