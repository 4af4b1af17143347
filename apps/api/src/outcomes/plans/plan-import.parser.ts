import { cleanCell, ImportFormatError, readSheet, type SheetRow } from '@app/common';
import { foldKazakhLetters, type Language, POINT_STATUSES, type PointStatus, typedToDay } from '@app/contracts';

/**
 * Reads a road map's points from CSV or XLSX (`POST /plans/import`) and checks each row's shape. Pure:
 * the service resolves organizations and regions. The export writes the same columns back, so a
 * downloaded road map can be edited and imported again.
 */

export interface PlanImportRow {
  /** The row as a spreadsheet user numbers it (the header is row 1). */
  row: number;
  number?: number;
  text: { kk: string; ru: string; en?: string };
  /** An organization's name in any language, or its id. */
  responsible?: string;
  regionCode?: string;
  dueDate?: string;
  weight?: number;
  status?: PointStatus;
  percent?: number;
}

export interface PlanImportIssue {
  row: number;
  field: string;
  code: string;
  value?: string;
  params?: Record<string, string | number>;
}

export const MAX_PLAN_IMPORT_ROWS = 2000;

export type PlanColumn =
  | 'number'
  | 'text.kk'
  | 'text.ru'
  | 'text.en'
  | 'responsible'
  | 'regionCode'
  | 'dueDate'
  | 'weight'
  | 'status'
  | 'percent';

/** The header the export writes, in this order; the import reads these and the synonyms below. */
export const PLAN_COLUMNS: readonly PlanColumn[] = [
  'number',
  'text.kk',
  'text.ru',
  'text.en',
  'responsible',
  'regionCode',
  'dueDate',
  'weight',
  'status',
  'percent',
];

/** A header or a word as matched: lower case, Kazakh letters folded, signs spelled, no punctuation. */
const key = (text: string): string =>
  foldKazakhLetters(cleanCell(text).toLowerCase())
    .replace(/№/g, 'no')
    .replace(/%/g, 'percent')
    .replace(/[^\p{L}\p{N}]+/gu, '');

/** The export's header in each language; the import reads each of them back. */
export const PLAN_HEADERS: Readonly<Record<PlanColumn, Record<Language, string>>> = {
  number: { kk: '№', ru: '№', en: 'No.' },
  'text.kk': { kk: 'Іс-шара (қаз)', ru: 'Мероприятие (каз)', en: 'Text (kk)' },
  'text.ru': { kk: 'Іс-шара (орыс)', ru: 'Мероприятие (рус)', en: 'Text (ru)' },
  'text.en': { kk: 'Іс-шара (ағылш)', ru: 'Мероприятие (англ)', en: 'Text (en)' },
  responsible: { kk: 'Жауапты орган', ru: 'Ответственный орган', en: 'Responsible' },
  regionCode: { kk: 'Өңір коды', ru: 'Код региона', en: 'Region code' },
  dueDate: { kk: 'Мерзімі', ru: 'Срок', en: 'Deadline' },
  weight: { kk: 'Салмағы', ru: 'Вес', en: 'Weight' },
  status: { kk: 'Мәртебесі', ru: 'Статус', en: 'Status' },
  percent: { kk: 'Орындалуы, %', ru: 'Исполнение, %', en: 'Done, %' },
};

const SYNONYMS: ReadonlyArray<readonly [PlanColumn, readonly string[]]> = [
  ['number', ['number', 'no', '№', 'нөмірі', 'нөмір', 'номер', '№ п/п', 'пп']],
  ['text.kk', ['text.kk', 'text kk', 'іс-шара (қаз)', 'іс-шара', 'мәтін', 'мероприятие (каз)', 'текст (каз)']],
  ['text.ru', ['text.ru', 'text ru', 'мероприятие', 'текст', 'мероприятие (рус)', 'текст (рус)', 'іс-шара (орыс)']],
  ['text.en', ['text.en', 'text en', 'action', 'measure']],
  ['responsible', ['responsible', 'жауапты', 'жауапты орган', 'ответственный', 'ответственный орган', 'исполнитель']],
  ['regionCode', ['regioncode', 'region', 'өңір', 'аудан', 'регион', 'район']],
  ['dueDate', ['duedate', 'due', 'deadline', 'мерзімі', 'мерзім', 'срок', 'срок исполнения']],
  ['weight', ['weight', 'салмағы', 'салмақ', 'вес']],
  ['status', ['status', 'мәртебесі', 'мәртебе', 'статус']],
  ['percent', ['percent', '%', 'орындалуы', 'орындалу пайызы', 'процент', 'процент исполнения']],
];
const COLUMN_BY_KEY = new Map([
  ...SYNONYMS.flatMap(([column, words]) => words.map((w) => [key(w), column] as const)),
  ...PLAN_COLUMNS.flatMap((column) => Object.values(PLAN_HEADERS[column]).map((w) => [key(w), column] as const)),
]);

const STATUS_WORDS = new Map<string, PointStatus>([
  ...POINT_STATUSES.map((s) => [key(s), s] as const),
  ...(
    [
      ['басталмаған', 'not_started'],
      ['не начато', 'not_started'],
      ['орындалуда', 'in_progress'],
      ['в работе', 'in_progress'],
      ['исполняется', 'in_progress'],
      ['орындалды', 'done'],
      ['исполнено', 'done'],
      ['выполнено', 'done'],
      ['тоқтатылды', 'cancelled'],
      ['отменено', 'cancelled'],
    ] as const
  ).map(([word, status]) => [key(word), status] as const),
]);

const HEADER_SEARCH_ROWS = 10;
const MAX_TEXT = 2000;

function findHeader(rows: SheetRow[]): { row: number; columns: Map<PlanColumn, number> } {
  for (const row of rows.filter((r) => r.cells.some((c) => c !== '')).slice(0, HEADER_SEARCH_ROWS)) {
    const columns = new Map<PlanColumn, number>();
    row.cells.forEach((cell, index) => {
      const column = key(cell) === '' ? undefined : COLUMN_BY_KEY.get(key(cell));
      if (column && !columns.has(column)) {
        columns.set(column, index);
      }
    });
    if (columns.has('text.kk') && columns.has('text.ru')) {
      return { row: row.row, columns };
    }
  }
  throw new ImportFormatError('MISSING_COLUMNS', 'text.kk, text.ru');
}

function number(text: string): number | undefined {
  const value = Number(text.replace(',', '.').replace(/%$/, '').trim());
  return Number.isFinite(value) ? value : undefined;
}

/** Every row's well-formed values and every problem by row; throws ImportFormatError for an unreadable file. */
export async function parsePlanFile(
  content: Buffer,
  fileName: string,
  contentType?: string,
): Promise<{ rows: PlanImportRow[]; issues: PlanImportIssue[] }> {
  const sheet = await readSheet(content, fileName, contentType);
  const header = findHeader(sheet);
  const cell = (row: SheetRow, column: PlanColumn): string | undefined => {
    const index = header.columns.get(column);
    const value = index === undefined ? '' : (row.cells[index] ?? '');
    return value === '' ? undefined : value;
  };
  const dataRows = sheet.filter(
    (r) => r.row > header.row && [...header.columns.values()].some((i) => (r.cells[i] ?? '') !== ''),
  );
  if (dataRows.length === 0) {
    throw new ImportFormatError('EMPTY_FILE', 'noDataRows');
  }
  if (dataRows.length > MAX_PLAN_IMPORT_ROWS) {
    throw new ImportFormatError('TOO_MANY_ROWS', String(MAX_PLAN_IMPORT_ROWS));
  }
  const issues: PlanImportIssue[] = [];
  const rowByNumber = new Map<number, number>();
  const rows = dataRows.map((sheetRow): PlanImportRow => {
    const row = sheetRow.row;
    const issue = (field: string, code: string, value?: string, params?: PlanImportIssue['params']): void => {
      issues.push({
        row,
        field,
        code,
        ...(value === undefined ? {} : { value: value.slice(0, 200) }),
        ...(params ? { params } : {}),
      });
    };
    const result: PlanImportRow = { row, text: { kk: '', ru: '' } };
    for (const lang of ['kk', 'ru', 'en'] as const) {
      const text = cell(sheetRow, `text.${lang}`);
      if (text === undefined) {
        if (lang !== 'en') {
          issue(`text.${lang}`, 'isNotEmpty');
        }
      } else if ([...text].length > MAX_TEXT) {
        issue(`text.${lang}`, 'maxLength', text, { max: MAX_TEXT });
      } else {
        result.text[lang] = text;
      }
    }
    const numberText = cell(sheetRow, 'number');
    if (numberText !== undefined) {
      const value = number(numberText.replace(/\.$/, ''));
      const first = value === undefined ? undefined : rowByNumber.get(value);
      if (value === undefined || !Number.isInteger(value) || value < 1 || value > 100000) {
        issue('number', 'isInt', numberText);
      } else if (first !== undefined) {
        issue('number', 'duplicateInFile', numberText, { firstRow: first });
      } else {
        rowByNumber.set(value, row);
        result.number = value;
      }
    }
    const responsible = cell(sheetRow, 'responsible');
    if (responsible !== undefined) {
      result.responsible = responsible;
    }
    const region = cell(sheetRow, 'regionCode');
    if (region !== undefined) {
      const code = region.toUpperCase().replace(/\s+/g, '');
      if (/^[A-Z0-9][A-Z0-9-]*$/.test(code) && code.length <= 40) {
        result.regionCode = code;
      } else {
        issue('regionCode', 'regionCode', region);
      }
    }
    const due = cell(sheetRow, 'dueDate');
    if (due !== undefined) {
      const day = typedToDay(due);
      if (day) {
        result.dueDate = day;
      } else {
        issue('dueDate', 'isDay', due);
      }
    }
    const weightText = cell(sheetRow, 'weight');
    if (weightText !== undefined) {
      const weight = number(weightText);
      if (weight === undefined || weight <= 0 || weight > 999999) {
        issue('weight', 'min', weightText, { constraint1: '0.01' });
      } else {
        result.weight = Math.round(weight * 100) / 100;
      }
    }
    const statusText = cell(sheetRow, 'status');
    if (statusText !== undefined) {
      const status = STATUS_WORDS.get(key(statusText));
      if (status) {
        result.status = status;
      } else {
        issue('status', 'isIn', statusText, { constraint1: POINT_STATUSES.join(', ') });
      }
    }
    const percentText = cell(sheetRow, 'percent');
    if (percentText !== undefined) {
      const percent = number(percentText);
      if (percent === undefined || !Number.isInteger(percent) || percent < 0 || percent > 100) {
        issue('percent', 'max', percentText, { constraint1: 100 });
      } else {
        result.percent = percent;
      }
    }
    if (result.status === 'done' && result.percent !== undefined && result.percent !== 100) {
      issue('percent', 'doneIsFull', percentText);
    }
    return result;
  });
  return { rows, issues };
}
