import { chooseLanguage, LANGUAGE_COOKIE, type Language, parseAcceptLanguage } from '@app/contracts';
import type { FastifyRequest } from 'fastify';

/** The value of one cookie in a Cookie header, or undefined. */
export function readCookie(cookieHeader: string | undefined, name: string): string | undefined {
  const prefix = `${name}=`;
  const part = cookieHeader
    ?.split(';')
    .map((piece) => piece.trim())
    .find((piece) => piece.startsWith(prefix));
  if (part === undefined) {
    return undefined;
  }
  try {
    return decodeURIComponent(part.slice(prefix.length));
  } catch {
    return undefined;
  }
}

/** A request as far as its language goes; `user` is the signed-in account the auth guard put there, if any. */
export type LanguageRequest = Pick<FastifyRequest, 'query' | 'headers'> & { user?: { language?: unknown } };

/**
 * The language of everything answered to a request (API bodies and errors, server pages, the web
 * app's shell): `?lang=`, then the choice remembered in the `akim_lang` cookie, then the signed-in
 * person's language, then Accept-Language by quality, then Kazakh (see `chooseLanguage`).
 */
export function requestLanguage(request: LanguageRequest): Language {
  return chooseLanguage({
    asked: (request.query as { lang?: unknown } | undefined)?.lang,
    remembered: readCookie(request.headers.cookie, LANGUAGE_COOKIE),
    user: request.user?.language,
    preferred: parseAcceptLanguage(request.headers['accept-language']),
  });
}

/** A Set-Cookie value that remembers the reader's language for a year. */
export function languageCookie(language: Language): string {
  return `${LANGUAGE_COOKIE}=${language}; Path=/; Max-Age=31536000; SameSite=Lax`;
}
