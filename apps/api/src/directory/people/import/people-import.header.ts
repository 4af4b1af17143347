import { ImportFormatError, type SheetRow } from '@app/common';
import type { Language } from '@app/contracts';
import type { FieldKey, ImportIssue } from './people-import.model';
import { matchWords } from './people-import.text';
import { COLUMN_SYNONYMS, IGNORED_HEADERS, LANGUAGE_MARKERS, MARKER_FILLERS } from './people-import.words';

/** Finds the header row of a people list and what each of its columns means. */

const LOCALIZED_FIELDS: ReadonlySet<string> = new Set<FieldKey>([
  'fullName.kk',
  'fullName.ru',
  'position.kk',
  'position.ru',
  'position.en',
]);

/** What a header cell means: a field, 'ignored', or undefined when unknown. */
function resolveHeader(header: string): FieldKey | 'ignored' | undefined {
  const words = matchWords(header);
  if (words.length === 0 || IGNORED_HEADERS.has(words.join(''))) {
    return 'ignored';
  }
  const markers = new Set<Language>();
  for (const w of words) {
    const lang = LANGUAGE_MARKERS.get(w);
    if (lang !== undefined) {
      markers.add(lang);
    }
  }
  const withoutMarkers = words.filter((w) => !LANGUAGE_MARKERS.has(w));
  // Fillers go only next to a marker; "Язык" alone is the language column itself.
  const candidates = [
    words.join(''),
    withoutMarkers.filter((w) => markers.size === 0 || !MARKER_FILLERS.has(w)).join(''),
    withoutMarkers.join(''),
  ];
  for (const candidate of candidates) {
    const target = COLUMN_SYNONYMS.get(candidate);
    if (target === undefined) {
      continue;
    }
    if ('field' in target) {
      return target.field;
    }
    if (markers.size > 1) {
      return undefined; // "ФИО (каз/рус)": cannot tell which language the cells are in
    }
    const lang = markers.values().next().value ?? target.lang;
    const key = `${target.base}.${lang}`;
    return LOCALIZED_FIELDS.has(key) ? (key as FieldKey) : undefined;
  }
  return undefined;
}

/** Rows above the header are tolerated (a title like "Ауыл әкімдерінің тізімі" in row 1). */
const HEADER_SEARCH_ROWS = 10;

export interface Header {
  row: number;
  columns: Map<FieldKey, number>;
  issues: ImportIssue[];
}

function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

function readHeader(row: SheetRow): Header {
  const columns = new Map<FieldKey, number>();
  const issues: ImportIssue[] = [];
  row.cells.forEach((text, index) => {
    const field = resolveHeader(text);
    if (field === 'ignored') {
      return;
    }
    if (field === undefined) {
      issues.push({ row: row.row, field: columnLetter(index), code: 'unknownColumn', value: text });
    } else if (columns.has(field)) {
      issues.push({ row: row.row, field, code: 'duplicateColumn', value: text });
    } else {
      columns.set(field, index);
    }
  });
  return { row: row.row, columns, issues };
}

export function findHeader(rows: SheetRow[]): Header {
  for (const row of rows.filter((r) => r.cells.some((c) => c !== '')).slice(0, HEADER_SEARCH_ROWS)) {
    const header = readHeader(row);
    if (header.columns.has('fullName.kk') || header.columns.has('fullName.ru')) {
      return header;
    }
  }
  throw new ImportFormatError('MISSING_COLUMNS', 'fullName');
}
