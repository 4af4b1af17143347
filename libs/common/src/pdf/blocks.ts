import { PDF_FONT } from './render-pdf';

/*
 * The layout primitives of an official document (a resolution, a protocol): blocks of text and lines, measured,
 * split where a page ends, and drawn into one column. What the blocks say is the document's; ColumnFlow lays them
 * out in one column or in two side by side.
 */

export const COLOR_TEXT = '#111111';
export const COLOR_MUTED = '#555555';
const COLOR_DRAFT = '#b00020';
const COLOR_RULE = '#999999';
const REGULAR = PDF_FONT.regular;
const BOLD = PDF_FONT.bold;

/** A paragraph; `marker` ("1.") hangs in a gutter of `markerWidth` to the left of the text. */
export interface ParaBlock {
  type: 'para';
  text: string;
  font: string;
  size: number;
  color: string;
  align: 'left' | 'center' | 'right' | 'justify';
  gap: number;
  firstLineIndent?: number;
  marker?: string;
  markerWidth?: number;
  /** Extra left offset of the whole paragraph (details of a point sit under its text). */
  offset?: number;
}

/** One line with a text at the left edge and one at the right edge (date and number). */
export interface PairBlock {
  type: 'pair';
  left: string;
  right: string;
  size: number;
  gap: number;
}

/** The boxed draft mark at the right of the header. */
export interface MarkBlock {
  type: 'mark';
  text: string;
  size: number;
  gap: number;
}

export interface RuleBlock {
  type: 'rule';
  gap: number;
}

/** "Төраға" and the position on the left; a line to sign on and the name on the right. */
export interface SignatureBlock {
  type: 'signature';
  role: string;
  position: string | null;
  name: string;
  size: number;
  gap: number;
}

export type Block = ParaBlock | PairBlock | MarkBlock | RuleBlock | SignatureBlock;

/** Where a column stands on the page. */
export interface Frame {
  x: number;
  width: number;
}

/** The height of blocks laid out one under the other. */
export function measureBlocks(doc: PDFKit.PDFDocument, blocks: Block[], column: Frame): number {
  return blocks.reduce((h, b) => h + blockHeight(doc, b, column), 0);
}

function blockHeight(doc: PDFKit.PDFDocument, block: Block, column: Frame): number {
  switch (block.type) {
    case 'para': {
      doc.font(block.font).fontSize(block.size);
      return block.gap + doc.heightOfString(block.text, paraOptions(block, column));
    }
    case 'pair':
      return block.gap + doc.font(REGULAR).fontSize(block.size).currentLineHeight(true);
    case 'mark':
      return block.gap + doc.font(BOLD).fontSize(block.size).currentLineHeight(true) + 8;
    case 'rule':
      return block.gap + 1;
    case 'signature': {
      const layout = signatureLayout(column.width);
      doc.font(BOLD).fontSize(block.size);
      let left = doc.heightOfString(block.role, { width: layout.leftWidth });
      if (block.position) {
        left += doc.font(REGULAR).heightOfString(block.position, { width: layout.leftWidth });
      }
      const right =
        layout.lineOffset + 4 + doc.font(BOLD).heightOfString(block.name, { width: layout.rightWidth, align: 'right' });
      return block.gap + Math.max(left, right);
    }
  }
}

/** The blocks that fit in `avail` points, and the rest; a paragraph that does not fit is split between words. */
export function takeBlocks(
  doc: PDFKit.PDFDocument,
  blocks: Block[],
  column: Frame,
  avail: number,
  freshPage: boolean,
): [Block[], Block[]] {
  const fit: Block[] = [];
  let left = avail;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    const height = blockHeight(doc, block, column);
    if (height <= left) {
      fit.push(block);
      left -= height;
      continue;
    }
    if (block.type === 'para') {
      const [head, tail] = splitPara(doc, block, column, left);
      if (head) {
        return [
          [...fit, head],
          [tail, ...blocks.slice(i + 1)],
        ];
      }
    }
    // Nothing of it fits: on an empty page it goes in anyway rather than looping forever.
    if (fit.length === 0 && freshPage) {
      return [[block], blocks.slice(i + 1)];
    }
    return [fit, blocks.slice(i)];
  }
  return [fit, []];
}

/** The longest run of words of `block` that fits in `avail` points, and the remaining words. */
function splitPara(
  doc: PDFKit.PDFDocument,
  block: ParaBlock,
  column: Frame,
  avail: number,
): [ParaBlock | null, ParaBlock] {
  const words = block.text.split(' ');
  doc.font(block.font).fontSize(block.size);
  const options = paraOptions(block, column);
  let lo = 0;
  let hi = words.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (block.gap + doc.heightOfString(words.slice(0, mid).join(' '), options) <= avail) {
      lo = mid;
    } else {
      hi = mid - 1;
    }
  }
  const tail: ParaBlock = {
    ...block,
    text: words.slice(lo).join(' '),
    gap: 0,
    firstLineIndent: undefined,
    marker: undefined,
  };
  return lo === 0 ? [null, block] : [{ ...block, text: words.slice(0, lo).join(' ') }, tail];
}

function paraOptions(block: ParaBlock, column: Frame): PDFKit.Mixins.TextOptions {
  const inset = (block.offset ?? 0) + (block.marker ? (block.markerWidth ?? 0) : 0);
  return { width: column.width - inset, align: block.align, indent: block.firstLineIndent ?? 0 };
}

/** Draws the blocks from `y` down and returns where they end. */
export function drawBlocks(doc: PDFKit.PDFDocument, blocks: Block[], column: Frame, y: number): number {
  let top = y;
  for (const block of blocks) {
    top += block.gap;
    switch (block.type) {
      case 'para': {
        const x = column.x + (block.offset ?? 0);
        doc.font(block.font).fontSize(block.size).fillColor(block.color);
        if (block.marker) {
          doc.text(block.marker, x, top, { width: block.markerWidth ?? 0, lineBreak: false });
        }
        const inset = block.marker ? (block.markerWidth ?? 0) : 0;
        doc.text(block.text, x + inset, top, paraOptions(block, column));
        top = doc.y;
        break;
      }
      case 'pair': {
        doc.font(REGULAR).fontSize(block.size).fillColor(COLOR_TEXT);
        const line = doc.currentLineHeight(true);
        if (block.left) {
          doc.text(block.left, column.x, top, { width: column.width, align: 'left', lineBreak: false });
        }
        if (block.right) {
          doc.text(block.right, column.x, top, { width: column.width, align: 'right', lineBreak: false });
        }
        top += line;
        break;
      }
      case 'mark': {
        doc.font(BOLD).fontSize(block.size);
        const width = doc.widthOfString(block.text) + 16;
        const height = doc.currentLineHeight(true) + 8;
        const x = column.x + column.width - width;
        doc.rect(x, top, width, height).lineWidth(1.2).strokeColor(COLOR_DRAFT).stroke();
        doc.fillColor(COLOR_DRAFT).text(block.text, x, top + 4, { width, align: 'center', lineBreak: false });
        top += height;
        break;
      }
      case 'rule': {
        doc
          .moveTo(column.x, top)
          .lineTo(column.x + column.width, top)
          .lineWidth(0.6)
          .strokeColor(COLOR_RULE)
          .stroke();
        top += 1;
        break;
      }
      case 'signature': {
        const layout = signatureLayout(column.width);
        doc.font(BOLD).fontSize(block.size).fillColor(COLOR_TEXT);
        doc.text(block.role, column.x, top, { width: layout.leftWidth });
        if (block.position) {
          doc.font(REGULAR).text(block.position, column.x, doc.y, { width: layout.leftWidth });
        }
        const leftEnd = doc.y;
        const rightX = column.x + column.width - layout.rightWidth;
        const lineY = top + layout.lineOffset;
        doc
          .moveTo(rightX, lineY)
          .lineTo(column.x + column.width, lineY)
          .lineWidth(0.6)
          .strokeColor(COLOR_TEXT)
          .stroke();
        doc
          .font(BOLD)
          .fontSize(block.size)
          .fillColor(COLOR_TEXT)
          .text(block.name, rightX, lineY + 4, { width: layout.rightWidth, align: 'right' });
        top = Math.max(leftEnd, doc.y);
        break;
      }
    }
  }
  return top;
}

/** The signature block splits its column: role and position left, the line to sign on and the name right. */
function signatureLayout(width: number): { leftWidth: number; rightWidth: number; lineOffset: number } {
  return { leftWidth: width * 0.48, rightWidth: width * 0.46, lineOffset: 22 };
}
