import { BADGE_CODE_ALPHABET, BADGE_CODE_LENGTH } from '@app/contracts';
import { randomBytes } from 'node:crypto';

/** 20 characters of Crockford base32: 100 bits, unguessable, easy to type from a damaged badge. */
export function newBadgeCode(): string {
  const bytes = randomBytes(BADGE_CODE_LENGTH);
  return [...bytes].map((b) => BADGE_CODE_ALPHABET[b % 32]).join('');
}
