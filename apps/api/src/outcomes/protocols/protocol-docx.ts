import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
} from 'docx';
import type { Line, Section } from './protocol-content';
import type { DocLang } from './protocol-labels';

const FONT = 'Times New Roman';
/** Half-points: 14 pt body, as the akimats' document flow sets its letters. */
const BODY = 28;
const DETAIL = 22;
/** Twentieths of a point: the right edge of an A4 text block with 3 cm and 1.5 cm margins. */
const RIGHT_TAB = 9354;

function paragraphs(line: Line): Paragraph[] {
  const run = (text: string, extra: { bold?: boolean; size?: number; color?: string } = {}): TextRun =>
    new TextRun({ text, font: FONT, size: extra.size ?? BODY, bold: extra.bold, color: extra.color });
  const marked = (marker: string | undefined, text: string, bold = false): TextRun[] =>
    marker ? [run(`${marker} `, { bold }), run(text, { bold })] : [run(text, { bold })];
  switch (line.kind) {
    case 'mark':
      return [
        new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(line.text, { bold: true, color: 'B00020' })] }),
      ];
    case 'organizer':
      return [new Paragraph({ alignment: AlignmentType.CENTER, children: [run(line.text, { bold: true })] })];
    case 'rule':
      return [new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '999999', space: 1 } } })];
    case 'title':
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { before: 240, after: 120 },
          children: [run(line.text, { bold: true, size: 32 })],
        }),
      ];
    case 'pair':
      return [
        new Paragraph({
          tabStops: [{ type: TabStopType.RIGHT, position: RIGHT_TAB }],
          children: [run(line.left), run(`\t${line.right}`)],
        }),
      ];
    case 'center':
      return [new Paragraph({ alignment: AlignmentType.CENTER, children: [run(line.text)] })];
    case 'heading':
      return [new Paragraph({ spacing: { before: 240 }, children: marked(line.marker, line.text, true) })];
    case 'label':
      return [new Paragraph({ spacing: { before: 120 }, children: [run(line.text, { bold: true })] })];
    case 'para':
      return [new Paragraph({ alignment: AlignmentType.JUSTIFIED, children: marked(line.marker, line.text) })];
    case 'detail':
      return [new Paragraph({ indent: { left: 360 }, children: [run(line.text, { size: DETAIL, color: '555555' })] })];
    case 'signature':
      return [
        new Paragraph({
          spacing: { before: 360 },
          tabStops: [{ type: TabStopType.RIGHT, position: RIGHT_TAB }],
          children: [run([line.role, line.position].filter(Boolean).join(', ')), run(`\t____________ ${line.name}`)],
        }),
        ...(line.note
          ? [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [run(line.note, { size: DETAIL, color: '555555' })],
              }),
            ]
          : []),
      ];
  }
}

/**
 * The protocol as a Word document for the akimat's document flow: one language, or both in a two-column table
 * (kk left, ru right) whose rows are the parts of the protocol, so each part reads level in both.
 */
export function renderProtocolDocx(sections: Section[], layout: DocLang | 'both', title: string): Promise<Buffer> {
  const children =
    layout === 'both'
      ? [
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: sections.map(
              (section) =>
                new TableRow({
                  children: (['kk', 'ru'] as const).map(
                    (l) =>
                      new TableCell({
                        width: { size: 50, type: WidthType.PERCENTAGE },
                        children: section.lines[l]
                          .flatMap(paragraphs)
                          .concat(section.lines[l].length ? [] : [new Paragraph({})]),
                      }),
                  ),
                }),
            ),
          }),
        ]
      : sections.flatMap((section) => [
          ...(section.pageBreak ? [new Paragraph({ pageBreakBefore: true })] : []),
          ...section.lines[layout].flatMap(paragraphs),
        ]);
  const document = new Document({
    title,
    creator: 'Akim Forum',
    styles: { default: { document: { run: { font: FONT, size: BODY } } } },
    sections: [
      {
        properties: { page: { margin: { top: 1134, bottom: 1134, left: 1701, right: 851 } } },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
