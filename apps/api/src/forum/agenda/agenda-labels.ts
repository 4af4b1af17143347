import { type Language, MONTH_NAMES } from '@app/contracts';

/** The few fixed words the agenda exports (PDF and ICS) print around the event's own texts. */
export interface AgendaLabels {
  agenda: string;
  moderator: string;
  moderators: string;
  speakers: string;
  room: string;
  minutes: string;
  page: string;
  organizers: string;
  venue: string;
  when: string;
  cancelled: string;
}

const LABELS: Record<Language, AgendaLabels> = {
  kk: {
    agenda: 'Күн тәртібі',
    moderator: 'Модератор',
    moderators: 'Модераторлар',
    speakers: 'Баяндамашылар',
    room: 'Зал',
    minutes: 'мин',
    page: 'Бет',
    organizers: 'Ұйымдастырушылар',
    venue: 'Өтетін орны',
    when: 'Өтетін уақыты',
    cancelled: 'Іс-шара болдырылмады',
  },
  ru: {
    agenda: 'Повестка дня',
    moderator: 'Модератор',
    moderators: 'Модераторы',
    speakers: 'Спикеры',
    room: 'Зал',
    minutes: 'мин',
    page: 'Стр.',
    organizers: 'Организаторы',
    venue: 'Место проведения',
    when: 'Дата и время',
    cancelled: 'Мероприятие отменено',
  },
  en: {
    agenda: 'Agenda',
    moderator: 'Moderator',
    moderators: 'Moderators',
    speakers: 'Speakers',
    room: 'Room',
    minutes: 'min',
    page: 'Page',
    organizers: 'Organizers',
    venue: 'Venue',
    when: 'Date and time',
    cancelled: 'Event cancelled',
  },
};

export function agendaLabels(lang: Language): AgendaLabels {
  return LABELS[lang];
}

/** Wall-clock fields of an instant in an IANA zone (month 1-12). */
export interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const partFormatters = new Map<string, Intl.DateTimeFormat>();

/** Reads the zone's wall clock through Intl: the server's own zone never matters. */
export function zonedParts(instant: string | number | Date, timeZone: string): ZonedParts {
  let format = partFormatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    partFormatters.set(timeZone, format);
  }
  const date = instant instanceof Date ? instant : new Date(instant);
  if (Number.isNaN(date.getTime())) {
    throw new RangeError(`Invalid instant: ${String(instant)}`);
  }
  const fields: Record<string, number> = {};
  for (const part of format.formatToParts(date)) {
    if (part.type !== 'literal') {
      fields[part.type] = Number(part.value);
    }
  }
  return {
    year: fields.year,
    month: fields.month,
    day: fields.day,
    hour: fields.hour,
    minute: fields.minute,
    second: fields.second,
  };
}

/** Offset of the zone from UTC at that instant, in minutes (+300 for Kazakhstan since 2024-03-01). */
export function utcOffsetMinutes(instant: string | number | Date, timeZone: string): number {
  const ms = new Date(instant).getTime();
  const wholeSecond = Math.floor(ms / 1000) * 1000;
  const p = zonedParts(wholeSecond, timeZone);
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((wall - wholeSecond) / 60_000);
}

/** "+05:00" style, or "+0500" with `compact` (the iCalendar UTC-OFFSET form). */
export function formatUtcOffset(offsetMinutes: number, compact = false): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return compact ? `${sign}${hh}${mm}` : `${sign}${hh}:${mm}`;
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The date written out in the language: kk "2026 жылғы 6 желтоқсан", ru "6 декабря 2026 г.", en "6 December 2026".
 * A bare "YYYY-MM-DD" (an agenda day) is already local and is taken as is; an instant is read in `timeZone`.
 */
export function formatLocalDate(iso: string, timeZone: string, lang: Language): string {
  const dateOnly = DATE_ONLY.exec(iso);
  const { year, month, day } = dateOnly
    ? { year: Number(dateOnly[1]), month: Number(dateOnly[2]), day: Number(dateOnly[3]) }
    : zonedParts(iso, timeZone);
  const monthName = MONTH_NAMES[lang][month - 1];
  switch (lang) {
    case 'kk':
      return `${year} жылғы ${day} ${monthName}`;
    case 'ru':
      return `${day} ${monthName} ${year} г.`;
    case 'en':
      return `${day} ${monthName} ${year}`;
  }
}

/** "HH:MM" on the 24-hour clock of the zone. */
export function formatLocalTime(iso: string, timeZone: string): string {
  const { hour, minute } = zonedParts(iso, timeZone);
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}
