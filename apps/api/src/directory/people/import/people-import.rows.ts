import type { SheetRow } from '@app/common';
import { type FieldKey, type ImportIssue, MAX_FULL_NAME_LENGTH, type PersonImportRow } from './people-import.model';
import { matchKey } from './people-import.text';
import { normalizeEmail, normalizePhone, normalizeRegionCode } from './people-import.values';
import { CATEGORY_WORDS, LANGUAGE_WORDS } from './people-import.words';

/** Validates the data rows of a people list one by one, remembering e-mails already seen in the file. */

function truncate(value: string): string {
  return value.length > 200 ? `${value.slice(0, 200)}…` : value;
}

export class RowValidator {
  readonly issues: ImportIssue[] = [];
  private readonly firstRowByEmail = new Map<string, number>();

  constructor(private readonly columns: Map<FieldKey, number>) {}

  isBlank(row: SheetRow): boolean {
    return [...this.columns.values()].every((index) => (row.cells[index] ?? '') === '');
  }

  /** The row's well-formed fields, and whether the whole row is valid. */
  validate(sheetRow: SheetRow): { row: PersonImportRow; valid: boolean } {
    const row = sheetRow.row;
    const before = this.issues.length;
    const get = (field: FieldKey): string | undefined => {
      const index = this.columns.get(field);
      const value = index === undefined ? '' : (sheetRow.cells[index] ?? '');
      return value === '' ? undefined : value;
    };
    const issue = (field: FieldKey, code: string, value?: string, params?: ImportIssue['params']): void => {
      this.issues.push({
        row,
        field,
        code,
        ...(value === undefined ? {} : { value: truncate(value) }),
        ...(params === undefined ? {} : { params }),
      });
    };
    const result: PersonImportRow = { row, fullName: { kk: '' } };

    const ru = get('fullName.ru');
    // A list with only "ФИО" still names people: the one spelling serves both languages.
    const kk = this.columns.has('fullName.kk') ? get('fullName.kk') : ru;
    if (kk === undefined) {
      issue('fullName.kk', 'isNotEmpty');
    } else if ([...kk].length > MAX_FULL_NAME_LENGTH) {
      issue('fullName.kk', 'maxLength', kk, { max: MAX_FULL_NAME_LENGTH });
    } else {
      result.fullName.kk = kk;
    }
    if (ru !== undefined) {
      if ([...ru].length > MAX_FULL_NAME_LENGTH) {
        issue('fullName.ru', 'maxLength', ru, { max: MAX_FULL_NAME_LENGTH });
      } else {
        result.fullName.ru = ru;
      }
    }

    const positionKk = get('position.kk');
    const positionRu = get('position.ru');
    const positionEn = get('position.en');
    if (positionKk !== undefined && positionRu !== undefined) {
      result.position = { kk: positionKk, ru: positionRu, ...(positionEn === undefined ? {} : { en: positionEn }) };
    } else if (positionKk !== undefined || positionRu !== undefined || positionEn !== undefined) {
      if (positionKk === undefined) {
        issue('position.kk', 'positionBothLanguages');
      }
      if (positionRu === undefined) {
        issue('position.ru', 'positionBothLanguages');
      }
    }

    const organization = get('organization');
    if (organization !== undefined) {
      result.organization = organization;
    }

    const region = get('regionCode');
    if (region !== undefined) {
      const code = normalizeRegionCode(region);
      if (code === undefined) {
        issue('regionCode', 'regionCode', region);
      } else {
        result.regionCode = code;
      }
    }

    const category = get('category');
    if (category !== undefined) {
      const value = CATEGORY_WORDS.get(matchKey(category));
      if (value === undefined) {
        issue('category', 'isIn', category);
      } else {
        result.category = value;
      }
    }

    const emailText = get('email');
    if (emailText !== undefined) {
      const email = normalizeEmail(emailText);
      const firstRow = email === undefined ? undefined : this.firstRowByEmail.get(email);
      if (email === undefined) {
        issue('email', 'isEmail', emailText);
      } else if (firstRow !== undefined) {
        issue('email', 'duplicateInFile', email, { firstRow });
      } else {
        this.firstRowByEmail.set(email, row);
        result.email = email;
      }
    }

    const phoneText = get('phone');
    if (phoneText !== undefined) {
      const phone = normalizePhone(phoneText);
      if (phone === undefined) {
        issue('phone', 'isPhone', phoneText);
      } else {
        result.phone = phone;
      }
    }

    const languageText = get('language');
    if (languageText !== undefined) {
      const language = LANGUAGE_WORDS.get(matchKey(languageText));
      if (language === undefined) {
        issue('language', 'isIn', languageText);
      } else {
        result.language = language;
      }
    }

    return { row: result, valid: this.issues.length === before };
  }
}
