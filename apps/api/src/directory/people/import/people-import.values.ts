import { isEmail } from 'class-validator';

/** Normalises the values of a people list's cells; `undefined` means the value is not valid. */

/** ISO 3166-2:KZ codes of the oblasts and the three cities (docs/domain.md). */
const ISO_REGION_CODES = new Set(
  [
    '10',
    '11',
    '15',
    '19',
    '23',
    '27',
    '31',
    '33',
    '35',
    '39',
    '43',
    '47',
    '55',
    '59',
    '61',
    '62',
    '63',
    '71',
    '75',
    '79',
  ].map((n) => `KZ-${n}`),
);

export function normalizeRegionCode(value: string): string | undefined {
  const code = value.toUpperCase();
  if (/^KZ-\d{2}$/.test(code)) {
    return ISO_REGION_CODES.has(code) ? code : undefined;
  }
  if (/^\d+$/.test(code)) {
    return code.length === 9 ? code : undefined; // all digits: a KATO code, which has 9
  }
  return code.length <= 64 && /^[A-Z0-9]+(?:-[A-Z0-9]+)*$/.test(code) ? code : undefined;
}

/** Kazakh numbers in any usual spelling become +7XXXXXXXXXX; foreign ones need an explicit "+". */
export function normalizePhone(value: string): string | undefined {
  let compact = value.replace(/[\s().\-\u2010-\u2015]/g, '');
  if (compact.startsWith('00')) {
    compact = `+${compact.slice(2)}`;
  }
  if (!/^\+?\d+$/.test(compact)) {
    return undefined;
  }
  const international = compact.startsWith('+');
  const digits = compact.replace('+', '');
  if (!international) {
    if (digits.length === 11 && (digits.startsWith('8') || digits.startsWith('7'))) {
      return `+7${digits.slice(1)}`;
    }
    return digits.length === 10 && digits.startsWith('7') ? `+7${digits}` : undefined;
  }
  // "+8 701 ..." is the domestic trunk prefix written with a "+".
  if (digits.length === 11 && (digits.startsWith('7') || digits.startsWith('87'))) {
    return `+7${digits.slice(1)}`;
  }
  return !digits.startsWith('7') && digits.length >= 8 && digits.length <= 15 ? `+${digits}` : undefined;
}

export function normalizeEmail(value: string): string | undefined {
  const email = value.toLowerCase().replace(/^mailto:/, '');
  return isEmail(email) ? email : undefined;
}
