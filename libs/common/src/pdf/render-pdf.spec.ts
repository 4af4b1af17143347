import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDF_FONT, type PdfSetup, numberPages, renderPdf } from './render-pdf';

const dir = mkdtempSync(join(tmpdir(), 'render-pdf-'));
let fileNo = 0;

function poppler(tool: 'pdfinfo' | 'pdftotext', pdf: Buffer): string {
  const file = join(dir, `doc-${++fileNo}.pdf`);
  writeFileSync(file, pdf);
  return execFileSync(tool, ['-enc', 'UTF-8', file, ...(tool === 'pdftotext' ? ['-'] : [])], { encoding: 'utf8' });
}

function pdfInfo(pdf: Buffer): Record<string, string> {
  return Object.fromEntries(
    poppler('pdfinfo', pdf)
      .split('\n')
      .map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1).trim()]),
  );
}

const SETUP: PdfSetup = {
  size: 'A6',
  margin: 20,
  lang: 'kk',
  title: 'Қаладан – Ауылға',
  subject: 'Күн тәртібі',
  author: 'Орал қаласының әкімдігі',
  date: new Date('2026-12-07T05:00:00Z'),
};

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('renderPdf', () => {
  it('returns a whole PDF carrying the metadata it was given', async () => {
    const pdf = await renderPdf(SETUP, (doc) => doc.font(PDF_FONT.regular).text('әғқңөұүһі'));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.subarray(-6).toString('latin1')).toContain('%%EOF');
    const info = pdfInfo(pdf);
    expect(info.Title).toBe('Қаладан – Ауылға');
    expect(info.Subject).toBe('Күн тәртібі');
    expect(info.Author).toBe('Орал қаласының әкімдігі');
    expect(info.Creator).toBe('Akim Forum');
    expect(info.Producer).toBe('Akim Forum');
    expect(info['Page size']).toMatch(/^297\.6\d* x 419\.5\d* pts/);
    expect(poppler('pdftotext', pdf)).toContain('әғқңөұүһі');
  });

  it('leaves out what it was not given, adds no page of its own when told, and repeats its bytes', async () => {
    const setup: PdfSetup = { ...SETUP, subject: undefined, author: undefined, autoFirstPage: false };
    const draw = (doc: PDFKit.PDFDocument): void => {
      doc.addPage();
      doc.font(PDF_FONT.mono).text('ABCDE-12345');
    };
    const pdf = await renderPdf(setup, draw);
    const info = pdfInfo(pdf);
    expect(info.Subject).toBeUndefined();
    expect(info.Author).toBeUndefined();
    expect(info.Pages).toBe('1');
    expect((await renderPdf(setup, draw)).equals(pdf)).toBe(true);
  });

  it('rejects when the drawing throws', async () => {
    await expect(
      renderPdf(SETUP, () => {
        throw new Error('no room');
      }),
    ).rejects.toThrow('no room');
  });

  it('numbers the buffered pages in every column', async () => {
    const pdf = await renderPdf({ ...SETUP, bufferPages: true }, (doc) => {
      doc.addPage();
      numberPages(doc, [
        { label: 'Бет', x: 20, width: 120 },
        { label: 'Стр.', x: 150, width: 120 },
      ]);
    });
    const pages = poppler('pdftotext', pdf).split('\f');
    expect(pages[0]).toMatch(/Бет 1 \/ 2\s+Стр\. 1 \/ 2/);
    expect(pages[1]).toMatch(/Бет 2 \/ 2\s+Стр\. 2 \/ 2/);
  });
});
