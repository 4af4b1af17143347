import { jsonDeeperThan } from './json-depth';

describe('jsonDeeperThan', () => {
  const nested = (n: number): string => '{"a":'.repeat(n) + '1' + '}'.repeat(n);

  it('lets through what nests up to the limit and catches one level more', () => {
    expect(jsonDeeperThan(nested(32), 32)).toBe(false);
    expect(jsonDeeperThan(nested(33), 32)).toBe(true);
    expect(jsonDeeperThan(`[${nested(31)}]`, 32)).toBe(false);
    expect(jsonDeeperThan(`[[${nested(31)}]]`, 32)).toBe(true);
  });

  it('does not count brackets inside strings, escaped quotes included', () => {
    const text = JSON.stringify({ title: '{'.repeat(100) + '"[[[' + '\\'.repeat(3) });
    expect(jsonDeeperThan(text, 2)).toBe(false);
    expect(jsonDeeperThan(`{"a":"\\"","b":[[1]]}`, 2)).toBe(true);
  });

  it('catches a body of thousands of levels without recursion', () => {
    expect(jsonDeeperThan(nested(5000))).toBe(true);
    expect(jsonDeeperThan('[]'.repeat(100_000))).toBe(false);
  });
});
