// Kazakh letters and their nearest Russian-keyboard look-alikes: a checker on a phone without a
// Kazakh layout types «касым» for «Қасым», a spreadsheet header says «Аты-жони». Used only for
// matching, never for stored values.
const KAZAKH_FOLDS: Record<string, string> = {
  ә: 'а',
  ғ: 'г',
  қ: 'к',
  ң: 'н',
  ө: 'о',
  ұ: 'у',
  ү: 'у',
  һ: 'х',
  і: 'и',
  ё: 'е',
};

/** Replaces the (lower-case) Kazakh letters of `text` with their look-alikes; other characters stay. */
export function foldKazakhLetters(text: string): string {
  return text.replace(/[әғқңөұүһіё]/g, (letter) => KAZAKH_FOLDS[letter] ?? letter);
}
