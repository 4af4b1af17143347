import { addDays, localDate, localTime, offsetMinutes, toZonedIso, zonedInstant } from './time';

describe('time zones', () => {
  it('writes instants with the event zone offset (Kazakhstan is UTC+5 since March 2024)', () => {
    const instant = new Date('2026-12-06T05:00:00Z');
    expect(toZonedIso(instant, 'Asia/Almaty')).toBe('2026-12-06T10:00:00+05:00');
    expect(toZonedIso(instant, 'Asia/Oral')).toBe('2026-12-06T10:00:00+05:00');
    expect(toZonedIso(instant, 'Europe/Moscow')).toBe('2026-12-06T08:00:00+03:00');
    expect(offsetMinutes(new Date('2023-12-01T00:00:00Z'), 'Asia/Almaty')).toBe(360);
  });

  it('finds local dates and times, across midnight', () => {
    const lateUtc = new Date('2026-12-06T20:30:00Z');
    expect(localDate(lateUtc, 'Asia/Almaty')).toBe('2026-12-07');
    expect(localTime(lateUtc, 'Asia/Almaty')).toBe('01:30');
  });

  it('turns a wall-clock time into an instant', () => {
    expect(zonedInstant('2026-12-06', '10:00', 'Asia/Almaty').toISOString()).toBe('2026-12-06T05:00:00.000Z');
    expect(zonedInstant('2026-07-01', '10:00', 'Europe/Berlin').toISOString()).toBe('2026-07-01T08:00:00.000Z');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
});

describe('toZonedIso against Intl, around transitions', () => {
  const zones = ['Asia/Almaty', 'Europe/Berlin', 'America/St_Johns', 'Australia/Lord_Howe', 'Asia/Kolkata'];
  const formats = new Map(
    zones.map((timeZone) => [
      timeZone,
      new Intl.DateTimeFormat('en-CA', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
      }),
    ]),
  );
  const intl = (instant: Date, timeZone: string): string => {
    const p = Object.fromEntries(
      formats
        .get(timeZone)!
        .formatToParts(instant)
        .map((x) => [x.type, x.value]),
    );
    return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}`;
  };

  it('gives the local time Intl gives, every minute for two hours around each 2024–2026 transition', () => {
    const wrong: string[] = [];
    let transitions = 0;
    for (const zone of zones) {
      // The transitions: hours after which the offset differs (Almaty's in March 2024, the others' DST).
      let before = offsetMinutes(new Date('2024-01-01T00:00:00Z'), zone);
      for (
        let hour = Date.parse('2024-01-01T00:00:00Z');
        hour < Date.parse('2027-01-01T00:00:00Z');
        hour += 3_600_000
      ) {
        const after = offsetMinutes(new Date(hour), zone);
        if (after === before) {
          continue;
        }
        before = after;
        transitions++;
        for (let t = hour - 2 * 3_600_000; t <= hour + 2 * 3_600_000; t += 61_000) {
          const instant = new Date(t);
          if (toZonedIso(instant, zone).slice(0, 19) !== intl(instant, zone)) {
            wrong.push(`${zone} ${instant.toISOString()}`);
          }
        }
      }
    }
    expect(wrong).toEqual([]);
    // Almaty once, Berlin, St John's and Lord Howe twice a year each; Kolkata never.
    expect(transitions).toBe(1 + 3 * 6);
  });
});
