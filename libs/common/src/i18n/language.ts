import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from '@app/contracts';

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
