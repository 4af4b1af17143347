export const LANGUAGES = ['kk', 'ru', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'kk';

/** A human text in the languages of the product; kk and ru are required where the contract says so. */
export interface LocalizedText {
  kk: string;
  ru: string;
  en?: string;
}

/** The cookie that remembers the language chosen on a page (server pages and the web app share it). */
export const LANGUAGE_COOKIE = 'akim_lang';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The language tags of an Accept-Language header, best first by quality; `q=0` means "not this one". */
export function parseAcceptLanguage(header: string | undefined): string[] {
  if (!header) {
    return [];
  }
  return header
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const quality = q ? Number(q.slice(2)) : 1;
      return { tag: tag.trim(), quality: Number.isNaN(quality) ? 0 : quality, index };
    })
    .filter((entry) => entry.tag && entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index)
    .map((entry) => entry.tag);
}

/** Where a reader's language may come from, strongest first. */
export interface LanguageSources {
  /** Chosen for this request: `?lang=`. */
  asked?: unknown;
  /** Chosen before and remembered (the `akim_lang` cookie). */
  remembered?: unknown;
  /** The signed-in person's own language (their account's). */
  user?: unknown;
  /** What the reader's browser prefers, best first (Accept-Language, navigator.languages); `ru-RU` counts as ru. */
  preferred?: readonly string[];
}

/**
 * The one order of the product, on the server and in the web app: an explicit choice, then the
 * signed-in person's language, then the browser's preferences, then Kazakh, the state language.
 */
export function chooseLanguage(sources: LanguageSources): Language {
  for (const candidate of [sources.asked, sources.remembered, sources.user]) {
    if (isLanguage(candidate)) {
      return candidate;
    }
  }
  for (const tag of sources.preferred ?? []) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) {
      return base;
    }
  }
  return DEFAULT_LANGUAGE;
}

/**
 * A position as it reads after a name and a comma ("Нариман Төреғалиев, аким области"): the first letter
 * in lower case, as Kazakh and Russian write it, unless the word is an abbreviation ("ЗКО", "ҚР").
 */
export function appositive(text: string): string {
  const [first, second] = [...text];
  if (!first || !second || second.toLocaleLowerCase() !== second || second.toLocaleUpperCase() === second) {
    return text;
  }
  return first.toLocaleLowerCase() + text.slice(first.length);
}
