/**
 * Server-rendered public pages answer at `/` and `/events/:slug`, outside the API's /api/v1
 * prefix. Their controller is mounted at `/pages/...`: excluding `events/:slug` itself from the
 * prefix would also take `GET /api/v1/events/:id` out of it (Nest matches exclusions as
 * patterns against every route). Incoming page URLs are rewritten to that mount before routing.
 */
export const PAGE_MOUNT = 'pages';
export const PAGE_ROUTES = [PAGE_MOUNT, `${PAGE_MOUNT}/events/:slug`];

/** `/` → `/pages`, `/events/<slug>` → `/pages/events/<slug>` (query kept); anything else unchanged. */
export function rewritePageUrl(url: string): string {
  const [path, query] = splitQuery(url);
  if (path === '/') {
    return `/${PAGE_MOUNT}${query}`;
  }
  if (/^\/events\/[^/]+\/?$/.test(path)) {
    return `/${PAGE_MOUNT}${path}${query}`;
  }
  return url;
}

function splitQuery(url: string): [string, string] {
  const index = url.indexOf('?');
  return index === -1 ? [url, ''] : [url.slice(0, index), url.slice(index)];
}
