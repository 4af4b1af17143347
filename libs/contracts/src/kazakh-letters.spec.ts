import { foldKazakhLetters } from './kazakh-letters';

describe('foldKazakhLetters', () => {
  it('folds each Kazakh letter to its Russian-keyboard look-alike and leaves the rest', () => {
    expect(foldKazakhLetters('әғқңөұүһіё')).toBe('агкноуухие');
    expect(foldKazakhLetters('қасымшалов')).toBe('касымшалов');
    expect(foldKazakhLetters('Qasym 12')).toBe('Qasym 12');
  });
});
