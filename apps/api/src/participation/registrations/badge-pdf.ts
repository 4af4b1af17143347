import { PDF_FONT, qrCodePng, renderPdf } from '@app/common';
import { formatBadgeCode } from '@app/contracts';

/** What one printed badge shows; texts are already in the language to print (Kazakh). */
export interface BadgeInfo {
  /** Encoded in the QR code as it is stored, and printed under it in groups. */
  badgeCode: string;
  name: string;
  position: string | null;
  organization: string | null;
  /** 'delegate' | 'speaker' | 'moderator' | 'guest' | 'press' | 'staff'; anything else prints as is on a grey band. */
  role: string;
  eventTitle: string;
  /** Already formatted, e.g. "2026 жылғы 7 желтоқсан". */
  eventDates: string;
  venue: string | null;
}

export interface BadgePdfOptions {
  /** The document title; the first badge's event title when absent. */
  title?: string;
  /** The document's creation date in the metadata; the Unix epoch by default, so equal input gives equal bytes. */
  createdAt?: Date;
}

const ROLES: Record<string, { label: string; color: string }> = {
  delegate: { label: 'Делегат', color: '#1f5fa8' },
  speaker: { label: 'Баяндамашы', color: '#b3261e' },
  moderator: { label: 'Модератор', color: '#6a3d9a' },
  guest: { label: 'Қонақ', color: '#2e7d32' },
  press: { label: 'БАҚ', color: '#d35400' },
  staff: { label: 'Ұйымдастырушы', color: '#37474f' },
};
const UNKNOWN_ROLE_COLOR = '#616161';

const REGULAR = PDF_FONT.regular;
const BOLD = PDF_FONT.bold;
const MONO = PDF_FONT.mono;
const COLOR_TEXT = '#111111';
const COLOR_MUTED = '#444444';

// A6 portrait: 105 × 148 mm.
const PAGE_WIDTH = 297.64;
const PAGE_HEIGHT = 419.53;
const MARGIN = 14;
const CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN;
/** Fixed regions, so the QR code sits at the same place on every badge. */
const TITLE_HEIGHT = 26;
const BAND_GAP = 6;
const BAND_HEIGHT = 30;
const FOOTER_HEIGHT = 34;
const CODE_HEIGHT = 16;
/** 40 mm, above the 35 mm minimum for a reliable scan from a lanyard. */
const QR_SIZE = 113.39;
const BLOCK_GAP = 6;

/**
 * Printable badges, one A6 portrait page each: event title, the role on a coloured band, the name, position and
 * organization (shrunk until they fit), the QR code of the badge code with the code under it for typing, and the
 * dates and venue. DejaVu Sans is embedded once per document, so every Kazakh letter prints and copies out as
 * itself. QR images are made one at a time and streamed into the document, so hundreds of badges stay cheap.
 * An empty list gives one blank page. The same input yields the same bytes.
 */
export function renderBadgesPdf(badges: BadgeInfo[], options: BadgePdfOptions = {}): Promise<Buffer> {
  const setup = {
    size: 'A6',
    margin: MARGIN,
    autoFirstPage: badges.length === 0,
    lang: 'kk',
    title: options.title ?? badges[0]?.eventTitle ?? 'Бейдждер',
    date: options.createdAt ?? new Date(0),
  };
  return renderPdf(setup, (doc) => {
    for (const badge of badges) {
      // One at a time: pages stream out as they are drawn, at most one QR image is held besides them.
      doc.addPage();
      drawBadge(doc, badge, qrCodePng(badge.badgeCode));
    }
  });
}

function drawBadge(doc: PDFKit.PDFDocument, badge: BadgeInfo, qr: Buffer): void {
  // Event title, small and bold, centred in its fixed box.
  const titleSize = fitSize(doc, badge.eventTitle, BOLD, 9.5, 6, CONTENT_WIDTH, TITLE_HEIGHT);
  const titleHeight = measure(doc, badge.eventTitle, BOLD, titleSize, CONTENT_WIDTH);
  drawText(doc, badge.eventTitle, BOLD, titleSize, COLOR_TEXT, MARGIN + (TITLE_HEIGHT - titleHeight) / 2, TITLE_HEIGHT);

  // The role band runs across the whole page.
  const role = ROLES[badge.role] ?? { label: badge.role, color: UNKNOWN_ROLE_COLOR };
  const bandTop = MARGIN + TITLE_HEIGHT + BAND_GAP;
  doc.rect(0, bandTop, PAGE_WIDTH, BAND_HEIGHT).fill(role.color);
  const roleSize = fitSize(doc, role.label, BOLD, 15, 8, CONTENT_WIDTH, BAND_HEIGHT - 4);
  const roleHeight = measure(doc, role.label, BOLD, roleSize, CONTENT_WIDTH);
  drawText(doc, role.label, BOLD, roleSize, '#ffffff', bandTop + (BAND_HEIGHT - roleHeight) / 2, BAND_HEIGHT);

  // Bottom up: dates and venue, the code, the QR code.
  const footerTop = PAGE_HEIGHT - MARGIN - FOOTER_HEIGHT;
  const codeTop = footerTop - 6 - CODE_HEIGHT;
  const qrTop = codeTop - 2 - QR_SIZE;
  drawFooter(doc, badge, footerTop);
  // Printed in groups for reading aloud and typing; the QR code holds the stored form.
  const code = formatBadgeCode(badge.badgeCode);
  const codeSize = fitSize(doc, code, MONO, 12, 6, CONTENT_WIDTH, CODE_HEIGHT);
  drawText(doc, code, MONO, codeSize, COLOR_TEXT, codeTop, CODE_HEIGHT);
  doc.image(qr, (PAGE_WIDTH - QR_SIZE) / 2, qrTop, { width: QR_SIZE, height: QR_SIZE });

  // Name, position and organization share what is left, centred vertically.
  const middleTop = bandTop + BAND_HEIGHT + 10;
  drawPerson(doc, badge, middleTop, qrTop - 8 - middleTop);
}

interface Block {
  text: string;
  font: string;
  size: number;
  min: number;
  color: string;
}

function drawPerson(doc: PDFKit.PDFDocument, badge: BadgeInfo, top: number, height: number): void {
  const blocks: Block[] = [{ text: badge.name, font: BOLD, size: 24, min: 11, color: COLOR_TEXT }];
  if (badge.position) {
    blocks.push({ text: badge.position, font: REGULAR, size: 12, min: 6, color: COLOR_TEXT });
  }
  if (badge.organization) {
    blocks.push({ text: badge.organization, font: REGULAR, size: 11, min: 5.5, color: COLOR_MUTED });
  }

  // Shrink everything together until it fits; below each block's minimum the block stops shrinking.
  let sizes: number[] = [];
  let heights: number[] = [];
  let total = Infinity;
  for (let scale = 1; scale > 0.2 && total > height; scale -= 0.04) {
    sizes = blocks.map((b) => Math.max(b.min, b.size * scale));
    heights = blocks.map((b, i) => measure(doc, b.text, b.font, sizes[i], CONTENT_WIDTH));
    total = heights.reduce((sum, h) => sum + h, 0) + BLOCK_GAP * (blocks.length - 1);
  }

  // Still too long at the smallest sizes: each block keeps its own height, the last ones end in "…".
  let y = top + Math.max(0, (height - total) / 2);
  const bottom = top + height;
  blocks.forEach((block, i) => {
    const room = Math.min(heights[i], bottom - y);
    if (room >= sizes[i]) {
      drawText(doc, block.text, block.font, sizes[i], block.color, y, room);
    }
    y += heights[i] + BLOCK_GAP;
  });
}

function drawFooter(doc: PDFKit.PDFDocument, badge: BadgeInfo, top: number): void {
  const datesSize = fitSize(doc, badge.eventDates, BOLD, 9, 6, CONTENT_WIDTH, 12);
  const datesHeight = measure(doc, badge.eventDates, BOLD, datesSize, CONTENT_WIDTH);
  drawText(doc, badge.eventDates, BOLD, datesSize, COLOR_TEXT, top, datesHeight);
  if (badge.venue) {
    const room = FOOTER_HEIGHT - datesHeight;
    const venueSize = fitSize(doc, badge.venue, REGULAR, 8.5, 5.5, CONTENT_WIDTH, room);
    drawText(doc, badge.venue, REGULAR, venueSize, COLOR_MUTED, top + datesHeight, room);
  }
}

/** The largest size from `max` down to `min` at which the text, wrapped to `width`, is at most `height` high. */
function fitSize(
  doc: PDFKit.PDFDocument,
  text: string,
  font: string,
  max: number,
  min: number,
  width: number,
  height: number,
): number {
  for (let size = max; size > min; size -= 0.5) {
    if (measure(doc, text, font, size, width) <= height) {
      return size;
    }
  }
  return min;
}

function measure(doc: PDFKit.PDFDocument, text: string, font: string, size: number, width: number): number {
  return doc.font(font).fontSize(size).heightOfString(text, { width, align: 'center' });
}

/**
 * Centred text in the content width. The explicit height bounds the text box: what does not fit ends in "…"
 * instead of pdfkit opening another page.
 */
function drawText(
  doc: PDFKit.PDFDocument,
  text: string,
  font: string,
  size: number,
  color: string,
  y: number,
  height: number,
): void {
  doc
    .font(font)
    .fontSize(size)
    .fillColor(color)
    .text(text, MARGIN, y, { width: CONTENT_WIDTH, height: height + 0.5, align: 'center', ellipsis: true });
}
