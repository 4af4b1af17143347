import { formatUtcOffset, utcOffsetMinutes, zonedParts } from '@app/common';
import type {
  ICalTemporalInstantStub,
  ICalTemporalPlainDateStub,
  ICalTemporalPlainDateTimeStub,
  ICalTemporalZonedDateTimeStub,
} from 'ical-generator';

/**
 * A VTIMEZONE that holds for every instant of this feed: the offsets come from Intl (tzdata of the runtime),
 * so Asia/Almaty and Asia/Oral after 2024-03-01 yield one STANDARD observance at +0500, and a zone with a
 * transition inside the event gets one observance per offset.
 */
export function vtimezone(timeZone: string, instants: number[]): string {
  const first = Math.min(...instants);
  const last = Math.max(...instants);
  const initial = utcOffsetMinutes(first, timeZone);
  const transitions = findTransitions(timeZone, first, last);
  const offsets = [initial, ...transitions.map((t) => t.to)];
  const daylight = new Set(offsets).size > 1 ? Math.max(...offsets) : null;

  const observance = (start: string, from: number, to: number): string[] => {
    const kind = to === daylight ? 'DAYLIGHT' : 'STANDARD';
    return [
      `BEGIN:${kind}`,
      `DTSTART:${start}`,
      `TZOFFSETFROM:${formatUtcOffset(from, true)}`,
      `TZOFFSETTO:${formatUtcOffset(to, true)}`,
      `TZNAME:${tzName(to)}`,
      `END:${kind}`,
    ];
  };
  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`, ...observance('19700101T000000', initial, initial)];
  for (const t of transitions) {
    // An observance starts at the local time of the change read on the old clock (RFC 5545 3.6.5).
    lines.push(...observance(icalLocal(t.at + t.from * 60_000), t.from, t.to));
  }
  lines.push('END:VTIMEZONE');
  return lines.join('\r\n');
}

interface Transition {
  at: number;
  from: number;
  to: number;
}

/** Offset changes between two instants: hourly probes, then a binary search down to the second. */
function findTransitions(timeZone: string, from: number, to: number): Transition[] {
  const step = Math.max(3_600_000, Math.ceil((to - from) / 10_000));
  const found: Transition[] = [];
  let prev = from;
  let prevOffset = utcOffsetMinutes(from, timeZone);
  for (let probe = from + step; prev < to; probe += step) {
    const at = Math.min(probe, to);
    const offset = utcOffsetMinutes(at, timeZone);
    if (offset !== prevOffset) {
      let lo = prev;
      let hi = at;
      while (hi - lo > 1000) {
        const mid = Math.floor((lo + hi) / 2);
        if (utcOffsetMinutes(mid, timeZone) === prevOffset) {
          lo = mid;
        } else {
          hi = mid;
        }
      }
      // Zones change on whole minutes.
      found.push({ at: Math.floor(hi / 60_000) * 60_000, from: prevOffset, to: offset });
    }
    prev = at;
    prevOffset = offset;
  }
  return found;
}

function tzName(offsetMinutes: number): string {
  return offsetMinutes % 60 === 0 ? formatUtcOffset(offsetMinutes).slice(0, 3) : formatUtcOffset(offsetMinutes, true);
}

/** Fields of a UTC-shifted epoch as an iCalendar local DATE-TIME. */
function icalLocal(shiftedMs: number): string {
  return new Date(shiftedMs).toISOString().slice(0, 19).replace(/[-:]/g, '');
}

/*
 * ical-generator writes a plain Date or string that has a TZID in the server's local zone. A Temporal-shaped
 * value that carries the event zone's wall clock makes the output independent of where the API runs.
 */
export class ZonedInstant implements ICalTemporalZonedDateTimeStub {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;

  constructor(
    private readonly epochMilliseconds: number,
    readonly timeZoneId: string,
  ) {
    ({
      year: this.year,
      month: this.month,
      day: this.day,
      hour: this.hour,
      minute: this.minute,
      second: this.second,
    } = zonedParts(epochMilliseconds, timeZoneId));
  }

  withTimeZone(timeZone: string): ZonedInstant {
    return new ZonedInstant(this.epochMilliseconds, timeZone);
  }

  toInstant(): ICalTemporalInstantStub {
    const ms = this.epochMilliseconds;
    const iso = new Date(ms).toISOString();
    return {
      epochMilliseconds: ms,
      toJSON: () => iso,
      toString: () => iso,
      toZonedDateTimeISO: (timeZone: string) => new ZonedInstant(ms, timeZone),
    };
  }

  toPlainDateTime(): ICalTemporalPlainDateTimeStub {
    const { year, month, day, hour, minute, second } = this;
    const date: ICalTemporalPlainDateStub = {
      year,
      month,
      day,
      toJSON: () => isoDate(year, month, day),
      toString: () => isoDate(year, month, day),
    };
    const text = `${isoDate(year, month, day)}T${pad(hour)}:${pad(minute)}:${pad(second)}`;
    return {
      year,
      month,
      day,
      hour,
      minute,
      second,
      toPlainDate: () => date,
      toZonedDateTime: (timeZone: string) => {
        // Wall clock to instant: guess with the offset at the naive instant, then correct once.
        const naive = Date.UTC(year, month - 1, day, hour, minute, second);
        const guess = naive - utcOffsetMinutes(naive, timeZone) * 60_000;
        return new ZonedInstant(naive - utcOffsetMinutes(guess, timeZone) * 60_000, timeZone);
      },
      toJSON: () => text,
      toString: () => text,
    };
  }

  toJSON(): string {
    return this.toString();
  }

  toString(): string {
    const offset = formatUtcOffset(utcOffsetMinutes(this.epochMilliseconds, this.timeZoneId));
    return `${this.toPlainDateTime().toString()}${offset}[${this.timeZoneId}]`;
  }
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}
