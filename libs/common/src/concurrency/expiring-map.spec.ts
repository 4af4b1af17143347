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

  /** A load that ends when told, counting how many started. */
  function loads() {
    const started: { finish: (value: number | undefined, until?: number) => void; fail: (e: Error) => void }[] = [];
    const load = () =>
      new Promise<{ value: number; until: number } | undefined>((resolve, reject) => {
        started.push({
          finish: (value, until = Date.now() + 5_000) => resolve(value === undefined ? undefined : { value, until }),
          fail: reject,
        });
      });
    return { started, load };
  }

  it('shares one load between concurrent misses of a key, and keeps what it found', async () => {
    const map = new ExpiringMap<string, number>(10);
    const l = loads();
    const answers = [map.getOrLoad('a', l.load), map.getOrLoad('a', l.load), map.getOrLoad('a', l.load)];
    const other = map.getOrLoad('b', l.load);
    expect(l.started).toHaveLength(2);
    l.started[0].finish(7);
    l.started[1].finish(undefined);
    expect(await Promise.all(answers)).toEqual([7, 7, 7]);
    expect(await other).toBeUndefined();
    expect(await map.getOrLoad('a', l.load)).toBe(7);
    expect(l.started).toHaveLength(2);
    // Nothing found is not kept: the next caller asks again.
    void map.getOrLoad('b', l.load);
    expect(l.started).toHaveLength(3);
  });

  it('answers without keeping a load that an invalidation overtook, and starts anew after it', async () => {
    const map = new ExpiringMap<string, number>(10);
    const l = loads();
    const before = map.getOrLoad('a', l.load);
    map.deleteWhere(() => true); // say, the user's roles changed while their token was looked up
    const after = map.getOrLoad('a', l.load);
    expect(l.started).toHaveLength(2);
    l.started[0].finish(1);
    l.started[1].finish(2);
    expect([await before, await after]).toEqual([1, 2]);
    expect(map.get('a')).toBe(2);
    // A value to answer with but not to keep (until 0), and a failed load, are not kept either.
    map.clear();
    const once = map.getOrLoad('a', l.load);
    l.started[2].finish(3, 0);
    expect(await once).toBe(3);
    expect(map.get('a')).toBeUndefined();
    const failing = map.getOrLoad('a', l.load);
    l.started[3].fail(new Error('database gone'));
    await expect(failing).rejects.toThrow('database gone');
    void map.getOrLoad('a', l.load);
    expect(l.started).toHaveLength(5);
  });
});
