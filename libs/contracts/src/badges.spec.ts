import { formatBadgeCode, normalizeBadgeCode } from './badges';

const CODE = '7KQ2M9XH4TB3NDR8WZ05';

describe('badge codes', () => {
  it('shows a code in four groups of five', () => {
    expect(formatBadgeCode(CODE)).toBe('7KQ2M-9XH4T-B3NDR-8WZ05');
    expect(formatBadgeCode(' 7kq2m 9xh4t b3ndr 8wz05')).toBe('7KQ2M-9XH4T-B3NDR-8WZ05');
  });

  it('shows what is not a badge code as read, without cutting it up', () => {
    expect(formatBadgeCode('nosuchbadge0000000001')).toBe('NOSUCHBADGE0000000001');
    expect(formatBadgeCode('7KQ2M9XH4T')).toBe('7KQ2M9XH4T');
    expect(formatBadgeCode('https://example.kz/a')).toBe('HTTPS://EXAMPLE.KZ/A');
    expect(formatBadgeCode('')).toBe('');
  });

  it.each([
    [CODE],
    ['7KQ2M-9XH4T-B3NDR-8WZ05'],
    ['7kq2m-9xh4t-b3ndr-8wz05'],
    ['  7KQ2M 9XH4T B3NDR 8WZ05 \n'],
    ['7KQ2M\u20099XH4T\u2009B3NDR\u20098WZ05'],
    ['7KQ2M\u00a09XH4T\u202fB3NDR\u2013 8wz05'],
    ['7KQ2M\u2011-9XH4T\u2212B3NDR\u2010\t8WZ05'],
  ])('reads %j as the stored code', (typed) => {
    expect(normalizeBadgeCode(typed)).toBe(CODE);
  });

  it('gives back what it formatted, and leaves other characters for the lookup to refuse', () => {
    expect(normalizeBadgeCode(formatBadgeCode(CODE))).toBe(CODE);
    expect(normalizeBadgeCode('BAD\u0000')).toBe('BAD\u0000');
    expect(normalizeBadgeCode('no/such_badge')).toBe('NO/SUCH_BADGE');
  });
});
