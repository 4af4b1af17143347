import { dejaVuFonts, loadPdfKit } from './fonts';

/** The faces every document registers, by the names its drawing sets text in. */
export const PDF_FONT = {
  regular: 'DejaVuSans',
  bold: 'DejaVuSans-Bold',
  mono: 'DejaVuSansMono-Bold',
} as const;

export interface PdfSetup {
  /** A paper size pdfkit knows: 'A4', 'A6', ... (portrait). */
  size: string;
  /** The same on all four sides. */
  margin: number;
  lang: string;
  title: string;
  subject?: string;
  author?: string;
  /** Creation and modification date in the metadata: given, never "now", so equal input gives equal bytes. */
  date: Date;
  /** Keeps every page in memory until the end, for `numberPages`; otherwise pages stream out as they are drawn. */
  bufferPages?: boolean;
  /** false when the drawing adds each page itself. */
  autoFirstPage?: boolean;
}

/**
 * One PDF: a document with the DejaVu fonts registered (so every Kazakh letter renders and copies out as
 * itself), the title shown by viewers, the metadata of `setup`, and `draw` filling its pages. Resolves with the
 * whole file; rejects when drawing throws or pdfkit reports an error.
 */
export async function renderPdf(setup: PdfSetup, draw: (doc: PDFKit.PDFDocument) => void): Promise<Buffer> {
  const PDFDocument = await loadPdfKit();
  const { regular, bold, monoBold } = dejaVuFonts();
  const { margin, date } = setup;
  return new Promise<Buffer>((resolve, reject) => {
    const doc = new PDFDocument({
      size: setup.size,
      margins: { top: margin, bottom: margin, left: margin, right: margin },
      bufferPages: setup.bufferPages ?? false,
      autoFirstPage: setup.autoFirstPage ?? true,
      displayTitle: true,
      lang: setup.lang,
      // pdfkit writes every key it is given, so absent ones are left out rather than set to undefined.
      info: {
        Title: setup.title,
        ...(setup.subject === undefined ? {} : { Subject: setup.subject }),
        ...(setup.author === undefined ? {} : { Author: setup.author }),
        Creator: 'Akim Forum',
        Producer: 'Akim Forum',
        CreationDate: date,
        ModDate: date,
      },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);

    try {
      doc.registerFont(PDF_FONT.regular, regular);
      doc.registerFont(PDF_FONT.bold, bold);
      doc.registerFont(PDF_FONT.mono, monoBold);
      draw(doc);
      doc.end();
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}

/**
 * "Бет 2 / 5" centred at the foot of every page, once in each column (a document set side by side in two languages
 * numbers both). The document must have been made with `bufferPages`.
 */
export function numberPages(doc: PDFKit.PDFDocument, columns: { label: string; x: number; width: number }[]): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // Writing inside the bottom margin would make pdfkit open a new page.
    const bottomMargin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    for (const column of columns) {
      doc
        .font(PDF_FONT.regular)
        .fontSize(8)
        .fillColor('#555555')
        .text(`${column.label} ${i + 1} / ${range.count}`, column.x, doc.page.height - 32, {
          width: column.width,
          align: 'center',
          lineBreak: false,
        });
    }
    doc.page.margins.bottom = bottomMargin;
  }
}
