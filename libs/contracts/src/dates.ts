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
