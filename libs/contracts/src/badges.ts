/** Crockford's base32 (no I, L, O, U): what a badge code is made of. */
export const BADGE_CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const BADGE_CODE_LENGTH = 20;

/** Characters in a group of a badge code as people read it: `7KQ2M-9XH4T-B3NDR-8WZ05`. */
const GROUP = 5;

/** Separators people (and their keyboards) put in a code: spaces of every width, hyphens and dashes. */
const SEPARATORS = /[\s\u00ad\u2010-\u2015\u2212-]/g;

const BADGE_SHAPE = new RegExp(`^[${BADGE_CODE_ALPHABET}]{${BADGE_CODE_LENGTH}}$`);

/**
 * The stored form of a typed or scanned badge code: without separators, upper case. The QR code
 * holds the stored form, so a scan and a code typed from the printed groups find the same badge.
 */
export function normalizeBadgeCode(code: string): string {
  return code.replace(SEPARATORS, '').toUpperCase();
}

/**
 * A badge code for human eyes: four groups of five joined by hyphens (`7KQ2M-9XH4T-B3NDR-8WZ05`). What
 * does not have a badge code's shape (a mistyped code, another QR code) is shown as read, not cut up.
 */
export function formatBadgeCode(code: string): string {
  const plain = normalizeBadgeCode(code);
  if (!BADGE_SHAPE.test(plain)) {
    return plain;
  }
  const groups: string[] = [];
  for (let start = 0; start < plain.length; start += GROUP) {
    groups.push(plain.slice(start, start + GROUP));
  }
  return groups.join('-');
}
