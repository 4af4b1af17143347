import { type Language, PERSON_CATEGORIES, type PersonCategory } from '@app/contracts';
import type { FieldKey } from './people-import.model';
import { buildLookup } from './people-import.text';

/** The words a people list is written in: its column names and its values, in kk, ru and en. Data, not logic. */

export type LocalizedBase = 'fullName' | 'position';
export type ColumnTarget = { base: LocalizedBase; lang: Language } | { field: FieldKey };

/** Words that name the language of a column ("ФИО (каз)", "position_ru", "Аты-жөні (орысша)"). */
export const LANGUAGE_MARKERS = buildLookup<Language>([
  ['kk', ['kk', 'kz', 'kaz', 'kazakh', 'каз', 'қаз', 'қазақ', 'қазақша', 'казахский', 'казахском', 'казахская']],
  ['ru', ['ru', 'rus', 'russian', 'рус', 'орыс', 'орысша', 'русский', 'русском', 'русская']],
  ['en', ['en', 'eng', 'english', 'англ', 'ағылшын', 'ағылшынша', 'английский', 'английском', 'английская']],
]);

/** Words around a language marker that carry no meaning ("на казахском языке", "қазақ тілінде"). */
export const MARKER_FILLERS = new Set([
  'на',
  'языке',
  'язык',
  'яз',
  'тилинде',
  'тилде',
  'тили',
  'in',
  'language',
  'lang',
]);

/** Columns that are expected and meaningless to the import (row numbering). */
export const IGNORED_HEADERS = new Set(['no', 'nn', 'nr', 'num', 'number', 'пп', 'нпп', 'рс', 'реттикномири']);

export const COLUMN_SYNONYMS = buildLookup<ColumnTarget>([
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

export const CATEGORY_WORDS = buildLookup<PersonCategory>([
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

export const LANGUAGE_WORDS = buildLookup<Language>([
  ['kk', ['kk', 'kz', 'kaz', 'kazakh', 'қаз', 'қазақ', 'қазақша', 'қазақ тілі', 'каз', 'казахский', 'казахский язык']],
  ['ru', ['ru', 'rus', 'russian', 'орыс', 'орысша', 'орыс тілі', 'рус', 'русский', 'русский язык']],
  ['en', ['en', 'eng', 'english', 'ағылшын', 'ағылшынша', 'ағылшын тілі', 'англ', 'английский', 'английский язык']],
]);
