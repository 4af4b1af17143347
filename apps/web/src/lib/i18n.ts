import {
  chooseLanguage,
  DEFAULT_LANGUAGE,
  isLanguage,
  KAZAKH_WEEKDAYS_SHORT,
  LANGUAGE_COOKIE,
  type Language,
  MONTH_NAMES,
} from '@app/contracts';
import { createContext, useContext } from 'react';

/** Texts of one app or component, in every language; each app keeps its own. */
export type Messages<K extends string> = Record<Language, Record<K, string>>;

const STORAGE_KEY = 'akim.lang';

/** A language chosen on this device before: the cookie shared with the server pages, else local storage. */
function rememberedLanguage(): string | null {
  const cookie = document.cookie
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${LANGUAGE_COOKIE}=`))
    ?.slice(LANGUAGE_COOKIE.length + 1);
  return isLanguage(cookie) ? cookie : localStorage.getItem(STORAGE_KEY);
}

/**
 * The reader's language in the product's one order (`chooseLanguage`, as the server decides it): a choice
 * made (`?lang=` is remembered at start), the signed-in person's language, the browser's languages, Kazakh.
 */
export function languageFor(user: { language?: unknown } | null): Language {
  return chooseLanguage({
    remembered: rememberedLanguage(),
    user: user?.language,
    preferred: navigator.languages,
  });
}

/** The language to start in; a `?lang=` in the address is a choice, remembered. */
export function initialLanguage(user: { language?: unknown } | null): Language {
  const asked = new URLSearchParams(location.search).get('lang');
  if (isLanguage(asked)) {
    rememberLanguage(asked);
  }
  return languageFor(user);
}

export function rememberLanguage(language: Language): void {
  localStorage.setItem(STORAGE_KEY, language);
  document.cookie = `${LANGUAGE_COOKIE}=${language}; Path=/; Max-Age=31536000; SameSite=Lax`;
  document.documentElement.lang = language;
}

export interface LanguageState {
  lang: Language;
  setLang: (language: Language) => void;
}

export const LanguageContext = createContext<LanguageState>({ lang: DEFAULT_LANGUAGE, setLang: () => undefined });

export function useLanguage(): LanguageState {
  return useContext(LanguageContext);
}

/** `t('key', { name })` over one app's messages, in the current language (falls back kk → ru → en). */
export function useTexts<K extends string>(
  messages: Messages<K>,
): (key: K, values?: Record<string, string | number>) => string {
  const { lang } = useLanguage();
  return (key, values) => {
    const template = messages[lang][key] ?? messages.kk[key] ?? messages.ru[key] ?? key;
    return values ? template.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole)) : template;
  };
}

/** Picks a human text `{kk, ru, en?}` in the current language with the product's fallback. */
export function pick(text: { kk?: string; ru?: string; en?: string } | null | undefined, lang: Language): string {
  if (!text) {
    return '';
  }
  return text[lang] ?? text.kk ?? text.ru ?? text.en ?? '';
}

/** Dates and times in an event's IANA zone, never the device's. */
export function formatInZone(
  iso: string,
  timeZone: string,
  lang: Language,
  options: Intl.DateTimeFormatOptions,
): string {
  if (lang === 'kk') {
    return formatKazakh(iso, timeZone, options);
  }
  return new Intl.DateTimeFormat(lang === 'ru' ? 'ru-RU' : 'en-GB', { timeZone, ...options }).format(new Date(iso));
}

/** The one style of a day in each language: "2026 жылғы 22 желтоқсан" / "22 декабря 2026 г." / "22 December 2026". */
export function formatDay(iso: string, timeZone: string, lang: Language): string {
  return formatInZone(iso, timeZone, lang, { dateStyle: 'long' });
}

/**
 * When an event (or anything with a start and an end) runs, in its own zone: a one-day event says its day once,
 * "10 марта 2027 г., 10:00–17:00"; a longer one "10 марта 2027 г., 10:00 – 11 марта 2027 г., 18:00". Without
 * times, "10 марта 2027 г." or "10 марта 2027 г. – 11 марта 2027 г.".
 */
export function eventDates(
  event: { startsAt: string; endsAt: string; timeZone: string },
  lang: Language,
  { withTime = true } = {},
): string {
  const day = (iso: string): string => formatDay(iso, event.timeZone, lang);
  const time = (iso: string): string => formatInZone(iso, event.timeZone, lang, { timeStyle: 'short' });
  const [startDay, endDay] = [day(event.startsAt), day(event.endsAt)];
  if (!withTime) {
    return startDay === endDay ? startDay : `${startDay} – ${endDay}`;
  }
  return startDay === endDay
    ? `${startDay}, ${time(event.startsAt)}–${time(event.endsAt)}`
    : `${startDay}, ${time(event.startsAt)} – ${endDay}, ${time(event.endsAt)}`;
}

const WEEKDAYS_EN = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/**
 * Kazakh is spelled out here: browsers without Kazakh ICU data (Debian's Chromium) print "2026 M12 22",
 * and ICU's own pattern is not the official "2026 жылғы 22 желтоқсан". Only the numbers come from Intl.
 */
function formatKazakh(iso: string, timeZone: string, options: Intl.DateTimeFormatOptions): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(iso))
      .map((part) => [part.type, part.value]),
  ) as Record<string, string>;
  const wantsDate = !!(options.dateStyle || options.day || options.month || options.year || options.weekday);
  const wantsTime = !!(options.timeStyle || options.hour || options.minute);
  let date = '';
  if (wantsDate) {
    if (options.dateStyle === 'short') {
      date = `${parts.day}.${parts.month}.${parts.year}`;
    } else {
      const withYear = options.dateStyle !== undefined || options.year !== undefined;
      date = `${withYear ? `${parts.year} жылғы ` : ''}${Number(parts.day)} ${MONTH_NAMES.kk[Number(parts.month) - 1]}`;
    }
    if (options.weekday) {
      date = `${KAZAKH_WEEKDAYS_SHORT[WEEKDAYS_EN.indexOf(parts.weekday)]}, ${date}`;
    }
  }
  const time = wantsTime
    ? `${parts.hour}:${parts.minute}${options.timeStyle === 'medium' || options.second ? `:${parts.second}` : ''}`
    : '';
  return [date, time].filter(Boolean).join(', ');
}
