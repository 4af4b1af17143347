import { dejaVuFonts, loadPdfKit, formatLocalDate } from '@app/common';
import { agendaLabels } from '../../forum/agenda/agenda-labels';
import type { ResolutionDocument } from './resolution-document';

type Lang = 'kk' | 'ru';
type Kind = ResolutionDocument['kind'];

const MARGIN = 50;
const COLUMN_GAP = 22;
const COLOR_TEXT = '#111111';
const COLOR_MUTED = '#555555';
const COLOR_DRAFT = '#b00020';
const COLOR_RULE = '#999999';
const REGULAR = 'DejaVuSans';
const BOLD = 'DejaVuSans-Bold';
/** Metadata date of a draft, which has no adoption instant: a fixed one keeps the bytes stable. */
const DRAFT_DATE = new Date('2024-03-01T00:00:00Z');

/** The words the document prints around its own texts. */
interface ResolutionLabels {
  kind: Record<Kind, string>;
  draft: string;
  responsible: string;
  executor: string;
  deadline: string;
  chair: string;
  page: string;
  vote(v: NonNullable<ResolutionDocument['vote']>): string;
  amends(kind: Kind, number: string): string;
  amendedBy(numbers: string[]): string;
}

const numbered = (numbers: string[]): string => numbers.map((n) => `№ ${n}`).join(', ');

const LABELS: Record<Lang, ResolutionLabels> = {
  kk: {
    kind: {
      resolution: 'ҚАУЛЫ',
      decision: 'ШЕШІМ',
      recommendations: 'ҰСЫНЫСТАР',
      protocol_instruction: 'ХАТТАМАЛЫҚ ТАПСЫРМА',
    },
    draft: 'ЖОБА',
    responsible: 'Жауапты',
    executor: 'Орындаушы',
    deadline: 'Мерзімі',
    chair: 'Төраға',
    page: agendaLabels('kk').page,
    vote: (v) =>
      `Дауыс беру нәтижесі: қолдағандар — ${v.for}, қарсы — ${v.against}, қалыс қалғандар — ${v.abstained}; ` +
      `қатысқандар — ${v.present}`,
    // The amended act is taken to be of the same kind as the amending one.
    amends: (kind, number) => {
      const act: Record<Kind, string> = {
        resolution: 'қаулысына',
        decision: 'шешіміне',
        recommendations: 'ұсыныстарына',
        protocol_instruction: 'хаттамалық тапсырмасына',
      };
      return `№ ${number} ${act[kind]} өзгерістер`;
    },
    amendedBy: (numbers) => `Өзгерістер енгізілген: ${numbered(numbers)}`,
  },
  ru: {
    kind: {
      resolution: 'ПОСТАНОВЛЕНИЕ',
      decision: 'РЕШЕНИЕ',
      recommendations: 'РЕКОМЕНДАЦИИ',
      protocol_instruction: 'ПРОТОКОЛЬНОЕ ПОРУЧЕНИЕ',
    },
    draft: 'ПРОЕКТ',
    responsible: 'Ответственный',
    executor: 'Исполнитель',
    deadline: 'Срок',
    chair: 'Председатель',
    page: agendaLabels('ru').page,
    vote: (v) =>
      `Итоги голосования: за — ${v.for}, против — ${v.against}, воздержались — ${v.abstained}; ` +
      `присутствовали — ${v.present}`,
    amends: (kind, number) => {
      const act: Record<Kind, string> = {
        resolution: 'постановлению',
        decision: 'решению',
        recommendations: 'рекомендациям',
        protocol_instruction: 'протокольному поручению',
      };
      return `Изменения к ${act[kind]} № ${number}`;
    },
    amendedBy: (numbers) => `Изменения внесены: ${numbered(numbers)}`,
  },
};

/** Font sizes: one language uses the full width, two columns are set a little smaller. */
interface Sizes {
  organizer: number;
  kind: number;
  title: number;
  body: number;
  detail: number;
  marker: number;
  /** Narrow columns stay ragged-right: justified, they would open wide gaps between long words. */
  justify: boolean;
}

const SINGLE: Sizes = { organizer: 11, kind: 16, title: 12, body: 11, detail: 9.5, marker: 24, justify: true };
const DOUBLE: Sizes = { organizer: 9.5, kind: 14, title: 10.5, body: 9.5, detail: 8.5, marker: 20, justify: false };

/**
 * The official A4 document of a resolution in kk, in ru, or in both side by side (kk left, ru right, every part
 * and every point starting at the same height in both columns). DejaVu Sans is embedded so every Kazakh letter
 * renders and copies out as itself. The metadata dates come from `adoptedAt` (a fixed date for a draft), so the
 * same resolution yields the same bytes.
 */
export async function renderResolutionPdf(doc: ResolutionDocument, layout: 'kk' | 'ru' | 'both'): Promise<Buffer> {
  const PDFDocument = await loadPdfKit();
  return new Promise<Buffer>((resolve, reject) => {
    const langs: Lang[] = layout === 'both' ? ['kk', 'ru'] : [layout];
    const stamp = doc.adoptedAt ? new Date(doc.adoptedAt) : DRAFT_DATE;
    const { regular, bold } = dejaVuFonts();

    const pdf = new PDFDocument({
      size: 'A4',
      margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
      bufferPages: true,
      displayTitle: true,
      lang: langs[0],
      info: {
        Title: documentTitle(doc, langs),
        Subject: langs.map((l) => LABELS[l].kind[doc.kind]).join(' / '),
        Author: langs.map((l) => doc.organizers.map((o) => o[l]).join('; ')).join(' / '),
        Creator: 'Akim Forum',
        Producer: 'Akim Forum',
        CreationDate: stamp,
        ModDate: stamp,
      },
    });
    const chunks: Buffer[] = [];
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);

    try {
      pdf.registerFont(REGULAR, regular);
      pdf.registerFont(BOLD, bold);
      new ResolutionPdfWriter(pdf, doc, langs).write();
      pdf.end();
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}

/** "№ 7/2026 — title"; a draft has its mark where the number would be. Both languages are joined by " / ". */
function documentTitle(doc: ResolutionDocument, langs: Lang[]): string {
  const title = langs.map((l) => doc.title[l]).join(' / ');
  if (doc.status === 'draft') {
    return `${langs.map((l) => LABELS[l].draft).join(' / ')} — ${title}`;
  }
  return doc.number ? `№ ${doc.number} — ${title}` : title;
}

/** A paragraph; `marker` ("1.") hangs in a gutter of `markerWidth` to the left of the text. */
interface ParaBlock {
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
interface PairBlock {
  type: 'pair';
  left: string;
  right: string;
  size: number;
  gap: number;
}

/** The boxed draft mark at the right of the header. */
interface MarkBlock {
  type: 'mark';
  text: string;
  size: number;
  gap: number;
}

interface RuleBlock {
  type: 'rule';
  gap: number;
}

/** "Төраға" and the position on the left; a line to sign on and the name on the right. */
interface SignatureBlock {
  type: 'signature';
  role: string;
  position: string | null;
  name: string;
  size: number;
  gap: number;
}

type Block = ParaBlock | PairBlock | MarkBlock | RuleBlock | SignatureBlock;

interface Column {
  lang: Lang;
  x: number;
  width: number;
}

class ResolutionPdfWriter {
  private readonly columns: Column[];
  private readonly sizes: Sizes;
  private readonly top: number;
  private readonly bottom: number;

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly resolution: ResolutionDocument,
    langs: Lang[],
  ) {
    const { margins, width, height } = doc.page;
    const inner = width - margins.left - margins.right;
    const columnWidth = (inner - COLUMN_GAP * (langs.length - 1)) / langs.length;
    this.columns = langs.map((lang, i) => ({
      lang,
      x: margins.left + i * (columnWidth + COLUMN_GAP),
      width: columnWidth,
    }));
    this.sizes = langs.length > 1 ? DOUBLE : SINGLE;
    this.top = margins.top;
    this.bottom = height - margins.bottom;
  }

  write(): void {
    const r = this.resolution;
    const s = this.sizes;
    const isDraft = r.status === 'draft';
    const para = (text: string, extra: Partial<ParaBlock> = {}): ParaBlock => ({
      type: 'para',
      text,
      font: REGULAR,
      size: s.body,
      color: COLOR_TEXT,
      align: 'left',
      gap: 0,
      ...extra,
    });

    if (isDraft) {
      this.row((l) => [{ type: 'mark', text: LABELS[l].draft, size: s.body, gap: 0 }]);
    }
    if (r.organizers.length > 0) {
      this.row((l) => [
        ...r.organizers.map((o, i) =>
          para(o[l], { font: BOLD, size: s.organizer, align: 'center', gap: i === 0 ? 0 : 2 }),
        ),
        { type: 'rule', gap: 6 },
      ]);
    }
    this.row((l) => [para(LABELS[l].kind[r.kind], { font: BOLD, size: s.kind, align: 'center', gap: 14 })]);
    if (!isDraft && (r.adoptedAt || r.number)) {
      this.row((l) => [
        {
          type: 'pair',
          left: r.adoptedAt ? formatLocalDate(r.adoptedAt, r.timeZone, l) : '',
          right: r.number ? `№ ${r.number}` : '',
          size: s.body,
          gap: 12,
        },
      ]);
    }
    this.row((l) => [para(r.place[l], { align: 'center', gap: isDraft ? 12 : 4 })]);
    if (r.amends) {
      const amends = r.amends;
      this.row((l) => [para(LABELS[l].amends(r.kind, amends), { align: 'center', color: COLOR_MUTED, gap: 8 })]);
    }
    this.row((l) => [para(r.title[l], { font: BOLD, size: s.title, align: 'center', gap: 16 })]);
    if (r.preamble) {
      const preamble = r.preamble;
      this.row((l) => [para(preamble[l], { align: s.justify ? 'justify' : 'left', gap: 12, firstLineIndent: 24 })]);
    }

    r.points.forEach((point, i) => {
      this.row((l) => {
        const labels = LABELS[l];
        const detail = (label: string, value: string): ParaBlock =>
          para(`${label}: ${value}`, { size: s.detail, color: COLOR_MUTED, offset: s.marker, gap: 1 });
        return [
          para(point.text[l], {
            align: s.justify ? 'justify' : 'left',
            gap: i === 0 ? 12 : 7,
            marker: `${point.number}.`,
            markerWidth: s.marker,
          }),
          ...(point.responsible ? [detail(labels.responsible, point.responsible[l])] : []),
          ...(point.executor ? [detail(labels.executor, point.executor[l])] : []),
          ...(point.dueDate ? [detail(labels.deadline, formatLocalDate(point.dueDate, r.timeZone, l))] : []),
        ];
      });
    });

    // The vote and the signature stay together, so a signature never stands alone on the last page.
    const closing: ((l: Lang) => Block[])[] = [];
    if (r.vote) {
      const vote = r.vote;
      closing.push((l) => [para(LABELS[l].vote(vote), { gap: 16 })]);
    }
    if (r.chair) {
      const chair = r.chair;
      closing.push((l) => [
        {
          type: 'signature',
          role: LABELS[l].chair,
          position: chair.position ? chair.position[l] : null,
          name: chair.name[l],
          size: s.body,
          gap: 28,
        },
      ]);
    }
    if (closing.length > 0) {
      const together = this.columns.map((c) => closing.reduce((h, build) => h + this.measure(build(c.lang), c), 0));
      this.keepSpace(Math.max(...together));
      for (const build of closing) {
        this.row(build);
      }
    }
    if (r.amendedBy.length > 0) {
      this.row((l) => [para(LABELS[l].amendedBy(r.amendedBy), { size: s.detail, color: COLOR_MUTED, gap: 18 })]);
    }
    this.footers();
  }

  /**
   * Lays out one part in every column from the same y and continues below the tallest. A part that does not fit
   * in what is left of the page moves to the next one; only a part taller than a whole page is split, by lines.
   */
  private row(build: (lang: Lang) => Block[]): void {
    let parts = this.columns.map((c) => build(c.lang));
    const height = Math.max(...parts.map((blocks, i) => this.measure(blocks, this.columns[i])));
    if (height <= this.bottom - this.top) {
      this.keepSpace(height);
    }
    for (;;) {
      const y = this.doc.y;
      const avail = this.bottom - y;
      const split = parts.map((blocks, i) => this.take(blocks, this.columns[i], avail, y === this.top));
      let end = y;
      split.forEach(([fit], i) => {
        end = Math.max(end, this.draw(fit, this.columns[i], y));
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

  private keepSpace(height: number): void {
    if (this.doc.y + height > this.bottom) {
      this.newPage();
    }
  }

  private newPage(): void {
    this.doc.addPage();
    this.doc.x = this.columns[0].x;
    this.doc.y = this.top;
  }

  private measure(blocks: Block[], column: Column): number {
    return blocks.reduce((h, b) => h + this.blockHeight(b, column), 0);
  }

  private blockHeight(block: Block, column: Column): number {
    const { doc } = this;
    switch (block.type) {
      case 'para': {
        doc.font(block.font).fontSize(block.size);
        return block.gap + doc.heightOfString(block.text, this.paraOptions(block, column));
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
          layout.lineOffset +
          4 +
          doc.font(BOLD).heightOfString(block.name, { width: layout.rightWidth, align: 'right' });
        return block.gap + Math.max(left, right);
      }
    }
  }

  /** The blocks that fit in `avail` points, and the rest; a paragraph that does not fit is split between words. */
  private take(blocks: Block[], column: Column, avail: number, freshPage: boolean): [Block[], Block[]] {
    const fit: Block[] = [];
    let left = avail;
    for (let i = 0; i < blocks.length; i++) {
      const block = blocks[i];
      const height = this.blockHeight(block, column);
      if (height <= left) {
        fit.push(block);
        left -= height;
        continue;
      }
      if (block.type === 'para') {
        const [head, tail] = this.splitPara(block, column, left);
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
  private splitPara(block: ParaBlock, column: Column, avail: number): [ParaBlock | null, ParaBlock] {
    const words = block.text.split(' ');
    const { doc } = this;
    doc.font(block.font).fontSize(block.size);
    const options = this.paraOptions(block, column);
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

  private paraOptions(block: ParaBlock, column: Column): PDFKit.Mixins.TextOptions {
    const inset = (block.offset ?? 0) + (block.marker ? (block.markerWidth ?? 0) : 0);
    return { width: column.width - inset, align: block.align, indent: block.firstLineIndent ?? 0 };
  }

  /** Draws the blocks from `y` down and returns where they end. */
  private draw(blocks: Block[], column: Column, y: number): number {
    const { doc } = this;
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
          doc.text(block.text, x + inset, top, this.paraOptions(block, column));
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

  private footers(): void {
    const { doc } = this;
    const range = doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      doc.switchToPage(i);
      // Writing inside the bottom margin would make pdfkit open a new page.
      const bottomMargin = doc.page.margins.bottom;
      doc.page.margins.bottom = 0;
      for (const column of this.columns) {
        doc
          .font(REGULAR)
          .fontSize(8)
          .fillColor(COLOR_MUTED)
          .text(`${LABELS[column.lang].page} ${i + 1} / ${range.count}`, column.x, doc.page.height - 32, {
            width: column.width,
            align: 'center',
            lineBreak: false,
          });
      }
      doc.page.margins.bottom = bottomMargin;
    }
  }
}

/** The signature block splits its column: role and position left, the line to sign on and the name right. */
function signatureLayout(width: number): { leftWidth: number; rightWidth: number; lineOffset: number } {
  return { leftWidth: width * 0.48, rightWidth: width * 0.46, lineOffset: 22 };
}
