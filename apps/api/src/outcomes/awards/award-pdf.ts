import type { AwardKind, AwardLanguage } from '@app/contracts';
import {
  COLOR_MUTED,
  COLOR_TEXT,
  PDF_FONT,
  type PrintedSeal,
  drawVerificationMark,
  formatLocalDate,
  renderPdf,
} from '@app/common';
import { AWARD_TITLES, PRINTED } from './award-texts';

/** What one printed award shows, already in its language. */
export interface AwardDocument {
  language: AwardLanguage;
  kind: AwardKind;
  /** `5/2026` */
  number: string;
  /** `YYYY-MM-DD` */
  date: string;
  /** The event's organizers, the first numbering it. */
  organizers: string[];
  recipientName: string;
  recipientPosition: string | null;
  eventTitle: string;
  sessionTitle: string | null;
  signatoryName: string;
  signatoryPosition: string | null;
  seal: PrintedSeal;
}

const MARGIN = 56;
const FRAME = 24;
const COLOR_FRAME = '#1f4e79';
const REGULAR = PDF_FONT.regular;
const BOLD = PDF_FONT.bold;

/**
 * Awards as an A4 PDF, one page each, in each award's own language: the organizers, the heading, the recipient's
 * name and position, what it is for, the number and date, the signatory and the verification mark (a QR code of
 * the public page). The metadata date is the award's own, so the same awards give the same bytes.
 */
export function renderAwardsPdf(awards: AwardDocument[]): Promise<Buffer> {
  const first = awards[0];
  return renderPdf(
    {
      size: 'A4',
      margin: MARGIN,
      autoFirstPage: false,
      lang: first.language,
      title:
        awards.length === 1
          ? `${AWARD_TITLES[first.kind][first.language]} № ${first.number}: ${first.recipientName}`
          : `${AWARD_TITLES[first.kind][first.language]} (${awards.length})`,
      subject: first.eventTitle,
      author: first.organizers[0],
      date: new Date(`${first.date}T12:00:00+05:00`),
    },
    (doc) => awards.forEach((award) => drawAward(doc, award)),
  );
}

function drawAward(doc: PDFKit.PDFDocument, award: AwardDocument): void {
  const t = PRINTED[award.language];
  doc.addPage();
  const { width, height } = doc.page;
  const inner = width - 2 * MARGIN;
  doc
    .rect(FRAME, FRAME, width - 2 * FRAME, height - 2 * FRAME)
    .lineWidth(2)
    .strokeColor(COLOR_FRAME)
    .stroke();
  doc
    .rect(FRAME + 5, FRAME + 5, width - 2 * FRAME - 10, height - 2 * FRAME - 10)
    .lineWidth(0.6)
    .strokeColor(COLOR_FRAME)
    .stroke();
  const centred = { width: inner, align: 'center' as const };
  doc.font(BOLD).fontSize(11).fillColor(COLOR_TEXT);
  doc.text(award.organizers.join('\n'), MARGIN, MARGIN + 20, centred);
  doc.moveDown(3.5);
  doc
    .font(BOLD)
    .fontSize(award.kind === 'gratitude' ? 30 : 34)
    .fillColor(COLOR_FRAME);
  doc.text(t.heading[award.kind], MARGIN, doc.y, { ...centred, characterSpacing: 2 });
  if (t.subheading[award.kind]) {
    doc
      .font(REGULAR)
      .fontSize(14)
      .fillColor(COLOR_FRAME)
      .text(t.subheading[award.kind], MARGIN, doc.y + 4, centred);
  }
  doc.moveDown(3);
  doc.font(BOLD).fontSize(22).fillColor(COLOR_TEXT).text(award.recipientName, MARGIN, doc.y, centred);
  if (award.recipientPosition) {
    doc
      .font(REGULAR)
      .fontSize(12)
      .fillColor(COLOR_MUTED)
      .text(award.recipientPosition, MARGIN, doc.y + 6, centred);
  }
  doc.moveDown(2);
  const body = t.body[award.kind]
    .replace('{event}', award.eventTitle)
    .replace('{session}', award.sessionTitle ?? award.eventTitle);
  doc
    .font(REGULAR)
    .fontSize(13)
    .fillColor(COLOR_TEXT)
    .text(body, MARGIN + 20, doc.y, {
      width: inner - 40,
      align: 'center',
      lineGap: 3,
    });

  // The foot of the page: signatory, number and date, then the verification mark.
  const footTop = height - MARGIN - 200;
  const half = inner / 2 - 10;
  doc.font(BOLD).fontSize(11).fillColor(COLOR_TEXT);
  doc.text(award.signatoryPosition ?? '', MARGIN, footTop, { width: half });
  const signLine = footTop + 40;
  doc
    .moveTo(MARGIN + inner / 2 + 10, signLine)
    .lineTo(MARGIN + inner, signLine)
    .lineWidth(0.6)
    .strokeColor(COLOR_TEXT)
    .stroke();
  doc.text(award.signatoryName, MARGIN + inner / 2 + 10, signLine + 4, { width: half, align: 'right' });
  doc.font(REGULAR).fontSize(10).fillColor(COLOR_MUTED);
  doc.text(`${t.number}: № ${award.number}`, MARGIN, footTop + 80, { width: half });
  doc.text(`${t.date}: ${formatLocalDate(award.date, 'Asia/Almaty', award.language)}`, MARGIN, doc.y + 2, {
    width: half,
  });
  doc.fillColor(COLOR_TEXT);
  doc.x = MARGIN;
  doc.y = footTop + 110;
  drawVerificationMark(doc, award.seal, [award.language]);
}
