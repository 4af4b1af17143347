import { ifNoneMatchHits, languageCookie, resolvePageLanguage } from '@app/common';
import type { Language } from '@app/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { RenderedPage } from './pages.service';

/** The page's language (`?lang=`, else the remembered choice, else Kazakh); an explicit choice is remembered. */
export function pageLanguage(request: FastifyRequest, reply: FastifyReply): Language {
  const asked = (request.query as { lang?: unknown }).lang;
  const language = resolvePageLanguage(asked, request.headers.cookie);
  if (asked === language) {
    void reply.header('set-cookie', languageCookie(language));
  }
  return language;
}

/**
 * Sends a page with a validator of its bytes: a reader on a slow link who has it gets 304. Public pages may
 * be kept a minute by any cache, except an answer that sets the language cookie (kept by the browser only).
 */
export async function sendPage(request: FastifyRequest, reply: FastifyReply, page: RenderedPage): Promise<void> {
  const { etag } = page;
  const cache =
    page.status !== 200
      ? 'no-cache'
      : !page.isPublic
        ? 'private, no-cache'
        : reply.hasHeader('set-cookie')
          ? 'private, max-age=60'
          : 'public, max-age=60';
  // The language may come from the cookie, and the body is compressed per Accept-Encoding.
  void reply.header('vary', 'cookie, accept-encoding').header('cache-control', cache);
  if (page.status === 200) {
    void reply.header('etag', etag);
    if (ifNoneMatchHits(request.headers['if-none-match'], etag)) {
      await reply.status(304).send();
      return;
    }
  }
  await reply.status(page.status).type('text/html; charset=utf-8').send(page.body);
}
