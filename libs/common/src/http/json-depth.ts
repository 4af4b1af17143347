/** How deep a request's JSON may nest: the deepest body of the contract is a handful of levels. */
export const MAX_JSON_DEPTH = 32;

/**
 * Whether JSON text nests deeper than `max` objects and arrays, found in one pass over the characters (brackets
 * inside strings do not count) before anything parses it: a body of thousands of nested objects would otherwise
 * overflow the stack of the validation that walks it.
 */
export function jsonDeeperThan(text: string, max: number = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) {
        i++; // the escaped character, whatever it is
      } else if (c === 0x22) {
        inString = false;
      }
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) {
        return true;
      }
    } else if (c === 0x7d || c === 0x5d) {
      depth--;
    }
  }
  return false;
}
