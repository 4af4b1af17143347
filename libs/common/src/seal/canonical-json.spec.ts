import { createHash } from 'node:crypto';
import { canonicalDigest, canonicalJson, formatSealCode, newSealCode, parseSealCode } from './canonical-json';

describe('canonical JSON of an act', () => {
  it('sorts keys at every depth, drops undefined members and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, 1, { z: null, y: 'ү' }], c: undefined } })).toBe(
      '{"a":{"d":[3,1,{"y":"ү","z":null}]},"b":1}',
    );
  });

  it('gives the same digest whatever order the keys came in, and another for any changed character', () => {
    const one = canonicalDigest({ title: { kk: 'Қаулы', ru: 'Решение' }, number: 3 });
    expect(canonicalDigest({ number: 3, title: { ru: 'Решение', kk: 'Қаулы' } })).toBe(one);
    expect(canonicalDigest({ number: 3, title: { ru: 'Решение', kk: 'Қаулы ' } })).not.toBe(one);
    expect(one).toBe(createHash('sha256').update('{"number":3,"title":{"kk":"Қаулы","ru":"Решение"}}').digest('hex'));
  });

  it('refuses numbers JSON cannot carry', () => {
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(TypeError);
  });
});

describe('verification codes', () => {
  it('are ten characters of Crockford base 32, and differ', () => {
    const codes = new Set(Array.from({ length: 200 }, () => newSealCode()));
    expect(codes.size).toBe(200);
    for (const code of codes) {
      expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{10}$/);
    }
  });

  it('read back as typed: lower case, separators, O for 0, I or L for 1', () => {
    expect(formatSealCode('AB0DE12345')).toBe('AB0DE-12345');
    expect(parseSealCode('ab0de-12345')).toBe('AB0DE12345');
    expect(parseSealCode(' abode 12345 ')).toBe('AB0DE12345');
    expect(parseSealCode('AB0DE-I2345')).toBe('AB0DE12345');
    expect(parseSealCode('AB0DE-1234')).toBeUndefined();
    expect(parseSealCode('AB0DE-1234U')).toBeUndefined();
  });
});
