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
