import type { Language } from '@app/contracts';
import { formatInZone } from './i18n';

const LOCALES: Record<Language, string> = { kk: 'kk-KZ', ru: 'ru-RU', en: 'en-GB' };

/** A calendar day (`YYYY-MM-DD`, a deadline): no zone to convert, so it is shown as written. */
export function formatDay(day: string, lang: Language): string {
  return formatInZone(`${day}T12:00:00Z`, 'UTC', lang, { dateStyle: 'long' });
}

/** 13.3 → «13,3» in Kazakh and Russian. */
export function formatNumber(value: number, lang: Language): string {
  return new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 1 }).format(value);
}
