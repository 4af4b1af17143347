import ExcelJS from 'exceljs';
import {
  HEADER_ISSUE_CODES,
  ImportFormatError,
  MAX_IMPORT_ROWS,
  type ParsedImport,
  parsePeopleFile,
} from './people-import.parser';

const BOM = '\uFEFF';

function csv(text: string): Buffer {
  return Buffer.from(text, 'utf8');
}

async function xlsx(rows: unknown[][], configure?: (sheet: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Тізім');
  for (const row of rows) {
    sheet.addRow(row);
  }
  configure?.(sheet);
  return Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

async function formatError(promise: Promise<ParsedImport>): Promise<ImportFormatError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ImportFormatError);
    return error as ImportFormatError;
  }
  throw new Error('expected an ImportFormatError');
}

/** One-column-per-field CSV with a Kazakh header; returns the single parsed row or its issues. */
async function parseOne(header: string, value: string): Promise<ParsedImport> {
  return parsePeopleFile(csv(`Аты-жөні;${header}\r\nҚасымшалов Ғабит;${value}\r\n`), 'one.csv');
}

// 150 distinct Kazakh names: 10 surnames x 15 first names, with patronymics.
const SURNAMES = [
  'Қасымшалов',
  'Әбілқайыров',
  'Нұрғалиев',
  'Өтебаев',
  'Жұмағұлов',
  'Сәрсенбаев',
  'Үмбетов',
  'Ғабдуллин',
  'Іскаков',
  'Шыңғысов',
];
const FIRST_NAMES = [
  'Ғабит',
  'Нұрлан',
  'Әділет',
  'Қуаныш',
  'Ерболат',
  'Төлеген',
  'Дәурен',
  'Серік',
  'Мұрат',
  'Бақытжан',
  'Жәнібек',
  'Айдос',
  'Өмірзақ',
  'Ұлан',
  'Ілияс',
];
const PATRONYMICS = ['Нұрланұлы', 'Сәбитұлы', 'Қайратұлы', 'Ерланұлы', 'Әміржанұлы'];

function akim(i: number): { kk: string; email: string; phone: number; district: string } {
  const surname = SURNAMES[i % SURNAMES.length];
  const first = FIRST_NAMES[Math.floor(i / SURNAMES.length)];
  const patronymic = PATRONYMICS[i % PATRONYMICS.length];
  return {
    kk: `${surname} ${first} ${patronymic}`,
    email: `Akim${String(i + 1).padStart(3, '0')}@ZKO.gov.kz`,
    phone: 87010000000 + i,
    district: `${['Жаңақала', 'Казталов', 'Шыңғырлау', 'Ақжайық', 'Бөрлі'][i % 5]} ауданы`,
  };
}

describe('parsePeopleFile: CSV', () => {
  it('reads a ";" file from Excel (BOM, CRLF, quotes, a line break inside a quoted cell) with Kazakh headers', async () => {
    const file =
      BOM +
      [
        'Аты-жөні;ФИО;Лауазымы;Должность;Ұйым;Өңір;Санат;Электрондық пошта;Телефон;Тілі',
        'Қасымшалов  Ғабит Нұрланұлы;Касымшалов Габит Нурланович;Ақсеңгір ауылдық округінің әкімі;"Аким Аксенгирского сельского округа";"ТОО ""Береке""; филиал";271030000;ауыл әкімі;G.Kasymshalov@Mail.KZ;8 (701) 123-45-67;қазақша',
        '"Нұрғалиев Ерболат\r\nСәбитұлы";;;;;KZ-27;Аудан әкімі;;+7 (7112) 51-23-45;Русский',
      ].join('\r\n') +
      '\r\n';
    const result = await parsePeopleFile(csv(file), 'akims.csv', 'text/csv');
    expect(result.issues).toEqual([]);
    expect(result.totalRows).toBe(2);
    expect(result.rows).toEqual([
      {
        row: 2,
        fullName: { kk: 'Қасымшалов Ғабит Нұрланұлы', ru: 'Касымшалов Габит Нурланович' },
        position: { kk: 'Ақсеңгір ауылдық округінің әкімі', ru: 'Аким Аксенгирского сельского округа' },
        organization: 'ТОО "Береке"; филиал',
        regionCode: '271030000',
        category: 'rural_akim',
        email: 'g.kasymshalov@mail.kz',
        phone: '+77011234567',
        language: 'kk',
      },
      // The quoted line break is one spreadsheet row, collapsed to a space.
      {
        row: 3,
        fullName: { kk: 'Нұрғалиев Ерболат Сәбитұлы' },
        regionCode: 'KZ-27',
        category: 'district_akim',
        phone: '+77112512345',
        language: 'ru',
      },
    ]);
  });

  it('reads a "," file with English headers, no BOM and LF line ends', async () => {
    const file = [
      'full_name_kk,fullName.ru,position_kk,position_ru,position_en,organization,region_code,category,email,phone,language',
      'Өтебаев Дәурен,Отебаев Даурен,Аудан әкімі,"Аким района, Жанакала",District akim,Жаңақала ауданының әкімдігі,kz-27,district_akim,dauren@example.kz,7011234567,en',
    ].join('\n');
    const result = await parsePeopleFile(csv(file), 'people.csv');
    expect(result.issues).toEqual([]);
    expect(result.rows).toEqual([
      {
        row: 2,
        fullName: { kk: 'Өтебаев Дәурен', ru: 'Отебаев Даурен' },
        position: { kk: 'Аудан әкімі', ru: 'Аким района, Жанакала', en: 'District akim' },
        organization: 'Жаңақала ауданының әкімдігі',
        regionCode: 'KZ-27',
        category: 'district_akim',
        email: 'dauren@example.kz',
        phone: '+77011234567',
        language: 'en',
      },
    ]);
  });

  it('detects tab delimiters and honours an Excel "sep=" line without counting it as a row', async () => {
    const tab = await parsePeopleFile(csv('ФИО (каз)\tТелефон\nҮмбетов Серік\t8 702 000 11 22\n'), 'x.tsv');
    expect(tab.rows).toEqual([{ row: 2, fullName: { kk: 'Үмбетов Серік' }, phone: '+77020001122' }]);

    const sep = await parsePeopleFile(
      csv('sep=,\r\nАты-жөні,Лауазымы,Должность\r\nІскаков Ілияс,"әкім; орынбасар",заместитель\r\n'),
      'x.csv',
    );
    expect(sep.rows).toEqual([
      { row: 2, fullName: { kk: 'Іскаков Ілияс' }, position: { kk: 'әкім; орынбасар', ru: 'заместитель' } },
    ]);
  });

  it('is not fooled by commas inside the cells of a ";" file', async () => {
    const file = [
      'Аты-жөні;Должность;Лауазымы',
      'Жұмағұлов Мұрат;Аким, Бурлинский район;Әкім, Бөрлі ауданы',
      'Сәрсенбаев Айдос;Аким села;Ауыл әкімі',
    ].join('\n');
    const result = await parsePeopleFile(csv(file), 'x.csv');
    expect(result.issues).toEqual([]);
    expect(result.rows[0]?.position).toEqual({ kk: 'Әкім, Бөрлі ауданы', ru: 'Аким, Бурлинский район' });
  });

  it('reads UTF-16LE text (Excel "Unicode text") and NFC-normalises, trims and collapses whitespace', async () => {
    const decomposedY = 'и\u0306'; // "й" typed as и + combining breve
    const text = `\uFEFFАты-жөні\tEmail\r\n\u00A0 Ғабдуллин  Ай${decomposedY}ым\u200B \t A@B.KZ \r\n`;
    const result = await parsePeopleFile(Buffer.from(text, 'utf16le'), 'unicode.txt');
    expect(result.rows).toEqual([{ row: 2, fullName: { kk: 'Ғабдуллин Аййым' }, email: 'a@b.kz' }]);
    expect(result.rows[0]?.fullName.kk).toBe('Ғабдуллин Аййым'.normalize('NFC'));
  });

  it('skips blank rows without counting them and keeps the row numbers a spreadsheet shows', async () => {
    const file = ['№;Аты-жөні;Телефон', '1;Қасымшалов Ғабит;', ';;', '', '4;;', '5;Нұрғалиев Ерболат;x'].join('\r\n');
    const result = await parsePeopleFile(csv(file), 'x.csv');
    expect(result.totalRows).toBe(2);
    expect(result.rows.map((r) => r.row)).toEqual([2]);
    expect(result.issues).toEqual([{ row: 6, field: 'phone', code: 'isPhone', value: 'x' }]);
  });

  it('uses the only name column for both languages when the file has just "ФИО"', async () => {
    const result = await parsePeopleFile(csv('ФИО;Должность (рус)\nКасымшалов Габит;аким\n'), 'x.csv');
    expect(result.rows).toEqual([]);
    // Position in one language only is still an error; the name is not.
    expect(result.issues).toEqual([{ row: 2, field: 'position.kk', code: 'positionBothLanguages' }]);

    const ok = await parsePeopleFile(csv('ФИО\nКасымшалов Габит\n'), 'x.csv');
    expect(ok.rows).toEqual([{ row: 2, fullName: { kk: 'Касымшалов Габит', ru: 'Касымшалов Габит' } }]);
  });
});

describe('parsePeopleFile: header synonyms', () => {
  it.each([
    ['full_name_kk', 'fullName.kk'],
    ['fullName.kk', 'fullName.kk'],
    ['Аты-жөні', 'fullName.kk'],
    ['Толық аты-жөні', 'fullName.kk'],
    ['ФИО (каз)', 'fullName.kk'],
    ['ФИО на казахском', 'fullName.kk'],
    ['Аты-жоні', 'fullName.kk'], // typed without every Kazakh letter
    ['Аты-жөнi', 'fullName.kk'], // Latin "i" from the wrong keyboard layout
    ['full_name_ru', 'fullName.ru'],
    ['ФИО', 'fullName.ru'],
    ['Ф.И.О.', 'fullName.ru'],
    ['ФИО (рус)', 'fullName.ru'],
    ['Аты-жөні (орысша)', 'fullName.ru'],
    ['Аты-жөні (қазақ тілінде)', 'fullName.kk'],
  ])('header %p is the full name %p', async (header, field) => {
    const result = await parsePeopleFile(csv(`${header}\nҚасымшалов Ғабит\n`), 'x.csv');
    expect(result.issues).toEqual([]);
    const fullName = result.rows[0]?.fullName;
    if (field === 'fullName.kk') {
      expect(fullName).toEqual({ kk: 'Қасымшалов Ғабит' });
    } else {
      expect(fullName).toEqual({ kk: 'Қасымшалов Ғабит', ru: 'Қасымшалов Ғабит' });
    }
  });

  it.each([
    [['position_kk', 'position_ru'], { position: { kk: 'a', ru: 'b' } }],
    [['Лауазымы', 'Должность'], { position: { kk: 'a', ru: 'b' } }],
    [['Должность (каз)', 'Лауазымы (орысша)'], { position: { kk: 'a', ru: 'b' } }],
    [['Должность на казахском языке', 'Должность на русском языке'], { position: { kk: 'a', ru: 'b' } }],
    [['organization', 'Регион'], { organization: 'a', regionCode: 'B' }],
    [['Ұйым', 'region_code'], { organization: 'a', regionCode: 'B' }],
    [['Организация', 'КАТО'], { organization: 'a', regionCode: 'B' }],
    [['Место работы', 'Өңір'], { organization: 'a', regionCode: 'B' }],
    [['e-mail', 'Тілі'], { email: 'a@b.kz', language: 'kk' }],
    [['Эл. почта', 'Язык'], { email: 'a@b.kz', language: 'kk' }],
    [['Электрондық пошта', 'language'], { email: 'a@b.kz', language: 'kk' }],
    [['EMAIL', 'Язык (kk/ru/en)'], { email: 'a@b.kz', language: 'kk' }],
    [['phone', 'category'], { phone: '+77011234567', category: 'deputy' }],
    [['Телефон', 'Санат'], { phone: '+77011234567', category: 'deputy' }],
    [['Номер телефона', 'Категория'], { phone: '+77011234567', category: 'deputy' }],
  ])('headers %p map to their fields', async (headers, expected) => {
    const values: Record<string, string[]> = {
      position: ['a', 'b'],
      organization: ['a', 'b'],
      email: ['a@b.kz', 'kk'],
      phone: ['87011234567', 'депутат'],
    };
    const key = Object.keys(values).find((k) => k in expected) as string;
    const file = `Аты-жөні;${headers.join(';')}\nҚасымшалов Ғабит;${values[key]?.join(';')}\n`;
    const result = await parsePeopleFile(csv(file), 'x.csv');
    expect(result.issues).toEqual([]);
    expect(result.rows).toEqual([{ row: 2, fullName: { kk: 'Қасымшалов Ғабит' }, ...expected }]);
  });

  it('reports unknown and duplicate columns on the header row once, ignores numbering columns', async () => {
    const file = [
      '№ п/п;Аты-жөні;Адрес;Телефон;Тел.;Примечание',
      '1;Қасымшалов Ғабит;Орал;87011234567;87029999999;',
      '2;Нұрғалиев Ерболат;Ақсай;;;',
    ].join('\n');
    const result = await parsePeopleFile(csv(file), 'x.csv');
    expect(result.issues).toEqual([
      { row: 1, field: 'C', code: 'unknownColumn', value: 'Адрес' },
      { row: 1, field: 'phone', code: 'duplicateColumn', value: 'Тел.' },
      { row: 1, field: 'F', code: 'unknownColumn', value: 'Примечание' },
    ]);
    expect(result.issues.every((i) => HEADER_ISSUE_CODES.includes(i.code))).toBe(true);
    expect(result.rows.map((r) => r.phone)).toEqual(['+77011234567', undefined]);
    expect(result.totalRows).toBe(2);
  });

  it('a full name in two languages in one column, or in English only, is not a name column', async () => {
    expect((await formatError(parsePeopleFile(csv('ФИО (каз/рус)\nx\n'), 'x.csv'))).code).toBe('MISSING_COLUMNS');
    expect((await formatError(parsePeopleFile(csv('full_name_en\nx\n'), 'x.csv'))).code).toBe('MISSING_COLUMNS');
  });
});

describe('parsePeopleFile: values', () => {
  it.each([
    ['rural_akim', 'rural_akim'],
    ['Rural akim', 'rural_akim'],
    ['ауыл әкімі', 'rural_akim'],
    ['Ауылдық округ әкімі', 'rural_akim'],
    ['сельский аким', 'rural_akim'],
    ['аким сельского округа', 'rural_akim'],
    ['Аким поселка', 'rural_akim'],
    ['oblast akim', 'oblast_akim'],
    ['облыс әкімі', 'oblast_akim'],
    ['аким области', 'oblast_akim'],
    ['қала әкімі', 'city_akim'],
    ['аким города', 'city_akim'],
    ['district akim', 'district_akim'],
    ['аудан әкімі', 'district_akim'],
    ['аким района', 'district_akim'],
    ['АУДАН АКИМИ', 'district_akim'],
    ['мәслихат төрағасы', 'maslikhat_chair'],
    ['председатель маслихата', 'maslikhat_chair'],
    ['депутат', 'deputy'],
    ['депутат маслихата', 'deputy'],
    ['мемлекеттік қызметші', 'official'],
    ['госслужащий', 'official'],
    ['партия хатшысы', 'party_official'],
    ['секретарь партии', 'party_official'],
    ['қауымдастық мүшесі', 'association_member'],
    ['член ассоциации', 'association_member'],
    ['қонақ', 'guest'],
    ['гость', 'guest'],
    ['БАҚ', 'press'],
    ['СМИ', 'press'],
    ['басқа', 'other'],
    ['другое', 'other'],
  ])('category %p is %p', async (word, category) => {
    const result = await parseOne('Санат', word);
    expect(result.issues).toEqual([]);
    expect(result.rows[0]?.category).toBe(category);
  });

  it.each([
    ['kk', 'kk'],
    ['қаз', 'kk'],
    ['Қазақша', 'kk'],
    ['каз', 'kk'],
    ['казахский', 'kk'],
    ['ru', 'ru'],
    ['орыс', 'ru'],
    ['рус', 'ru'],
    ['Русский', 'ru'],
    ['EN', 'en'],
    ['ағылшын', 'en'],
    ['англ', 'en'],
  ])('language %p is %p', async (word, language) => {
    const result = await parseOne('Тілі', word);
    expect(result.issues).toEqual([]);
    expect(result.rows[0]?.language).toBe(language);
  });

  it.each([
    ['8 701 123 45 67', '+77011234567'],
    ['87011234567', '+77011234567'],
    ['+7 (701) 123-45-67', '+77011234567'],
    ['7011234567', '+77011234567'],
    ['77011234567', '+77011234567'],
    ['+8 701 123 45 67', '+77011234567'],
    ['8 (7112) 51-23-45', '+77112512345'],
    ['+998 90 123 45 67', '+998901234567'],
  ])('phone %p is %p', async (value, phone) => {
    const result = await parseOne('Телефон', value);
    expect(result.issues).toEqual([]);
    expect(result.rows[0]?.phone).toBe(phone);
  });

  it.each([
    '51-23-45',
    '8 701 123 45 6',
    '8 701 123 45 67, 8 702 000 00 00',
    '+7 701 123 45 678',
    'нет',
    '998901234567',
  ])('phone %p is rejected', async (value) => {
    const result = await parseOne('Телефон', value);
    expect(result.rows).toEqual([]);
    expect(result.issues).toEqual([{ row: 2, field: 'phone', code: 'isPhone', value }]);
  });

  it.each([
    ['KZ-27', 'KZ-27'],
    ['kz-75', 'KZ-75'],
    ['271030000', '271030000'],
    ['ZKO-AKSAI-2', 'ZKO-AKSAI-2'],
  ])('region %p is %p', async (value, code) => {
    const result = await parseOne('Өңір', value);
    expect(result.issues).toEqual([]);
    expect(result.rows[0]?.regionCode).toBe(code);
  });

  it.each(['KZ-99', '27103000', 'Батыс Қазақстан', 'ZKO--1', 'ZKO_1'])('region %p is rejected', async (value) => {
    const result = await parseOne('Өңір', value);
    expect(result.issues).toEqual([{ row: 2, field: 'regionCode', code: 'regionCode', value }]);
  });

  it('rejects unknown categories and languages, bad e-mails and long names', async () => {
    expect((await parseOne('Санат', 'әнші')).issues).toEqual([
      { row: 2, field: 'category', code: 'isIn', value: 'әнші' },
    ]);
    expect((await parseOne('Тілі', 'неміс')).issues).toEqual([
      { row: 2, field: 'language', code: 'isIn', value: 'неміс' },
    ]);
    expect((await parseOne('Email', 'a@b')).issues).toEqual([
      { row: 2, field: 'email', code: 'isEmail', value: 'a@b' },
    ]);
    expect((await parseOne('Email', 'mailto:A@B.KZ')).rows[0]?.email).toBe('a@b.kz');

    const long = 'Ә'.repeat(201);
    const result = await parsePeopleFile(csv(`Аты-жөні\n${'Қ'.repeat(200)}\n${long}\n`), 'x.csv');
    expect(result.rows.map((r) => r.row)).toEqual([2]);
    expect(result.issues).toEqual([
      { row: 3, field: 'fullName.kk', code: 'maxLength', value: `${'Ә'.repeat(200)}…`, params: { max: 200 } },
    ]);
  });

  it('reports a repeated e-mail (any case) on the later rows', async () => {
    const file = ['Аты-жөні;Email', 'A;ak@zko.kz', 'B;x@zko.kz', 'C;AK@ZKO.KZ', 'D;ak@zko.kz'].join('\n');
    const result = await parsePeopleFile(csv(file), 'x.csv');
    expect(result.rows.map((r) => r.row)).toEqual([2, 3]);
    expect(result.issues).toEqual([
      { row: 4, field: 'email', code: 'duplicateInFile', value: 'ak@zko.kz', params: { firstRow: 2 } },
      { row: 5, field: 'email', code: 'duplicateInFile', value: 'ak@zko.kz', params: { firstRow: 2 } },
    ]);
  });
});

describe('parsePeopleFile: XLSX', () => {
  it('parses a list of 150 rural akims with Kazakh names and no issues', async () => {
    const header = [
      '№',
      'Аты-жөні',
      'ФИО',
      'Лауазымы',
      'Должность',
      'Ұйым',
      'Өңір',
      'Санат',
      'E-mail',
      'Телефон',
      'Тілі',
    ];
    const data = Array.from({ length: 150 }, (_, i) => {
      const a = akim(i);
      return [
        i + 1,
        a.kk,
        null,
        `${a.district} ауылдық округінің әкімі`,
        'Аким сельского округа',
        `${a.district} әкімдігі`,
        'KZ-27',
        'ауыл әкімі',
        { text: a.email, hyperlink: `mailto:${a.email}` },
        a.phone,
        i % 3 === 0 ? 'орысша' : 'қазақша',
      ];
    });
    const buffer = await xlsx([header, ...data]);
    const result = await parsePeopleFile(buffer, 'ауыл әкімдері.xlsx');
    expect(result.issues).toEqual([]);
    expect(result.totalRows).toBe(150);
    expect(result.rows).toHaveLength(150);
    expect(new Set(result.rows.map((r) => r.fullName.kk)).size).toBe(150);
    expect(result.rows[0]).toEqual({
      row: 2,
      fullName: { kk: 'Қасымшалов Ғабит Нұрланұлы' },
      position: { kk: 'Жаңақала ауданы ауылдық округінің әкімі', ru: 'Аким сельского округа' },
      organization: 'Жаңақала ауданы әкімдігі',
      regionCode: 'KZ-27',
      category: 'rural_akim',
      email: 'akim001@zko.gov.kz',
      phone: '+77010000000',
      language: 'ru',
    });
    expect(result.rows[149]).toMatchObject({
      row: 151,
      fullName: { kk: 'Шыңғысов Ілияс Әміржанұлы' },
      phone: '+77010000149',
    });
  });

  it('reports several bad rows with their exact row numbers and fields, and returns only the good rows', async () => {
    const buffer = await xlsx([
      ['Аты-жөні', 'ФИО', 'Лауазымы', 'Должность', 'Өңір', 'Санат', 'Email', 'Телефон', 'Тілі'],
      [
        'Қасымшалов Ғабит',
        'Касымшалов Габит',
        'Ауыл әкімі',
        'Аким села',
        'KZ-27',
        'ауыл әкімі',
        'a1@zko.kz',
        '87011234567',
        'kk',
      ],
      [null, 'Нургалиев Ерболат', null, null, null, null, 'bad-email', null, null],
      [],
      ['Өтебаев Дәурен', null, 'Аудан әкімі', null, 'KZ-99', 'әнші', 'A1@ZKO.KZ', '12345', 'неміс'],
      ['Жұмағұлов Мұрат', null, null, 'Депутат', '271030000', 'депутат', 'a2@zko.kz', '+7 702 111 22 33', 'ru'],
      ['Сәрсенбаев Айдос', null, null, null, 'ZKO-1', 'district akim', null, '8 (7112) 50-00-00', 'Қазақша'],
    ]);
    const result = await parsePeopleFile(
      buffer,
      'list.xlsx',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(result.totalRows).toBe(5);
    expect(result.rows.map((r) => r.row)).toEqual([2, 7]);
    expect(result.issues).toEqual([
      { row: 3, field: 'fullName.kk', code: 'isNotEmpty' },
      { row: 3, field: 'email', code: 'isEmail', value: 'bad-email' },
      { row: 5, field: 'position.ru', code: 'positionBothLanguages' },
      { row: 5, field: 'regionCode', code: 'regionCode', value: 'KZ-99' },
      { row: 5, field: 'category', code: 'isIn', value: 'әнші' },
      { row: 5, field: 'email', code: 'duplicateInFile', value: 'a1@zko.kz', params: { firstRow: 2 } },
      { row: 5, field: 'phone', code: 'isPhone', value: '12345' },
      { row: 5, field: 'language', code: 'isIn', value: 'неміс' },
      { row: 6, field: 'position.kk', code: 'positionBothLanguages' },
    ]);
  });

  it('takes the displayed text of rich text, hyperlinks, numbers and formulas', async () => {
    const buffer = await xlsx(
      [
        ['Аты-жөні', 'Эл. почта', 'Телефон', 'КАТО'],
        [
          { richText: [{ text: 'Әбілқайыров ', font: { bold: true } }, { text: 'Нұрлан' }] },
          { text: 'Nurlan@Akimat.KZ', hyperlink: 'mailto:nurlan@akimat.kz' },
          77011234567,
          { formula: '270000000+1030000', result: 271030000 },
        ],
        ['Ғабдуллин Серік', ' Serik@Akimat.KZ ', '8-701-000-00-01', null],
      ],
      (sheet) => {
        sheet.getCell('D3').value = { formula: 'NA()', result: { error: '#N/A' } };
      },
    );
    const result = await parsePeopleFile(buffer, 'x.xlsx');
    expect(result.issues).toEqual([]);
    expect(result.rows).toEqual([
      {
        row: 2,
        fullName: { kk: 'Әбілқайыров Нұрлан' },
        email: 'nurlan@akimat.kz',
        phone: '+77011234567',
        regionCode: '271030000',
      },
      { row: 3, fullName: { kk: 'Ғабдуллин Серік' }, email: 'serik@akimat.kz', phone: '+77010000001' },
    ]);
  });

  it('reads only the first worksheet and finds a header below a title row', async () => {
    const workbook = new ExcelJS.Workbook();
    const first = workbook.addWorksheet('Ауыл әкімдері');
    first.getCell('A1').value = 'Батыс Қазақстан облысы ауыл әкімдерінің тізімі';
    first.getRow(3).values = ['Аты-жөні', 'Тілі'];
    first.getRow(4).values = ['Үмбетов Ұлан', 'kk'];
    const second = workbook.addWorksheet('Other');
    second.addRow(['Аты-жөні']);
    second.addRow(['Second Sheet']);
    const buffer = Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    const result = await parsePeopleFile(buffer, 'list.xlsx');
    expect(result.issues).toEqual([]);
    expect(result.rows).toEqual([{ row: 4, fullName: { kk: 'Үмбетов Ұлан' }, language: 'kk' }]);
  });

  it('detects XLSX by content whatever the name and content type say', async () => {
    const buffer = await xlsx([['Аты-жөні'], ['Шыңғысов Жәнібек']]);
    const result = await parsePeopleFile(buffer, 'people.csv', 'text/csv');
    expect(result.rows).toEqual([{ row: 2, fullName: { kk: 'Шыңғысов Жәнібек' } }]);
  });
});

describe('parsePeopleFile: whole-file errors', () => {
  it('refuses formats it cannot read', async () => {
    const pdf = await formatError(parsePeopleFile(Buffer.from('%PDF-1.7\n...'), 'list.pdf', 'application/pdf'));
    expect(pdf.code).toBe('UNSUPPORTED_FORMAT');

    const xls = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect(await formatError(parsePeopleFile(xls, 'list.xls'))).toMatchObject({
      code: 'UNSUPPORTED_FORMAT',
      detail: 'xls',
    });

    const fakeXlsx = await formatError(parsePeopleFile(csv('Аты-жөні\nA\n'), 'list.xlsx'));
    expect(fakeXlsx).toMatchObject({ code: 'UNSUPPORTED_FORMAT', detail: 'xlsx' });

    const brokenZip = Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(64, 1)]);
    expect(await formatError(parsePeopleFile(brokenZip, 'list.xlsx'))).toMatchObject({ code: 'UNSUPPORTED_FORMAT' });

    const cp1251 = Buffer.from([0xd4, 0xc8, 0xce, 0x0a, 0xc8, 0xe2, 0xe0, 0xed, 0x0a]); // "ФИО\nИван\n" in Windows-1251
    expect(await formatError(parsePeopleFile(cp1251, 'list.csv'))).toMatchObject({
      code: 'UNSUPPORTED_FORMAT',
      detail: 'encoding',
    });
  });

  it('accepts CSV named only by its content type, or unnamed text', async () => {
    const text = csv('Аты-жөні\nҚасымшалов Ғабит\n');
    expect((await parsePeopleFile(text, 'list', 'application/vnd.ms-excel')).rows).toHaveLength(1);
    expect((await parsePeopleFile(text, 'blob', 'application/octet-stream')).rows).toHaveLength(1);
    const binary = Buffer.from([0x00, 0x01, 0x02, 0x03]);
    expect((await formatError(parsePeopleFile(binary, 'blob'))).code).toBe('UNSUPPORTED_FORMAT');
  });

  it('refuses empty files and files without data rows', async () => {
    expect((await formatError(parsePeopleFile(Buffer.alloc(0), 'x.csv'))).code).toBe('EMPTY_FILE');
    expect((await formatError(parsePeopleFile(csv(`${BOM}\r\n \r\n`), 'x.csv'))).code).toBe('EMPTY_FILE');
    expect((await formatError(parsePeopleFile(csv('Аты-жөні;Телефон\r\n;\r\n'), 'x.csv'))).code).toBe('EMPTY_FILE');
    expect((await formatError(parsePeopleFile(await xlsx([]), 'x.xlsx'))).code).toBe('EMPTY_FILE');
  });

  it('refuses a file without a full-name column', async () => {
    const error = await formatError(parsePeopleFile(csv('Лауазымы;Телефон\nӘкім;87011234567\n'), 'x.csv'));
    expect(error).toMatchObject({ code: 'MISSING_COLUMNS', detail: 'fullName' });
  });

  it(`accepts ${MAX_IMPORT_ROWS} data rows and refuses one more`, async () => {
    const lines = (n: number): string =>
      ['Аты-жөні;Email', ...Array.from({ length: n }, (_, i) => `Адам ${i};p${i}@zko.kz`)].join('\n');
    const max = await parsePeopleFile(csv(lines(MAX_IMPORT_ROWS)), 'x.csv');
    expect(max.totalRows).toBe(MAX_IMPORT_ROWS);
    expect(max.issues).toEqual([]);
    const error = await formatError(parsePeopleFile(csv(lines(MAX_IMPORT_ROWS + 1)), 'x.csv'));
    expect(error.code).toBe('TOO_MANY_ROWS');
  });
});
