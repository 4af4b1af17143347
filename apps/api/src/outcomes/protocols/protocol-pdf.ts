import {
  type Block,
  COLOR_MUTED,
  COLOR_TEXT,
  ColumnFlow,
  drawVerificationMark,
  PDF_FONT,
  type ParaBlock,
  type PrintedSeal,
  renderPdf,
} from '@app/common';
import type { Line, Section } from './protocol-content';
import { type DocLang, protocolLabels } from './protocol-labels';

const MARGIN = 50;
const COLUMN_GAP = 22;
/** Metadata date of a draft, which has no approval instant: a fixed one keeps the bytes stable. */
const DRAFT_DATE = new Date('2024-03-01T00:00:00Z');

interface Sizes {
  organizer: number;
  title: number;
  body: number;
  detail: number;
  marker: number;
}
const SINGLE: Sizes = { organizer: 11, title: 16, body: 11, detail: 9.5, marker: 22 };
const DOUBLE: Sizes = { organizer: 9.5, title: 14, body: 9.5, detail: 8.5, marker: 18 };

export interface ProtocolPdfMeta {
  title: Record<DocLang, string>;
  author: Record<DocLang, string>;
  approvedAt: string | null;
  /** The verification code and page of an approved protocol. */
  seal: PrintedSeal | null;
}

/** The blocks of one line: what each kind of line looks like on paper. */
function blocks(line: Line, s: Sizes, first: boolean): Block[] {
  const para = (text: string, extra: Partial<ParaBlock> = {}): ParaBlock => ({
    type: 'para',
    text,
    font: PDF_FONT.regular,
    size: s.body,
    color: COLOR_TEXT,
    align: 'left',
    gap: first ? 0 : 4,
    ...extra,
  });
  switch (line.kind) {
    case 'mark':
      return [{ type: 'mark', text: line.text, size: s.body, gap: 0 }];
    case 'organizer':
      return [para(line.text, { font: PDF_FONT.bold, size: s.organizer, align: 'center', gap: first ? 0 : 2 })];
    case 'rule':
      return [{ type: 'rule', gap: 6 }];
    case 'title':
      return [para(line.text, { font: PDF_FONT.bold, size: s.title, align: 'center', gap: 14 })];
    case 'pair':
      return [{ type: 'pair', left: line.left, right: line.right, size: s.body, gap: 10 }];
    case 'center':
      return [para(line.text, { align: 'center', gap: 3 })];
    case 'heading':
      return [
        para(line.text, {
          font: PDF_FONT.bold,
          gap: 12,
          ...(line.marker ? { marker: line.marker, markerWidth: s.marker } : {}),
        }),
      ];
    case 'label':
      return [para(line.text, { font: PDF_FONT.bold, gap: 6 })];
    case 'para':
      return [para(line.text, line.marker ? { marker: line.marker, markerWidth: s.marker, gap: 3 } : { gap: 3 })];
    case 'detail':
      return [para(line.text, { size: s.detail, color: COLOR_MUTED, gap: 2, offset: s.marker })];
    case 'signature':
      return [
        { type: 'signature', role: line.role, position: line.position, name: line.name, size: s.body, gap: 26 },
        ...(line.note ? [para(line.note, { size: s.detail, color: COLOR_MUTED, align: 'right', gap: 2 })] : []),
      ];
  }
}

/**
 * The protocol as an A4 PDF in kk, in ru, or in both side by side, DejaVu Sans embedded so every Kazakh letter
 * copies out as itself; the same protocol gives the same bytes (the metadata date is its approval's).
 */
export function renderProtocolPdf(
  sections: Section[],
  meta: ProtocolPdfMeta,
  layout: DocLang | 'both',
): Promise<Buffer> {
  const langs: DocLang[] = layout === 'both' ? ['kk', 'ru'] : [layout];
  const sizes = langs.length > 1 ? DOUBLE : SINGLE;
  const setup = {
    size: 'A4',
    margin: MARGIN,
    bufferPages: true,
    lang: langs[0],
    title: langs.map((l) => meta.title[l]).join(' / '),
    subject: langs.map((l) => protocolLabels(l).protocol).join(' / '),
    author: langs.map((l) => meta.author[l]).join(' / '),
    date: meta.approvedAt ? new Date(meta.approvedAt) : DRAFT_DATE,
  };
  return renderPdf(setup, (doc) => {
    const flow = new ColumnFlow(doc, langs, COLUMN_GAP);
    const build = (section: Section) => (l: DocLang) =>
      section.lines[l].flatMap((line, i) => blocks(line, sizes, i === 0));
    for (let i = 0; i < sections.length; i++) {
      const section = sections[i];
      if (section.pageBreak) {
        flow.newPage();
      }
      if (section.closing) {
        const closing = [section];
        while (sections[i + 1]?.closing) {
          closing.push(sections[++i]);
        }
        flow.together(closing.map(build));
      } else {
        flow.row(build(section));
      }
    }
    if (meta.seal) {
      drawVerificationMark(doc, meta.seal, langs);
    }
    flow.numberPages((l) => protocolLabels(l).page);
  });
}
