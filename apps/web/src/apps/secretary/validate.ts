import type { FieldErrors } from '../../lib/forms';
import type { SecretaryText } from './messages';

export type SecretaryT = (key: SecretaryText, values?: Record<string, string | number>) => string;

/** The same rules as the API's DTOs (LocalizedTextDto, PointDto, AdoptDto, UpdatePointDto), said in the reader's words. */
export const TITLE_MAX = 2000;
export const LONG_TEXT_MAX = 20000;
export const NOTE_MAX = 4000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const URL_PATTERN = /^https?:\/\/[^\s/?#]+\.[^\s/?#]+\S*$/i;

export function checkText(errors: FieldErrors, field: string, value: string, max: number, t: SecretaryT): void {
  if (!value.trim()) {
    errors[field] = t('required');
  } else if (value.length > max) {
    errors[field] = t('tooLong', { max });
  }
}

export function checkDate(errors: FieldErrors, field: string, value: string, t: SecretaryT): void {
  if (value && !DATE.test(value)) {
    errors[field] = t('badDate');
  }
}

/** A whole number ≥ 0 (and ≤ max), as `@IsInt() @Min(0)` wants; returns it, or undefined after noting the error. */
export function checkCount(
  errors: FieldErrors,
  field: string,
  value: string,
  t: SecretaryT,
  max?: number,
): number | undefined {
  const number = Number(value);
  if (value.trim() === '' || !Number.isInteger(number) || number < 0 || (max !== undefined && number > max)) {
    errors[field] = t(max === undefined ? 'badCount' : 'badPercent');
    return undefined;
  }
  return number;
}

export function checkUrl(errors: FieldErrors, field: string, value: string, t: SecretaryT): void {
  if (value && (!URL_PATTERN.test(value) || value.length > 1000)) {
    errors[field] = t('badUrl');
  }
}
