import type { Language } from '@app/contracts';
import { formatInZone } from '../../lib/i18n';

/** «10 қаңтар» / «10 января» / «10 January» in the event's zone, with the year when asked. */
export function dayInZone(iso: string, timeZone: string, lang: Language, withYear = false): string {
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
