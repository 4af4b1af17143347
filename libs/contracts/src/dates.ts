import type { Language } from './languages';

/*
 * Month names are our own tables rather than Intl: ICU's kk pattern is "2026 ж. 6 желтоқсан", not the official
 * "2026 жылғы 6 желтоқсан"; Node builds with small ICU, and some browsers (Debian's Chromium), have no kk data
 * at all and print "2026 M12 6".
 */
export const MONTH_NAMES: Record<Language, readonly string[]> = {
  kk: [
    'қаңтар',
    'ақпан',
    'наурыз',
    'сәуір',
    'мамыр',
    'маусым',
    'шілде',
    'тамыз',
    'қыркүйек',
    'қазан',
    'қараша',
    'желтоқсан',
  ],
  // Genitive: "6 декабря".
  ru: [
    'января',
    'февраля',
    'марта',
    'апреля',
    'мая',
    'июня',
    'июля',
    'августа',
    'сентября',
    'октября',
    'ноября',
    'декабря',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

/** Short Kazakh weekday names, Monday first (ISO order): дүйсенбі … жексенбі. */
export const KAZAKH_WEEKDAYS_SHORT = ['дс', 'сс', 'ср', 'бс', 'жм', 'сб', 'жс'] as const;

/** A calendar day as the forms show it in every language: `2027-03-10` reads `10.03.2027`. */
export function dayToTyped(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? `${match[3]}.${match[2]}.${match[1]}` : '';
}

/**
 * A day typed as people in Kazakhstan write it, `10.03.2027` (also with `/` or `-`, one-digit day or month, or
 * ISO `2027-03-10`), as `2027-03-10`; null when it is no real day of the calendar.
 */
export function typedToDay(text: string): string | null {
  const trimmed = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  const local = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(trimmed);
  const [year, month, day] = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    : local
      ? [Number(local[3]), Number(local[2]), Number(local[1])]
      : [NaN, NaN, NaN];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (!Number.isFinite(year) || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day || year < 1900) {
    return null;
  }
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A time of day on the 24-hour clock, typed `9:00`, `09.00` or `0900`, as `09:00`; null when it is none. */
export function typedToClock(text: string): string | null {
  const match = /^(\d{1,2})[:.]?(\d{2})$/.exec(text.trim());
  if (!match) {
    return null;
  }
  const [hours, minutes] = [Number(match[1]), Number(match[2])];
  return hours < 24 && minutes < 60 ? `${String(hours).padStart(2, '0')}:${match[2]}` : null;
}
