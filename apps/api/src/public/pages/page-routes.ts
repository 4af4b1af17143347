/**
 * Server-rendered public pages live outside the API's /api/v1 prefix.
 *
 * Nest matches these exclusions against each controller's route template, not against request
 * paths: a plain `events/:slug` would also match EventsController's `events/:id` and
 * `events/compliance` and pull them out of /api/v1. The escaped colon makes the pattern match
 * only the literal template `events/:slug` of PagesController. The verification page's parameter is named
 * `printed` for the same reason: the API's own route is `verify/:code`.
 */
export const PAGE_ROUTES = ['/', 'events/\\:slug', 'verify', 'verify/\\:printed', 'sitemap.xml', 'robots.txt'];
