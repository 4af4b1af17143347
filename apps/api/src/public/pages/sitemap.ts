import { LANGUAGES } from '@app/contracts';

/** A public forum as the sitemap lists it. */
export interface SitemapForum {
  slug: string;
  updatedAt: Date;
}

const escapeXml = (value: string): string =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

/**
 * sitemaps.org's urlset: the list of forums and every public forum, each in kk, ru and en (`?lang=`), each of those
 * naming all three (and x-default, the address that picks the reader's language) as hreflang alternates, as search
 * engines ask of a page in several languages.
 */
export function renderSitemap(publicUrl: string, forums: SitemapForum[]): string {
  const page = (path: string, lastmod: Date | null): string => {
    const address = (lang?: string): string => `${publicUrl}${path}${lang ? `?lang=${lang}` : ''}`;
    const alternates =
      LANGUAGES.map(
        (lang) => `<xhtml:link rel="alternate" hreflang="${lang}" href="${escapeXml(address(lang))}"/>`,
      ).join('') + `<xhtml:link rel="alternate" hreflang="x-default" href="${escapeXml(address())}"/>`;
    const modified = lastmod ? `<lastmod>${lastmod.toISOString().slice(0, 19)}Z</lastmod>` : '';
    return LANGUAGES.map((lang) => `<url><loc>${escapeXml(address(lang))}</loc>${modified}${alternates}</url>`).join(
      '\n',
    );
  };
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    page('/', null),
    ...forums.map((f) => page(`/events/${encodeURIComponent(f.slug)}`, new Date(f.updatedAt))),
    '</urlset>',
    '',
  ].join('\n');
}

/** What crawlers may read: the public pages and feeds, not the apps behind sign-in or the rest of the API. */
export function renderRobots(publicUrl: string): string {
  return [
    'User-agent: *',
    'Allow: /',
    'Allow: /api/v1/feeds/calendar.ics',
    'Allow: /api/v1/feeds/acts.atom',
    'Disallow: /api/',
    'Disallow: /my',
    'Disallow: /login',
    'Disallow: /check-in',
    'Disallow: /board/',
    'Disallow: /organizer',
    'Disallow: /secretary',
    'Disallow: /screen/',
    'Disallow: /verify/',
    '',
    `Sitemap: ${publicUrl}/sitemap.xml`,
    '',
  ].join('\n');
}
