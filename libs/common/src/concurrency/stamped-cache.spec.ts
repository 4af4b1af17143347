import { StampedCache } from './stamped-cache';

describe('StampedCache', () => {
  it('renders once per stamp, shares it among concurrent readers and keeps only the newest keys', async () => {
    const cache = new StampedCache<string>(2);
    let renders = 0;
    const render = (text: string) => () => {
      renders += 1;
      return Promise.resolve(text);
    };
    const [a, b] = await Promise.all([cache.get('x', '1', render('one')), cache.get('x', '1', render('other'))]);
    expect([a, b, renders]).toEqual(['one', 'one', 1]);
    expect(await cache.get('x', '2', render('two'))).toBe('two');
    expect(renders).toBe(2);
    await cache.get('y', '1', render('y'));
    await cache.get('z', '1', render('z'));
    // x is the oldest of three keys: gone.
    expect(await cache.get('x', '2', render('again'))).toBe('again');
    expect(renders).toBe(5);
  });

  it('drops a rendering that failed, so that the next reader tries again', async () => {
    const cache = new StampedCache<string>(10);
    await expect(cache.get('k', '1', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await cache.get('k', '1', () => Promise.resolve('up'))).toBe('up');
  });
});
