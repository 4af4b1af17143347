import type { ResolutionDocument } from './resolution-document';
import { type Lang, resolutionLabels } from './resolution-labels';
import {
  type Block,
  COLOR_MUTED,
  COLOR_TEXT,
  ColumnFlow,
  type ParaBlock,
  PDF_FONT,
  drawVerificationMark,
  formatLocalDate,
  renderPdf,
} from '@app/common';

const MARGIN = 50;
const COLUMN_GAP = 22;
const REGULAR = PDF_FONT.regular;
const BOLD = PDF_FONT.bold;
/** Metadata date of a draft, which has no adoption instant: a fixed one keeps the bytes stable. */
const DRAFT_DATE = new Date('2024-03-01T00:00:00Z');

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
export function renderResolutionPdf(doc: ResolutionDocument, layout: 'kk' | 'ru' | 'both'): Promise<Buffer> {
  const langs: Lang[] = layout === 'both' ? ['kk', 'ru'] : [layout];
  const setup = {
    size: 'A4',
    margin: MARGIN,
    bufferPages: true,
    lang: langs[0],
    title: documentTitle(doc, langs),
    subject: langs.map((l) => resolutionLabels(l).kind[doc.kind]).join(' / '),
    author: langs.map((l) => doc.organizers.map((o) => o[l]).join('; ')).join(' / '),
    date: doc.adoptedAt ? new Date(doc.adoptedAt) : DRAFT_DATE,
  };
  return renderPdf(setup, (pdf) => new ResolutionPdfWriter(pdf, doc, langs).write());
}

/** "№ 7/2026 — title"; a draft has its mark where the number would be. Both languages are joined by " / ". */
function documentTitle(doc: ResolutionDocument, langs: Lang[]): string {
  const title = langs.map((l) => doc.title[l]).join(' / ');
  if (doc.status === 'draft') {
    return `${langs.map((l) => resolutionLabels(l).draft).join(' / ')} — ${title}`;
  }
  return doc.number ? `№ ${doc.number} — ${title}` : title;
}

class ResolutionPdfWriter {
  private readonly flow: ColumnFlow<Lang>;
  private readonly sizes: Sizes;

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly resolution: ResolutionDocument,
    private readonly langs: Lang[],
  ) {
    this.flow = new ColumnFlow(doc, langs, COLUMN_GAP);
    this.sizes = langs.length > 1 ? DOUBLE : SINGLE;
  }

  private row(build: (lang: Lang) => Block[]): void {
    this.flow.row(build);
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
      this.row((l) => [{ type: 'mark', text: resolutionLabels(l).draft, size: s.body, gap: 0 }]);
    }
    if (r.organizers.length > 0) {
      this.row((l) => [
        ...r.organizers.map((o, i) =>
          para(o[l], { font: BOLD, size: s.organizer, align: 'center', gap: i === 0 ? 0 : 2 }),
        ),
        { type: 'rule', gap: 6 },
      ]);
    }
    this.row((l) => [para(resolutionLabels(l).kind[r.kind], { font: BOLD, size: s.kind, align: 'center', gap: 14 })]);
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
    if (r.place) {
      const place = r.place;
      this.row((l) => [para(place[l], { align: 'center', gap: isDraft ? 12 : 4 })]);
    }
    if (r.amends) {
      const amends = r.amends;
      this.row((l) => [
        para(resolutionLabels(l).amends(r.kind, amends), { align: 'center', color: COLOR_MUTED, gap: 8 }),
      ]);
    }
    this.row((l) => [para(r.title[l], { font: BOLD, size: s.title, align: 'center', gap: 16 })]);
    if (r.preamble) {
      const preamble = r.preamble;
      this.row((l) => [para(preamble[l], { align: s.justify ? 'justify' : 'left', gap: 12, firstLineIndent: 24 })]);
    }

    r.points.forEach((point, i) => {
      this.row((l) => {
        const labels = resolutionLabels(l);
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
      closing.push((l) => [para(resolutionLabels(l).vote(vote), { gap: 16 })]);
    }
    if (r.chair) {
      const chair = r.chair;
      closing.push((l) => [
        {
          type: 'signature',
          role: resolutionLabels(l).chair,
          position: chair.position ? chair.position[l] : null,
          name: chair.name[l],
          size: s.body,
          gap: 28,
        },
      ]);
    }
    if (closing.length > 0) {
      this.flow.together(closing);
    }
    if (r.amendedBy.length > 0) {
      this.row((l) => [
        para(resolutionLabels(l).amendedBy(r.amendedBy), { size: s.detail, color: COLOR_MUTED, gap: 18 }),
      ]);
    }
    if (r.seal) {
      drawVerificationMark(this.doc, r.seal, this.langs);
    }
    this.flow.numberPages((l) => resolutionLabels(l).page);
  }
}
