import { contentDisposition } from './file-reply';
import { ifNoneMatchHits } from './if-match';

describe('ifNoneMatchHits', () => {
  it('compares weakly, in a list, and takes *', () => {
    expect(ifNoneMatchHits('"abc"', '"abc"')).toBe(true);
    expect(ifNoneMatchHits('W/"abc"', '"abc"')).toBe(true);
    expect(ifNoneMatchHits('"x", "abc"', '"abc"')).toBe(true);
    expect(ifNoneMatchHits('*', '"abc"')).toBe(true);
    expect(ifNoneMatchHits('"abd"', '"abc"')).toBe(false);
    expect(ifNoneMatchHits(undefined, '"abc"')).toBe(false);
  });
});

describe('contentDisposition', () => {
  it('names the file by its title in UTF-8 (RFC 5987) with an ASCII fallback, without path or quote characters', () => {
    expect(contentDisposition('attachment', 'Доклад "акима" / 2026', 'pdf')).toBe(
      `attachment; filename="______ _____ 2026.pdf"; filename*=UTF-8''${encodeURIComponent('Доклад акима 2026.pdf')}`,
    );
    expect(contentDisposition('inline', "Report (draft)'s", 'docx')).toBe(
      `inline; filename="Report (draft)'s.docx"; filename*=UTF-8''Report%20%28draft%29%27s.docx`,
    );
    expect(contentDisposition('attachment', '   ', 'png')).toContain('filename="material.png"');
    expect(contentDisposition('inline', 'awards', 'pdf')).toBe(
      `inline; filename="awards.pdf"; filename*=UTF-8''awards.pdf`,
    );
  });
});
