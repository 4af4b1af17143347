import type { EventKind, Language, SessionKind } from '@app/contracts';

/** The fixed words of the public pages; the agenda's own words (moderator, room, ...) come from agendaLabels. */
export interface PageTexts {
  siteName: string;
  skip: string;
  forums: string;
  myRegistrations: string;
  signIn: string;
  language: string;
  listTitle: string;
  listIntro: string;
  filter: string;
  region: string;
  kind: string;
  any: string;
  show: string;
  noForums: string;
  timeZone: string;
  rooms: string;
  actions: string;
  register: string;
  addToCalendar: string;
  downloadPdf: string;
  /** A webcal:// subscription to the forums of `{of}` (a region or an organizer). */
  subscribeTo: string;
  /** The same for the listed forums. */
  subscribe: string;
  actsFeed: string;
  day: string;
  parallel: string;
  seatsLeft: string;
  noSessions: string;
  resolutions: string;
  resolutionPdf: string;
  adopted: string;
  /** The heading of an act's points with their execution, and each status's word. */
  execution: string;
  pointStatus: Record<'not_started' | 'in_progress' | 'done' | 'cancelled' | 'overdue', string>;
  protocols: string;
  protocol: string;
  materials: string;
  materialsOfSession: string;
  addendum: string;
  corrects: string;
  meetingDate: string;
  session: string;
  pdfKk: string;
  pdfRu: string;
  verificationCode: string;
  closed: string;
  notFoundTitle: string;
  notFoundText: string;
  backToForums: string;
}

const TEXTS: Record<Language, PageTexts> = {
  kk: {
    siteName: 'Akim Forum',
    skip: 'Негізгі мазмұнға өту',
    forums: 'Форумдар',
    myRegistrations: 'Менің тіркелулерім',
    signIn: 'Кіру',
    language: 'Тіл',
    listTitle: 'Алдағы форумдар',
    listIntro: 'Жергілікті атқарушы және өкілді органдардың ашық форумдары мен отырыстары.',
    filter: 'Сүзгі',
    region: 'Өңір',
    kind: 'Түрі',
    any: 'Барлығы',
    show: 'Көрсету',
    noForums: 'Таңдалған сүзгі бойынша алдағы форумдар жоқ.',
    timeZone: 'Уақыт белдеуі',
    rooms: 'Залдар',
    actions: 'Әрекеттер',
    register: 'Тіркелу',
    addToCalendar: 'Күнтізбеге қосу (ICS)',
    downloadPdf: 'Бағдарламаны жүктеу (PDF)',
    subscribeTo: 'Күнтізбеге жазылу: {of} форумдары',
    subscribe: 'Осы форумдардың күнтізбесіне жазылу',
    actsFeed: 'Қабылданған актілер (Atom)',
    day: '{n}-күн',
    parallel: 'Қатар өтетін сессиялар',
    seatsLeft: 'Бос орын: {left} / {seats}',
    noSessions: 'Күн тәртібі әлі жарияланған жоқ.',
    resolutions: 'Қабылданған қаулылар',
    resolutionPdf: 'PDF',
    adopted: 'қабылданды',
    execution: 'Орындалуы',
    pointStatus: {
      not_started: 'басталған жоқ',
      in_progress: 'орындалуда',
      done: 'орындалды',
      cancelled: 'күші жойылды',
      overdue: 'мерзімі өтті',
    },
    protocols: 'Хаттамалар',
    materials: 'Материалдар',
    materialsOfSession: 'Материалдар',
    protocol: 'Хаттама',
    addendum: 'Хаттамаға қосымша',
    corrects: '№ {number} хаттаманы түзетеді',
    meetingDate: 'Отырыс күні',
    session: 'Сессия',
    pdfKk: 'PDF, қазақша',
    pdfRu: 'PDF, орысша',
    verificationCode: 'Тексеру коды',
    closed: 'Форум өтті',
    notFoundTitle: 'Бет табылмады',
    notFoundText: 'Мұндай ашық форум жоқ немесе ол әлі жарияланбаған.',
    backToForums: 'Форумдар тізіміне оралу',
  },
  ru: {
    siteName: 'Akim Forum',
    skip: 'Перейти к содержанию',
    forums: 'Форумы',
    myRegistrations: 'Мои регистрации',
    signIn: 'Войти',
    language: 'Язык',
    listTitle: 'Предстоящие форумы',
    listIntro: 'Открытые форумы и заседания местных исполнительных и представительных органов.',
    filter: 'Фильтр',
    region: 'Регион',
    kind: 'Вид',
    any: 'Все',
    show: 'Показать',
    noForums: 'По выбранному фильтру предстоящих форумов нет.',
    timeZone: 'Часовой пояс',
    rooms: 'Залы',
    actions: 'Действия',
    register: 'Зарегистрироваться',
    addToCalendar: 'Добавить в календарь (ICS)',
    downloadPdf: 'Скачать программу (PDF)',
    subscribeTo: 'Подписаться на календарь: форумы — {of}',
    subscribe: 'Подписаться на календарь этих форумов',
    actsFeed: 'Принятые акты (Atom)',
    day: 'День {n}',
    parallel: 'Параллельные сессии',
    seatsLeft: 'Свободных мест: {left} из {seats}',
    noSessions: 'Повестка дня ещё не опубликована.',
    resolutions: 'Принятые постановления',
    resolutionPdf: 'PDF',
    adopted: 'принято',
    execution: 'Исполнение',
    pointStatus: {
      not_started: 'не начато',
      in_progress: 'в работе',
      done: 'исполнено',
      cancelled: 'снято с контроля',
      overdue: 'просрочено',
    },
    protocols: 'Протоколы',
    materials: 'Материалы',
    materialsOfSession: 'Материалы',
    protocol: 'Протокол',
    addendum: 'Дополнение к протоколу',
    corrects: 'исправляет протокол № {number}',
    meetingDate: 'Дата заседания',
    session: 'Сессия',
    pdfKk: 'PDF на казахском',
    pdfRu: 'PDF на русском',
    verificationCode: 'Код проверки',
    closed: 'Форум состоялся',
    notFoundTitle: 'Страница не найдена',
    notFoundText: 'Такого открытого форума нет, или он ещё не опубликован.',
    backToForums: 'Вернуться к списку форумов',
  },
  en: {
    siteName: 'Akim Forum',
    skip: 'Skip to content',
    forums: 'Forums',
    myRegistrations: 'My registrations',
    signIn: 'Sign in',
    language: 'Language',
    listTitle: 'Upcoming forums',
    listIntro: 'Public forums and sessions of local executive and representative bodies.',
    filter: 'Filter',
    region: 'Region',
    kind: 'Kind',
    any: 'All',
    show: 'Show',
    noForums: 'No upcoming forums match this filter.',
    timeZone: 'Time zone',
    rooms: 'Rooms',
    actions: 'Actions',
    register: 'Register',
    addToCalendar: 'Add to calendar (ICS)',
    downloadPdf: 'Download the programme (PDF)',
    subscribeTo: 'Subscribe to the calendar: forums of {of}',
    subscribe: 'Subscribe to the calendar of these forums',
    actsFeed: 'Adopted acts (Atom)',
    day: 'Day {n}',
    parallel: 'Parallel sessions',
    seatsLeft: 'Seats left: {left} of {seats}',
    noSessions: 'The agenda is not published yet.',
    resolutions: 'Adopted resolutions',
    resolutionPdf: 'PDF',
    adopted: 'adopted',
    execution: 'Execution',
    pointStatus: {
      not_started: 'not started',
      in_progress: 'in progress',
      done: 'done',
      cancelled: 'cancelled',
      overdue: 'overdue',
    },
    protocols: 'Protocols',
    materials: 'Materials',
    materialsOfSession: 'Materials',
    protocol: 'Protocol',
    addendum: 'Addendum to a protocol',
    corrects: 'corrects protocol No. {number}',
    meetingDate: 'Meeting date',
    session: 'Session',
    pdfKk: 'PDF in Kazakh',
    pdfRu: 'PDF in Russian',
    verificationCode: 'Verification code',
    closed: 'The forum has taken place',
    notFoundTitle: 'Page not found',
    notFoundText: 'There is no such public forum, or it is not published yet.',
    backToForums: 'Back to the list of forums',
  },
};

export function pageTexts(lang: Language): PageTexts {
  return TEXTS[lang];
}

/** The domain's words for event kinds (domain.md). */
export const EVENT_KIND_LABELS: Record<Language, Record<EventKind, string>> = {
  kk: {
    forum: 'Форум',
    offsite_session: 'Көшпелі отырыс',
    activists_meeting: 'Актив жиыны',
    round_table: 'Дөңгелек үстел',
    seminar: 'Семинар',
    other: 'Басқа',
  },
  ru: {
    forum: 'Форум',
    offsite_session: 'Выездное заседание',
    activists_meeting: 'Собрание актива',
    round_table: 'Круглый стол',
    seminar: 'Семинар',
    other: 'Другое',
  },
  en: {
    forum: 'Forum',
    offsite_session: 'Off-site session',
    activists_meeting: "Activists' meeting",
    round_table: 'Round table',
    seminar: 'Seminar',
    other: 'Other',
  },
};

/** The domain's words for session kinds (domain.md). */
export const SESSION_KIND_LABELS: Record<Language, Record<SessionKind, string>> = {
  kk: {
    opening: 'Ашылуы',
    plenary: 'Пленарлық отырыс',
    speech: 'Сөз сөйлеу',
    panel: 'Панельдік сессия',
    seminar: 'Семинар-тренинг',
    round_table: 'Дөңгелек үстел',
    break: 'Үзіліс',
    awards: 'Алғыс хаттар табыстау',
    adoption: 'Қаулы қабылдау',
    presentation: 'Жоба нәтижелерінің таныстырылымы',
  },
  ru: {
    opening: 'Открытие',
    plenary: 'Пленарное заседание',
    speech: 'Выступление',
    panel: 'Панельная сессия',
    seminar: 'Семинар-тренинг',
    round_table: 'Круглый стол',
    break: 'Перерыв',
    awards: 'Вручение благодарственных писем',
    adoption: 'Принятие постановления',
    presentation: 'Презентация результатов проекта',
  },
  en: {
    opening: 'Opening',
    plenary: 'Plenary session',
    speech: 'Speech',
    panel: 'Panel session',
    seminar: 'Seminar-training',
    round_table: 'Round table',
    break: 'Break',
    awards: 'Letters of gratitude',
    adoption: 'Adoption of the resolution',
    presentation: 'Presentation of project results',
  },
};
