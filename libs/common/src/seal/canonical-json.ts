import { createHash, randomInt } from 'node:crypto';

/**
 * The canonical JSON of a value: object keys sorted by their UTF-16 code units, no whitespace, strings
 * escaped as JSON.stringify does, `undefined` members left out. For the integers, strings, booleans and
 * nulls an act holds this is the JSON Canonicalization Scheme (RFC 8785), so anyone can recompute the
 * digest of a downloaded canonical form with any JCS library, or with `sha256sum` over the bytes.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) {
      throw new TypeError('a canonical form holds finite numbers only');
    }
    return JSON.stringify(value ?? null);
  }
  if (Array.isArray(value)) {
    return `[${value.map((item) => canonicalJson(item === undefined ? null : item)).join(',')}]`;
  }
  if (value instanceof Date) {
    return JSON.stringify(value.toISOString());
  }
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, member]) => member !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, member]) => `${JSON.stringify(key)}:${canonicalJson(member)}`).join(',')}}`;
}

/** The SHA-256 of the canonical JSON's UTF-8 bytes, in lower-case hex. */
export function canonicalDigest(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value), 'utf8').digest('hex');
}

/** Crockford's base 32: no I, L, O or U, so a code read aloud or typed from paper is not mistaken. */
const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const SEAL_CODE_LENGTH = 10;

/** A new random verification code (50 bits): ten characters, printed as two groups of five. */
export function newSealCode(): string {
  let code = '';
  for (let i = 0; i < SEAL_CODE_LENGTH; i++) {
    code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  }
  return code;
}

/** `ABCDE12345` as `ABCDE-12345`. */
export function formatSealCode(code: string): string {
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/**
 * A code as typed: any case, with or without separators, and the letters people confuse read as the
 * digits they look like (O as 0, I and L as 1), as Crockford's scheme prescribes. Undefined if it cannot be a code.
 */
export function parseSealCode(typed: string): string | undefined {
  const code = typed
    .toUpperCase()
    .replace(/[\s\-–.]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  return code.length === SEAL_CODE_LENGTH && [...code].every((c) => CODE_ALPHABET.includes(c)) ? code : undefined;
}
