import { qrCodePng } from '../qr';
import { COLOR_MUTED, COLOR_TEXT } from './blocks';
import { PDF_FONT } from './render-pdf';

/** A final act's seal as its document prints it: the code and the page its QR code opens. */
export interface PrintedSeal {
  /** `ABCDE-12345` */
  code: string;
  url: string;
}

const LABELS: Record<'kk' | 'ru', { code: string; how: string }> = {
  kk: { code: 'Актінің түпнұсқалығын тексеру коды', how: 'QR кодын оқытыңыз немесе кодты мына бетте енгізіңіз:' },
  ru: { code: 'Код проверки подлинности акта', how: 'Отсканируйте QR-код или введите код на странице:' },
};

const QR_SIDE = 64;

/**
 * The seal under the last part of the document: a QR code of the verification page, the code in large type and
 * the page's address, in the document's languages. Moves to a new page only when the mark itself does not fit.
 */
export function drawVerificationMark(
  doc: PDFKit.PDFDocument,
  seal: PrintedSeal,
  langs: readonly ('kk' | 'ru')[],
): void {
  const { margins, width, height } = doc.page;
  let y = doc.y + 18;
  if (y + QR_SIDE > height - margins.bottom) {
    doc.addPage();
    y = margins.top;
  }
  const left = margins.left;
  doc.image(qrCodePng(seal.url), left, y, { width: QR_SIDE, height: QR_SIDE });
  const x = left + QR_SIDE + 10;
  const textWidth = width - margins.right - x;
  doc.font(PDF_FONT.regular).fontSize(8).fillColor(COLOR_MUTED);
  doc.text(langs.map((l) => LABELS[l].code).join(' / '), x, y + 2, { width: textWidth });
  doc.font(PDF_FONT.bold).fontSize(12).fillColor(COLOR_TEXT);
  doc.text(seal.code, x, doc.y + 1, { width: textWidth, characterSpacing: 1 });
  doc.font(PDF_FONT.regular).fontSize(7.5).fillColor(COLOR_MUTED);
  doc.text(langs.map((l) => LABELS[l].how).join(' / '), x, doc.y + 2, { width: textWidth });
  doc.text(seal.url, x, doc.y, { width: textWidth, link: seal.url, underline: false });
  doc.fillColor(COLOR_TEXT);
  doc.x = left;
  doc.y = Math.max(y + QR_SIDE, doc.y);
}
