import { DEFAULT_LANGUAGE, LANGUAGE_COOKIE, LANGUAGES, type Language } from '@app/contracts';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * Picks the response language: an explicit `?lang=` wins, then the best match of
 * Accept-Language by quality (`ru-RU;q=0.9` counts as ru), then Kazakh.
 */
export function resolveLanguage(langParam: unknown, acceptLanguage: string | undefined): Language {
  if (isLanguage(langParam)) {
    return langParam;
  }
  if (acceptLanguage) {
    const ranked = acceptLanguage
      .split(',')
      .map((part, index) => {
        const [tag, ...params] = part.trim().split(';');
        const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
        const quality = q ? Number(q.slice(2)) : 1;
        return { base: tag.trim().toLowerCase().split('-')[0], quality: Number.isNaN(quality) ? 0 : quality, index };
      })
      .filter((entry) => entry.quality > 0)
      .sort((a, b) => b.quality - a.quality || a.index - b.index);
    const match = ranked.find((entry) => isLanguage(entry.base));
    if (match) {
      return match.base as Language;
    }
  }
  return DEFAULT_LANGUAGE;
}

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

/**
 * The language of a page: `?lang=` wins, then the language the reader chose before
 * (remembered in a cookie), then Kazakh, the state language. Accept-Language is not
 * used for pages: a browser set to English would otherwise never see the Kazakh page.
 */
export function resolvePageLanguage(langParam: unknown, cookieHeader: string | undefined): Language {
  if (isLanguage(langParam)) {
    return langParam;
  }
  const remembered = readCookie(cookieHeader, LANGUAGE_COOKIE);
  return isLanguage(remembered) ? remembered : DEFAULT_LANGUAGE;
}

/** A Set-Cookie value that remembers the reader's language for a year. */
export function languageCookie(language: Language): string {
  return `${LANGUAGE_COOKIE}=${language}; Path=/; Max-Age=31536000; SameSite=Lax`;
}
