import { parse } from 'csv-parse/sync';
import type ExcelJS from 'exceljs';

/**
 * Reading an uploaded table (CSV in any of Excel's encodings and delimiters, or XLSX) into rows of
 * cleaned cells, for the imports of several modules. What the columns mean is each import's own job.
 */

export type ImportFormatErrorCode = 'UNSUPPORTED_FORMAT' | 'EMPTY_FILE' | 'MISSING_COLUMNS' | 'TOO_MANY_ROWS';

/** The file as a whole cannot be imported; the caller maps `code` to a 4xx. */
export class ImportFormatError extends Error {
  constructor(
    readonly code: ImportFormatErrorCode,
    readonly detail?: string,
  ) {
    super(detail === undefined ? code : `${code}: ${detail}`);
    this.name = 'ImportFormatError';
  }
}

const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/g;

/** Cell value as stored: NFC (Kazakh letters intact), no invisible characters, whitespace collapsed. */
export function cleanCell(text: string): string {
  return text.normalize('NFC').replace(INVISIBLE, '').replace(/\s+/gu, ' ').trim();
}

/** One row of a sheet as a spreadsheet user numbers it, its cells cleaned. */
export interface SheetRow {
  row: number;
  cells: string[];
}

type FileFormat = 'csv' | 'xlsx';

const CSV_EXTENSIONS = new Set(['csv', 'tsv', 'txt']);
const CSV_CONTENT_TYPES = new Set([
  'text/csv',
  'text/plain',
  'text/tab-separated-values',
  'text/comma-separated-values',
  'text/x-csv',
  'application/csv',
  // Browsers on Windows with Excel installed send this for .csv files.
  'application/vnd.ms-excel',
]);
const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function startsWith(content: Buffer, bytes: number[]): boolean {
  return content.length >= bytes.length && bytes.every((b, i) => content[i] === b);
}

function detectFormat(content: Buffer, fileName: string, contentType?: string): FileFormat {
  if (startsWith(content, [0x50, 0x4b, 0x03, 0x04])) {
    return 'xlsx';
  }
  // OLE2 container: legacy .xls, or an XLSX saved with a password.
  if (startsWith(content, [0xd0, 0xcf, 0x11, 0xe0])) {
    throw new ImportFormatError('UNSUPPORTED_FORMAT', 'xls');
  }
  const ext = /\.([a-z0-9]+)$/i.exec(fileName.trim())?.[1]?.toLowerCase();
  const type = contentType?.split(';')[0]?.trim().toLowerCase();
  if (ext === 'xls') {
    throw new ImportFormatError('UNSUPPORTED_FORMAT', 'xls');
  }
  if (ext === 'xlsx' || ext === 'xlsm' || type === XLSX_CONTENT_TYPE) {
    throw new ImportFormatError('UNSUPPORTED_FORMAT', 'xlsx'); // named XLSX but not a ZIP
  }
  if ((ext !== undefined && CSV_EXTENSIONS.has(ext)) || (type !== undefined && CSV_CONTENT_TYPES.has(type))) {
    return 'csv';
  }
  // Nothing says what it is (a generic upload): accept text, refuse binary.
  const unnamed = ext === undefined && (type === undefined || type === '' || type === 'application/octet-stream');
  if (unnamed && !content.subarray(0, 4096).includes(0)) {
    return 'csv';
  }
  throw new ImportFormatError('UNSUPPORTED_FORMAT', ext ?? type);
}

function decodeText(content: Buffer): string {
  // Excel's "Unicode text" export is UTF-16LE with a BOM; anything else must be UTF-8.
  const encoding = startsWith(content, [0xff, 0xfe])
    ? 'utf-16le'
    : startsWith(content, [0xfe, 0xff])
      ? 'utf-16be'
      : 'utf-8';
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(content); // drops the BOM
  } catch {
    throw new ImportFormatError('UNSUPPORTED_FORMAT', 'encoding');
  }
  if (text.includes('\u0000')) {
    throw new ImportFormatError('UNSUPPORTED_FORMAT', 'encoding');
  }
  return text;
}

const DELIMITERS = [';', ',', '\t'] as const;

/**
 * Picks the delimiter that occurs most, and most evenly, outside quotes in the first lines
 * (the idea of Python's csv.Sniffer): a comma inside a few positions does not outvote `;`.
 */
function detectDelimiter(text: string): string {
  const perLine: Record<string, number>[] = [];
  let counts: Record<string, number> = {};
  let quoted = false;
  let nonEmpty = false;
  for (let i = 0; i < text.length && perLine.length < 10; i++) {
    const ch = text[i] as string;
    if (ch === '"') {
      quoted = !quoted;
    } else if (!quoted && (ch === '\n' || ch === '\r')) {
      if (nonEmpty) {
        perLine.push(counts);
      }
      counts = {};
      nonEmpty = false;
    } else if (!quoted) {
      if ((DELIMITERS as readonly string[]).includes(ch)) {
        counts[ch] = (counts[ch] ?? 0) + 1;
      }
      nonEmpty ||= ch.trim() !== '';
    }
  }
  if (nonEmpty && perLine.length < 10) {
    perLine.push(counts);
  }
  let best: string | undefined;
  let bestScore = 0;
  for (const d of DELIMITERS) {
    const values = perLine.map((c) => c[d] ?? 0);
    const total = values.reduce((a, b) => a + b, 0);
    const mean = total / Math.max(values.length, 1);
    const std = Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / Math.max(values.length, 1));
    const score = total - std * values.length;
    if (total > 0 && (best === undefined || score > bestScore)) {
      best = d;
      bestScore = score;
    }
  }
  // One column: choose a delimiter the text does not contain so that no name gets split.
  return best ?? DELIMITERS.find((d) => !text.includes(d)) ?? ',';
}

function readCsv(content: Buffer): SheetRow[] {
  let text = decodeText(content);
  let delimiter: string | undefined;
  // Excel's "sep=;" first line: it chooses the delimiter and Excel does not show it as a row.
  const sep = /^sep=(.)\r?\n/i.exec(text);
  if (sep) {
    delimiter = sep[1];
    text = text.slice(sep[0].length);
  }
  if (text.trim() === '') {
    throw new ImportFormatError('EMPTY_FILE');
  }
  let records: string[][];
  try {
    records = parse(text, {
      delimiter: delimiter ?? detectDelimiter(text),
      relax_column_count: true,
      // Hand-made files hold unescaped quotes in names like ТОО "Береке".
      relax_quotes: true,
      // Blank lines are kept so that record i is spreadsheet row i + 1.
      skip_empty_lines: false,
    });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    throw new ImportFormatError('UNSUPPORTED_FORMAT', typeof code === 'string' ? `csv: ${code}` : 'csv');
  }
  return records.map((cells, i) => ({ row: i + 1, cells: cells.map(cleanCell) }));
}

/** The text a spreadsheet user sees in a cell, whatever exceljs stored. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) {
    return '';
  }
  if (typeof value === 'string') {
    return value;
  }
  if (typeof value === 'number' || typeof value === 'boolean') {
    return String(value);
  }
  if (value instanceof Date) {
    return value.toISOString().slice(0, 10);
  }
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText)) {
      return value.richText.map((part: unknown) => cellText((part as { text?: unknown }).text)).join('');
    }
    if ('hyperlink' in value) {
      const text = 'text' in value ? cellText(value.text) : '';
      return text !== '' ? text : cellText(value.hyperlink).replace(/^mailto:/i, '');
    }
    if ('formula' in value || 'sharedFormula' in value) {
      return 'result' in value ? cellText(value.result) : '';
    }
    // Error values (#N/A, ...) show no usable data.
  }
  return '';
}

async function readXlsx(content: Buffer): Promise<SheetRow[]> {
  // exceljs is big (about 28 MB in memory): loaded by the first workbook, not at start.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  try {
    // exceljs declares its own global `Buffer extends ArrayBuffer`, which a Node Buffer does not satisfy.
    await workbook.xlsx.load(content as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
  } catch {
    throw new ImportFormatError('UNSUPPORTED_FORMAT', 'xlsx');
  }
  const sheet = workbook.worksheets[0];
  if (sheet === undefined) {
    throw new ImportFormatError('EMPTY_FILE');
  }
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      cells[column - 1] = cleanCell(cellText(cell.value));
    });
    rows.push({ row: rowNumber, cells: Array.from(cells, (c) => c ?? '') });
  });
  return rows;
}

/**
 * The rows of an uploaded CSV or XLSX file (its first sheet). Throws ImportFormatError when the file
 * is empty, is not a table or cannot be decoded.
 */
export async function readSheet(content: Buffer, fileName: string, contentType?: string): Promise<SheetRow[]> {
  if (content.length === 0) {
    throw new ImportFormatError('EMPTY_FILE');
  }
  const sheet = detectFormat(content, fileName, contentType) === 'xlsx' ? await readXlsx(content) : readCsv(content);
  if (!sheet.some((r) => r.cells.some((c) => c !== ''))) {
    throw new ImportFormatError('EMPTY_FILE');
  }
  return sheet;
}

/** One sheet of a workbook: a bold, frozen header row, the rows, and column widths in characters. */
export interface SheetSpec {
  name: string;
  header: string[];
  rows: unknown[][];
  widths: number[];
}

/** An XLSX workbook of these sheets, in order. */
export async function writeWorkbook(sheets: SheetSpec[]): Promise<Buffer> {
  // exceljs is big (about 28 MB in memory): loaded by the first workbook, not at start.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  for (const spec of sheets) {
    const sheet = workbook.addWorksheet(spec.name);
    sheet.addRow(spec.header).font = { bold: true };
    sheet.addRows(spec.rows);
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
    spec.widths.forEach((width, i) => {
      sheet.getColumn(i + 1).width = width;
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** An XLSX workbook of one sheet: a bold, frozen header row, the rows, and column widths in characters. */
export function writeSheet(name: string, header: string[], rows: unknown[][], widths: number[]): Promise<Buffer> {
  return writeWorkbook([{ name, header, rows, widths }]);
}
