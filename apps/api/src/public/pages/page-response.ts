import { ifNoneMatchHits, languageCookie, requestLanguage } from '@app/common';
import type { Language } from '@app/contracts';
import type { FastifyReply } from 'fastify';
import type { AuthenticatedRequest } from '../../platform/access/access.decorators';
import type { RenderedPage, SiteFile } from './pages.service';

/**
 * The page's language, decided as for every answer (`requestLanguage`: `?lang=`, the remembered
 * choice, the signed-in person's, Accept-Language, Kazakh); a choice made with `?lang=` is remembered.
 */
export function pageLanguage(request: AuthenticatedRequest, reply: FastifyReply): Language {
  const language = requestLanguage(request);
  if ((request.query as { lang?: unknown }).lang === language) {
    void reply.header('set-cookie', languageCookie(language));
  }
  return language;
}

/**
 * Sends a page with a validator of its bytes: a reader on a slow link who has it gets 304. Public pages may
 * be kept a minute by any cache, except an answer that sets the language cookie or is in a signed-in
 * person's language (kept by the browser only).
 */
export async function sendPage(request: AuthenticatedRequest, reply: FastifyReply, page: RenderedPage): Promise<void> {
  const { etag } = page;
  const cache =
    page.status !== 200
      ? 'no-cache'
      : !page.isPublic
        ? 'private, no-cache'
        : reply.hasHeader('set-cookie') || request.user
          ? 'private, max-age=60'
          : 'public, max-age=60';
  // The language may come from the cookie, the signed-in person or Accept-Language; the body is compressed
  // per Accept-Encoding.
  void reply.header('vary', 'cookie, authorization, accept-language, accept-encoding').header('cache-control', cache);
  if (page.status === 200) {
    void reply.header('etag', etag);
    if (ifNoneMatchHits(request.headers['if-none-match'], etag)) {
      await reply.status(304).send();
      return;
    }
  }
  await reply.status(page.status).type('text/html; charset=utf-8').send(page.body);
}

/** A file for machines: the same for everyone, in no language, kept five minutes by any cache. */
export async function sendSiteFile(request: AuthenticatedRequest, reply: FastifyReply, file: SiteFile): Promise<void> {
  void reply.header('etag', file.etag).header('cache-control', 'public, max-age=300');
  if (ifNoneMatchHits(request.headers['if-none-match'], file.etag)) {
    await reply.status(304).send();
    return;
  }
  await reply.status(200).type(file.contentType).send(file.body);
}
