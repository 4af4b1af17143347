import { isEmail } from 'class-validator';
import { cleanCell as clean, ImportFormatError, readSheet, type SheetRow } from '@app/common';
import { foldKazakhLetters, type Language, PERSON_CATEGORIES, type PersonCategory } from '@app/contracts';

/**
 * Parses and shape-validates a people list uploaded as CSV or XLSX (`POST /people/import`).
 * Pure: no database, no Nest. Lookups (organization, region) are the service's job.
 */

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

export { ImportFormatError, type ImportFormatErrorCode } from '@app/common';

export const MAX_IMPORT_ROWS = 5000;
export const MAX_FULL_NAME_LENGTH = 200;

/** Issues about the header (columns) rather than a person; they do not make a row invalid. */
export const HEADER_ISSUE_CODES: readonly string[] = ['unknownColumn', 'duplicateColumn'];

type FieldKey =
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

const LOCALIZED_FIELDS: ReadonlySet<string> = new Set<FieldKey>([
  'fullName.kk',
  'fullName.ru',
  'position.kk',
  'position.ru',
  'position.en',
]);

// ---------------------------------------------------------------------------------------------
// Text normalisation

// Headers and words typed without Kazakh letters (or with Latin look-alikes, a common keyboard-layout
// slip) still match: folding is used only for matching, never for stored values.
const LATIN_LOOKALIKES: Record<string, string> = {
  a: 'а',
  c: 'с',
  e: 'е',
  i: 'и',
  k: 'к',
  o: 'о',
  p: 'р',
  x: 'х',
  y: 'у',
};

function matchWords(text: string): string[] {
  return foldKazakhLetters(
    clean(text)
      .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2') // fullName -> full name
      .toLowerCase(),
  )
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '')
    .map((w) => (/\p{Script=Cyrillic}/u.test(w) ? w.replace(/[aceikopxy]/g, (c) => LATIN_LOOKALIKES[c] ?? c) : w));
}

function matchKey(text: string): string {
  return matchWords(text).join('');
}

function buildLookup<T>(entries: ReadonlyArray<readonly [T, readonly string[]]>): Map<string, T> {
  const map = new Map<string, T>();
  for (const [target, phrases] of entries) {
    for (const phrase of phrases) {
      const key = matchKey(phrase);
      const existing = map.get(key);
      // A phrase meaning two things would make imports depend on table order: fail loudly in tests.
      if (existing !== undefined && existing !== target) {
        throw new Error(`Ambiguous import synonym "${phrase}"`);
      }
      map.set(key, target);
    }
  }
  return map;
}

// ---------------------------------------------------------------------------------------------
// Header synonyms

type LocalizedBase = 'fullName' | 'position';
type ColumnTarget = { base: LocalizedBase; lang: Language } | { field: FieldKey };

/** Words that name the language of a column ("ФИО (каз)", "position_ru", "Аты-жөні (орысша)"). */
const LANGUAGE_MARKERS = buildLookup<Language>([
  ['kk', ['kk', 'kz', 'kaz', 'kazakh', 'каз', 'қаз', 'қазақ', 'қазақша', 'казахский', 'казахском', 'казахская']],
  ['ru', ['ru', 'rus', 'russian', 'рус', 'орыс', 'орысша', 'русский', 'русском', 'русская']],
  ['en', ['en', 'eng', 'english', 'англ', 'ағылшын', 'ағылшынша', 'английский', 'английском', 'английская']],
]);

/** Words around a language marker that carry no meaning ("на казахском языке", "қазақ тілінде"). */
const MARKER_FILLERS = new Set(['на', 'языке', 'язык', 'яз', 'тилинде', 'тилде', 'тили', 'in', 'language', 'lang']);

/** Columns that are expected and meaningless to the import (row numbering). */
const IGNORED_HEADERS = new Set(['no', 'nn', 'nr', 'num', 'number', 'пп', 'нпп', 'рс', 'реттикномири']);

const COLUMN_SYNONYMS = buildLookup<ColumnTarget>([
  [
    { base: 'fullName', lang: 'kk' },
    ['fullname', 'name', 'person', 'аты-жөні', 'толық аты-жөні', 'аты жөні', 'тегі аты әкесінің аты', 'тегі, аты-жөні'],
  ],
  [{ base: 'fullName', lang: 'ru' }, ['фио', 'ф.и.о.', 'фамилия имя отчество', 'фамилия, имя, отчество', 'полное имя']],
  [{ base: 'position', lang: 'kk' }, ['position', 'job title', 'лауазымы', 'лауазым', 'қызметі']],
  [{ base: 'position', lang: 'ru' }, ['должность', 'занимаемая должность']],
  [
    { field: 'organization' },
    [
      'organization',
      'organisation',
      'org',
      'organization id',
      'organization name',
      'ұйым',
      'ұйымы',
      'ұйым атауы',
      'мекеме',
      'мекемесі',
      'жұмыс орны',
      'организация',
      'учреждение',
      'место работы',
    ],
  ],
  [
    { field: 'regionCode' },
    [
      'region',
      'region code',
      'kato',
      'kato code',
      'өңір',
      'өңір коды',
      'аймақ',
      'аймақ коды',
      'като',
      'като коды',
      'код като',
      'регион',
      'код региона',
    ],
  ],
  [{ field: 'category' }, ['category', 'person category', 'санат', 'санаты', 'категория', 'категория участника']],
  [
    { field: 'email' },
    [
      'email',
      'e-mail',
      'е-mail', // Cyrillic "е"
      'еmail',
      'mail',
      'email address',
      'электрондық пошта',
      'электрон пошта',
      'эл пошта',
      'эл. почта',
      'электронная почта',
      'адрес электронной почты',
      'почта',
    ],
  ],
  [
    { field: 'phone' },
    [
      'phone',
      'phone number',
      'mobile',
      'tel',
      'telephone',
      'телефон',
      'тел',
      'номер телефона',
      'контактный телефон',
      'мобильный телефон',
      'телефон нөмірі',
      'ұялы телефон',
      'байланыс телефоны',
    ],
  ],
  [
    { field: 'language' },
    ['language', 'lang', 'preferred language', 'тілі', 'тіл', 'қатынас тілі', 'язык', 'язык общения'],
  ],
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

// ---------------------------------------------------------------------------------------------
// Value vocabularies

const CATEGORY_WORDS = buildLookup<PersonCategory>([
  ...PERSON_CATEGORIES.map((c) => [c, [c]] as const),
  [
    'oblast_akim',
    ['облыс әкімі', 'облыстың әкімі', 'облыс әкім', 'аким области', 'областной аким', 'oblast akim', 'regional akim'],
  ],
  ['city_akim', ['қала әкімі', 'қаланың әкімі', 'аким города', 'городской аким', 'city akim', 'mayor']],
  ['district_akim', ['аудан әкімі', 'ауданның әкімі', 'аким района', 'районный аким', 'district akim']],
  [
    'rural_akim',
    [
      'ауыл әкімі',
      'ауылдық округ әкімі',
      'ауылдық округтің әкімі',
      'ауылдық округінің әкімі',
      'ауыл округінің әкімі',
      'ауылдық әкім',
      'кент әкімі',
      'сельский аким',
      'аким села',
      'аким аула',
      'аким сельского округа',
      'аким поселка',
      'rural akim',
      'village akim',
      'rural district akim',
    ],
  ],
  [
    'maslikhat_chair',
    [
      'мәслихат төрағасы',
      'мәслихаттың төрағасы',
      'мәслихат хатшысы',
      'председатель маслихата',
      'секретарь маслихата',
      'maslikhat chair',
      'maslikhat chairman',
      'maslikhat chairperson',
    ],
  ],
  ['deputy', ['депутат', 'мәслихат депутаты', 'депутат маслихата', 'maslikhat deputy']],
  [
    'official',
    [
      'мемлекеттік қызметші',
      'шенеунік',
      'әкімдік қызметкері',
      'аппарат қызметкері',
      'бөлім басшысы',
      'басқарма басшысы',
      'госслужащий',
      'государственный служащий',
      'чиновник',
      'должностное лицо',
      'сотрудник акимата',
      'руководитель управления',
      'начальник отдела',
      'civil servant',
      'department head',
    ],
  ],
  [
    'party_official',
    [
      'партия өкілі',
      'партия хатшысы',
      'представитель партии',
      'секретарь партии',
      'партийный работник',
      'party secretary',
      'party representative',
    ],
  ],
  ['association_member', ['қауымдастық мүшесі', 'член ассоциации', 'association']],
  ['guest', ['қонақ', 'шақырылған қонақ', 'гость', 'приглашённый гость', 'invited guest']],
  ['press', ['баспасөз', 'бақ', 'журналист', 'пресса', 'сми', 'media', 'journalist']],
  ['other', ['басқа', 'басқалар', 'өзге', 'другое', 'другие', 'прочие', 'прочее', 'иное']],
]);

const LANGUAGE_WORDS = buildLookup<Language>([
  ['kk', ['kk', 'kz', 'kaz', 'kazakh', 'қаз', 'қазақ', 'қазақша', 'қазақ тілі', 'каз', 'казахский', 'казахский язык']],
  ['ru', ['ru', 'rus', 'russian', 'орыс', 'орысша', 'орыс тілі', 'рус', 'русский', 'русский язык']],
  ['en', ['en', 'eng', 'english', 'ағылшын', 'ағылшынша', 'ағылшын тілі', 'англ', 'английский', 'английский язык']],
]);

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

function normalizeRegionCode(value: string): string | undefined {
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
function normalizePhone(value: string): string | undefined {
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

function normalizeEmail(value: string): string | undefined {
  const email = value.toLowerCase().replace(/^mailto:/, '');
  return isEmail(email) ? email : undefined;
}

// ---------------------------------------------------------------------------------------------
// Readers: both give the sheet as rows of cleaned strings with the row numbers a user sees

// ---------------------------------------------------------------------------------------------
// Header and rows

/** Rows above the header are tolerated (a title like "Ауыл әкімдерінің тізімі" in row 1). */
const HEADER_SEARCH_ROWS = 10;

interface Header {
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

function findHeader(rows: SheetRow[]): Header {
  for (const row of rows.filter((r) => r.cells.some((c) => c !== '')).slice(0, HEADER_SEARCH_ROWS)) {
    const header = readHeader(row);
    if (header.columns.has('fullName.kk') || header.columns.has('fullName.ru')) {
      return header;
    }
  }
  throw new ImportFormatError('MISSING_COLUMNS', 'fullName');
}

function truncate(value: string): string {
  return value.length > 200 ? `${value.slice(0, 200)}…` : value;
}

class RowValidator {
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
