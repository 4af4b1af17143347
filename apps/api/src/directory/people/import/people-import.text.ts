import { cleanCell as clean } from '@app/common';
import { foldKazakhLetters } from '@app/contracts';

// Headers and words typed without Kazakh letters (or with Latin look-alikes, a common keyboard-layout
// slip) still match: folding is used only for matching, never for stored values.
const LATIN_LOOKALIKES: Record<string, string> = {
  a: 'а',
  c: 'с',
  e: 'е',
  i: 'и',
  k: 'к',
  o: 'о',
  p: 'р',
  x: 'х',
  y: 'у',
};

export function matchWords(text: string): string[] {
  return foldKazakhLetters(
    clean(text)
      .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2') // fullName -> full name
      .toLowerCase(),
  )
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '')
    .map((w) => (/\p{Script=Cyrillic}/u.test(w) ? w.replace(/[aceikopxy]/g, (c) => LATIN_LOOKALIKES[c] ?? c) : w));
}

export function matchKey(text: string): string {
  return matchWords(text).join('');
}

export function buildLookup<T>(entries: ReadonlyArray<readonly [T, readonly string[]]>): Map<string, T> {
  const map = new Map<string, T>();
  for (const [target, phrases] of entries) {
    for (const phrase of phrases) {
      const key = matchKey(phrase);
      const existing = map.get(key);
      // A phrase meaning two things would make imports depend on table order: fail loudly in tests.
      if (existing !== undefined && existing !== target) {
        throw new Error(`Ambiguous import synonym "${phrase}"`);
      }
      map.set(key, target);
    }
  }
  return map;
}
