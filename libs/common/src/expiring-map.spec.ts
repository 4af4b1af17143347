import { jest } from '@jest/globals';
import { ExpiringMap } from './expiring-map';

describe('ExpiringMap', () => {
  afterEach(() => jest.useRealTimers());

  it('forgets an entry at its time, and the oldest one when full', () => {
    jest.useFakeTimers({ now: 1_000_000 });
    const map = new ExpiringMap<string, number>(2);
    map.set('a', 1, Date.now() + 5_000);
    map.set('b', 2, Date.now() + 10_000);
    expect(map.get('a')).toBe(1);
    jest.setSystemTime(1_005_000);
    expect(map.get('a')).toBeUndefined();
    expect(map.get('b')).toBe(2);
    map.set('c', 3, Date.now() + 10_000);
    map.set('d', 4, Date.now() + 10_000);
    expect([map.get('b'), map.get('c'), map.get('d')]).toEqual([undefined, 3, 4]);
    map.deleteWhere((value) => value === 3);
    expect(map.get('c')).toBeUndefined();
    expect(map.size).toBe(1);
  });
});
