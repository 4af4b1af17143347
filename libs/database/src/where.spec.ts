import { regionSubtree, Where } from './where';

describe('Where', () => {
  it('numbers placeholders after the initial parameters and skips values not given', () => {
    const where = new Where(true, ['e1'])
      .add('(x.visible OR $1)')
      .when('forum', (p) => `x.kind = ${p}`)
      .when(undefined, (p) => `x.status = ${p}`)
      .when('', (p) => `x.q = ${p}`)
      .when(0, (p) => `x.n = ${p}`)
      .when('ALM', (p) => regionSubtree('x.region_code', p));
    const limit = where.param(20);
    expect(where.sql()).toBe(
      `(x.visible OR $1) AND x.kind = $3 AND x.region_code IN (SELECT s.code FROM regions s, regions t WHERE t.code = $4\n` +
        `                    AND (s.path = t.path OR s.path LIKE t.path || '/%'))`,
    );
    expect(limit).toBe('$5');
    expect(where.params).toEqual([true, ['e1'], 'forum', 'ALM', 20]);
  });

  it('is true when nothing filters', () => {
    expect(new Where().sql()).toBe('true');
    expect(new Where().params).toEqual([]);
  });
});
