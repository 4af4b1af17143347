import { type Block, type Frame, drawBlocks, measureBlocks, takeBlocks } from './blocks';
import { numberPages } from './render-pdf';

/** A column of the page and the language set in it. */
export interface LangColumn<L extends string> extends Frame {
  lang: L;
}

/**
 * Lays a document out in one column per language, side by side (kk left, ru right), every part starting at the
 * same height in all of them: a part that does not fit in what is left of the page moves to the next one; only a
 * part taller than a whole page is split, by lines.
 */
export class ColumnFlow<L extends string> {
  readonly columns: LangColumn<L>[];
  private readonly top: number;
  private readonly bottom: number;

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    langs: readonly L[],
    gap: number,
  ) {
    const { margins, width, height } = doc.page;
    const inner = width - margins.left - margins.right;
    const columnWidth = (inner - gap * (langs.length - 1)) / langs.length;
    this.columns = langs.map((lang, i) => ({ lang, x: margins.left + i * (columnWidth + gap), width: columnWidth }));
    this.top = margins.top;
    this.bottom = height - margins.bottom;
  }

  /** One part, built for each column's language. */
  row(build: (lang: L) => Block[]): void {
    let parts = this.columns.map((c) => build(c.lang));
    const height = Math.max(...parts.map((blocks, i) => measureBlocks(this.doc, blocks, this.columns[i])));
    if (height <= this.bottom - this.top) {
      this.keepSpace(height);
    }
    for (;;) {
      const y = this.doc.y;
      const avail = this.bottom - y;
      const split = parts.map((blocks, i) => takeBlocks(this.doc, blocks, this.columns[i], avail, y === this.top));
      let end = y;
      split.forEach(([fit], i) => {
        end = Math.max(end, drawBlocks(this.doc, fit, this.columns[i], y));
      });
      parts = split.map(([, rest]) => rest);
      if (parts.every((rest) => rest.length === 0)) {
        this.doc.x = this.columns[0].x;
        this.doc.y = end;
        return;
      }
      this.newPage();
    }
  }

  /** Several parts that stay on one page together (a vote and the signatures under it). */
  together(builds: ((lang: L) => Block[])[]): void {
    const heights = this.columns.map((c) =>
      builds.reduce((h, build) => h + measureBlocks(this.doc, build(c.lang), c), 0),
    );
    this.keepSpace(Math.max(...heights));
    for (const build of builds) {
      this.row(build);
    }
  }

  keepSpace(height: number): void {
    if (this.doc.y + height > this.bottom) {
      this.newPage();
    }
  }

  newPage(): void {
    this.doc.addPage();
    this.doc.x = this.columns[0].x;
    this.doc.y = this.top;
  }

  /** "Бет 2 / 5" at the foot of every page of every column; the document must buffer its pages. */
  numberPages(label: (lang: L) => string): void {
    numberPages(
      this.doc,
      this.columns.map((c) => ({ label: label(c.lang), x: c.x, width: c.width })),
    );
  }
}
