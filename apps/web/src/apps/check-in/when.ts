import type { Language } from '@app/contracts';
import { formatInZone } from '../../lib/i18n';

// Some browsers ship no Kazakh month names in their ICU data and print «2026 M01 10»:
// the months are spelled here.
const KAZAKH_MONTHS = [
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
];

function partsInZone(iso: string, timeZone: string): { year: string; month: number; day: string } {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' })
    .formatToParts(new Date(iso))
    .reduce<Record<string, string>>((all, part) => ({ ...all, [part.type]: part.value }), {});
  return { year: parts.year, month: Number(parts.month), day: String(Number(parts.day)) };
}

/** «10 қаңтар» / «10 января» / «10 January» in the event's zone, with the year when asked. */
export function dayInZone(iso: string, timeZone: string, lang: Language, withYear = false): string {
  if (lang === 'kk') {
    const { year, month, day } = partsInZone(iso, timeZone);
    // The official form: «2026 жылғы 10 қаңтар».
    return `${withYear ? `${year} жылғы ` : ''}${day} ${KAZAKH_MONTHS[month - 1]}`;
  }
  return formatInZone(iso, timeZone, lang, { day: 'numeric', month: 'long', ...(withYear ? { year: 'numeric' } : {}) });
}

/** HH:MM in the event's zone. */
export function timeInZone(iso: string, timeZone: string, lang: Language): string {
  return formatInZone(iso, timeZone, lang, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
}

/** HH:MM, preceded by the day when it is not today (in the event's zone). */
export function momentInZone(iso: string, timeZone: string, lang: Language, now = new Date()): string {
  const time = timeInZone(iso, timeZone, lang);
  const day = dayInZone(iso, timeZone, lang, true);
  return day === dayInZone(now.toISOString(), timeZone, lang, true)
    ? time
    : `${dayInZone(iso, timeZone, lang)}, ${time}`;
}
