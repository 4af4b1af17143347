import type { Language, PersonCategory } from '@app/contracts';

/** The shapes of a people import (`POST /people/import`): parsed rows and the issues found. */

export interface PersonImportRow {
  /** 1-based row number in the file as a spreadsheet user sees it (header is row 1, first data row is 2). */
  row: number;
  fullName: { kk: string; ru?: string };
  position?: { kk: string; ru: string; en?: string };
  /** Organization name (any language) or UUID, resolved later by the service. */
  organization?: string;
  /** KZ-xx, 9-digit KATO, or organizer-made code (uppercase letters, digits, hyphens). */
  regionCode?: string;
  category?: PersonCategory;
  /** Lowercased. */
  email?: string;
  /** +7XXXXXXXXXX for Kazakh (and other +7) numbers, +<digits> for foreign ones. */
  phone?: string;
  language?: Language;
}

export interface ImportIssue {
  row: number;
  field: string;
  code: string;
  value?: string;
  /** Message parameters, e.g. `{ max: 200 }` for maxLength, `{ firstRow: 4 }` for duplicateInFile. */
  params?: Record<string, string | number>;
}

export interface ParsedImport {
  rows: PersonImportRow[];
  /** Rows with a problem, holding only their well-formed fields: the caller checks references on them too. */
  invalidRows: PersonImportRow[];
  issues: ImportIssue[];
  totalRows: number;
}

export const MAX_IMPORT_ROWS = 5000;
export const MAX_FULL_NAME_LENGTH = 200;

/** Issues about the header (columns) rather than a person; they do not make a row invalid. */
export const HEADER_ISSUE_CODES: readonly string[] = ['unknownColumn', 'duplicateColumn'];

export type FieldKey =
  | 'fullName.kk'
  | 'fullName.ru'
  | 'position.kk'
  | 'position.ru'
  | 'position.en'
  | 'organization'
  | 'regionCode'
  | 'category'
  | 'email'
  | 'phone'
  | 'language';
