import { slugify } from './slug';

describe('slugify', () => {
  it('transliterates Kazakh and Russian titles', () => {
    expect(slugify('«Қаладан – Ауылға» көшпелі отырысы')).toBe('qaladan-auylga-koshpeli-otyrysy');
    expect(slugify('Форум сельских акимов ЗКО 2026')).toBe('forum-selskih-akimov-zko-2026');
    expect(slugify("Rural akims' forum")).toBe('rural-akims-forum');
    expect(slugify('!!!')).toBe('event');
  });

  it('keeps slugs short, cut at a word', () => {
    const slug = slugify('Ауыл әкімдерінің облыстық форумы '.repeat(6), 60);
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});
