import { ImportFormatError, readSheet } from '@app/common';
import { findHeader } from './people-import.header';
import { MAX_IMPORT_ROWS, type ParsedImport, type PersonImportRow } from './people-import.model';
import { RowValidator } from './people-import.rows';

/**
 * Parses and shape-validates a people list uploaded as CSV or XLSX (`POST /people/import`).
 * Pure: no database, no Nest. Lookups (organization, region) are the service's job.
 */

export { ImportFormatError, type ImportFormatErrorCode } from '@app/common';
export {
  HEADER_ISSUE_CODES,
  type ImportIssue,
  MAX_FULL_NAME_LENGTH,
  MAX_IMPORT_ROWS,
  type ParsedImport,
  type PersonImportRow,
} from './people-import.model';

/**
 * Reads a CSV or XLSX people list and validates every row. `rows` holds only the valid rows;
 * `issues` holds every problem (header issues on the header row, see HEADER_ISSUE_CODES).
 * Throws ImportFormatError when the file as a whole cannot be read.
 */
export async function parsePeopleFile(content: Buffer, fileName: string, contentType?: string): Promise<ParsedImport> {
  const sheet = await readSheet(content, fileName, contentType);
  const header = findHeader(sheet);
  const validator = new RowValidator(header.columns);
  const dataRows = sheet.filter((r) => r.row > header.row && !validator.isBlank(r));
  if (dataRows.length === 0) {
    throw new ImportFormatError('EMPTY_FILE', 'noDataRows');
  }
  if (dataRows.length > MAX_IMPORT_ROWS) {
    throw new ImportFormatError('TOO_MANY_ROWS', String(MAX_IMPORT_ROWS));
  }
  const rows: PersonImportRow[] = [];
  const invalidRows: PersonImportRow[] = [];
  for (const dataRow of dataRows) {
    const { row, valid } = validator.validate(dataRow);
    (valid ? rows : invalidRows).push(row);
  }
  return { rows, invalidRows, issues: [...header.issues, ...validator.issues], totalRows: dataRows.length };
}
