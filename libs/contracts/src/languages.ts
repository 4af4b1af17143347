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
