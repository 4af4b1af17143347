/** Server-rendered public pages live outside the API's /api/v1 prefix. */
export const PAGE_ROUTES = ['/', 'events/:slug'];
