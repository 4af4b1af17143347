import { describe, expect, it } from '@jest/globals';
import { formatInZone } from './i18n';

describe('formatInZone', () => {
  // 22 December 2026, 05:30 UTC = 10:30 in Kazakhstan (UTC+5), still the 21st in Los Angeles.
  const instant = '2026-12-22T05:30:15Z';

  it('spells Kazakh dates officially, whatever the ICU data of the browser', () => {
    expect(formatInZone(instant, 'Asia/Almaty', 'kk', { dateStyle: 'long' })).toBe('2026 жылғы 22 желтоқсан');
    expect(formatInZone(instant, 'Asia/Almaty', 'kk', { dateStyle: 'long', timeStyle: 'short' })).toBe(
      '2026 жылғы 22 желтоқсан, 10:30',
    );
    expect(formatInZone(instant, 'Asia/Almaty', 'kk', { dateStyle: 'short', timeStyle: 'short' })).toBe(
      '22.12.2026, 10:30',
    );
    expect(formatInZone(instant, 'Asia/Almaty', 'kk', { day: 'numeric', month: 'long' })).toBe('22 желтоқсан');
    expect(formatInZone(instant, 'Asia/Almaty', 'kk', { weekday: 'short', day: 'numeric', month: 'short' })).toBe(
      'сс, 22 желтоқсан',
    );
    expect(formatInZone(instant, 'Asia/Almaty', 'kk', { timeStyle: 'medium' })).toBe('10:30:15');
  });

  it("reads the event's zone, never the device's", () => {
    expect(formatInZone(instant, 'America/Los_Angeles', 'kk', { dateStyle: 'long', timeStyle: 'short' })).toBe(
      '2026 жылғы 21 желтоқсан, 21:30',
    );
    expect(formatInZone(instant, 'Asia/Oral', 'ru', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })).toBe(
      '10:30',
    );
  });
});
