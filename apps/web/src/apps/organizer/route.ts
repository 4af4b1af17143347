import type { AppRoute } from '../../lib/routes';

/** `/organizer` (the organizer's forums) and `/organizer/events/:id` (one forum; `new` makes one). */
export const route: AppRoute = {
  pattern: /^\/organizer(?:\/events\/(?<eventId>[^/]+))?\/?$/,
  load: () => import('./OrganizerApp'),
};
