import { describe, expect, it } from '@jest/globals';
import { dayInZone, momentInZone, timeInZone } from './when';

describe('check-in times: always in the event zone', () => {
  it("spells Kazakh dates itself, on the event's calendar day, not the device's", () => {
    // 20:00 UTC on 31 December is already 1 January in Kazakhstan (UTC+5).
    expect(dayInZone('2026-12-31T20:00:00Z', 'Asia/Almaty', 'kk', true)).toBe('2027 жылғы 1 қаңтар');
    expect(dayInZone('2026-03-10T05:00:00Z', 'Asia/Oral', 'kk')).toBe('10 наурыз');
    expect(dayInZone('2026-03-10T05:00:00Z', 'Asia/Oral', 'en', true)).toBe('10 March 2026');
    expect(timeInZone('2026-03-10T04:05:00Z', 'Asia/Oral', 'kk')).toBe('09:05');
  });

  it('shows only HH:MM for today, and the day before it otherwise', () => {
    const now = new Date('2026-03-10T12:00:00Z');
    expect(momentInZone('2026-03-10T04:05:00+00:00', 'Asia/Oral', 'ru', now)).toBe('09:05');
    expect(momentInZone('2026-03-09T04:05:00Z', 'Asia/Oral', 'kk', now)).toBe('9 наурыз, 09:05');
  });
});
