import { type Language, MONTH_NAMES } from '@app/contracts';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

interface LocalParts {
  year: string;
  month: string;
  day: string;
  hour: string;
  minute: string;
  second: string;
}

function intlParts(instant: Date, timeZone: string): LocalParts {
  const parts = Object.fromEntries(
    formatter(timeZone)
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  return parts as unknown as LocalParts;
}

function offsetOf(instant: Date, p: LocalParts): number {
  const asUtc = Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute, +p.second);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60000);
}

/**
 * A zone's offset per quarter of an hour, reused: Intl's formatToParts was a tenth of a
 * check-in's time. Offsets change only at transitions, and those fall on quarter hours.
 */
const QUARTER_HOUR_MS = 900_000;
const offsets = new Map<string, number>();

function cachedOffset(instant: Date, timeZone: string): number {
  const quarter = Math.floor(instant.getTime() / QUARTER_HOUR_MS);
  const key = `${timeZone}|${quarter}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    const start = new Date(quarter * QUARTER_HOUR_MS);
    offset = offsetOf(start, intlParts(start, timeZone));
    if (offsets.size >= 10_000) {
      offsets.clear();
    }
    offsets.set(key, offset);
  }
  return offset;
}

const two = (n: number): string => String(n).padStart(2, '0');

function localParts(instant: Date, timeZone: string): LocalParts {
  const local = new Date(Math.floor(instant.getTime() / 1000) * 1000 + cachedOffset(instant, timeZone) * 60_000);
  return {
    year: String(local.getUTCFullYear()).padStart(4, '0'),
    month: two(local.getUTCMonth() + 1),
    day: two(local.getUTCDate()),
    hour: two(local.getUTCHours()),
    minute: two(local.getUTCMinutes()),
    second: two(local.getUTCSeconds()),
  };
}

/** The zone's offset from UTC at that instant, in minutes (Kazakhstan: +300 since March 2024). */
export function offsetMinutes(instant: Date, timeZone: string): number {
  return cachedOffset(instant, timeZone);
}

/** ISO 8601 with the zone's offset: `2026-12-06T10:00:00+05:00`. One formatting of the instant, not two. */
export function toZonedIso(instant: Date, timeZone: string): string {
  const p = localParts(instant, timeZone);
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}${formatUtcOffset(cachedOffset(instant, timeZone))}`;
}

/** The calendar date of an instant in a zone: `2026-12-06`. */
export function localDate(instant: Date, timeZone: string): string {
  const p = localParts(instant, timeZone);
  return `${p.year}-${p.month}-${p.day}`;
}

/** `HH:MM` in the zone. */
export function localTime(instant: Date, timeZone: string): string {
  const p = localParts(instant, timeZone);
  return `${p.hour}:${p.minute}`;
}

/** The instant of a local wall-clock time in a zone (`2026-12-06`, `10:00`, `Asia/Almaty`). */
export function zonedInstant(date: string, time: string, timeZone: string): Date {
  const guess = new Date(`${date}T${time}:00Z`);
  const first = new Date(guess.getTime() - offsetMinutes(guess, timeZone) * 60000);
  // A second pass settles instants next to an offset change.
  return new Date(guess.getTime() - offsetMinutes(first, timeZone) * 60000);
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Wall-clock fields of an instant in an IANA zone (month 1-12), read through Intl: exact at any instant. */
export interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

export function zonedParts(instant: string | number | Date, timeZone: string): ZonedParts {
  const date = instant instanceof Date ? instant : new Date(instant);
  if (Number.isNaN(date.getTime())) {
    throw new RangeError(`Invalid instant: ${String(instant)}`);
  }
  const p = intlParts(date, timeZone);
  return { year: +p.year, month: +p.month, day: +p.day, hour: +p.hour, minute: +p.minute, second: +p.second };
}

/**
 * The zone's offset from UTC at that exact instant, in minutes, read through Intl (the calendar export finds
 * transitions with it); `offsetMinutes` is the cached form for hot paths.
 */
export function utcOffsetMinutes(instant: string | number | Date, timeZone: string): number {
  const whole = new Date(Math.floor(new Date(instant).getTime() / 1000) * 1000);
  return offsetOf(whole, intlParts(whole, timeZone));
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
