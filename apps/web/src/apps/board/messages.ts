import type { Messages } from '../../lib/i18n';

type Key =
  | 'title'
  | 'registered'
  | 'present'
  | 'percent'
  | 'ofRegistered'
  | 'byRegion'
  | 'byRole'
  | 'bySession'
  | 'name'
  | 'coverage'
  | 'coverageText'
  | 'quorum'
  | 'quorumEvent'
  | 'members'
  | 'needed'
  | 'reached'
  | 'notReached'
  | 'noQuorum'
  | 'updated'
  | 'paused'
  | 'stale'
  | 'exportCsv'
  | 'exportXlsx'
  | 'exports'
  | 'noAccess'
  | 'noRegion'
  | 'empty'
  | 'expand'
  | 'collapse'
  | 'loading'
  | 'network';

export const TEXTS: Messages<Key> = {
  kk: {
    title: 'Қатысу тақтасы',
    registered: 'Тіркелген',
    present: 'Келген',
    percent: 'Келу үлесі',
    ofRegistered: 'тіркелгендердің {p}%',
    byRegion: 'Өңірлер бойынша',
    byRole: 'Рөлдер бойынша',
    bySession: 'Отырыстар бойынша',
    name: 'Атауы',
    coverage: 'Қамту',
    coverageText: '{regions} ішкі өңірдің {present}-нен келді ({registered}-нен тіркелді)',
    quorum: 'Кворум',
    quorumEvent: 'Іс-шара тұтастай',
    members: 'Мүшелер',
    needed: 'Қажет',
    reached: 'Кворум бар',
    notReached: 'Кворум жоқ',
    noQuorum: 'Бұл іс-шарада кворум белгіленбеген.',
    updated: 'Жаңартылды: {time}',
    paused: 'Бет көрінбей тұрғанда жаңарту тоқтатылады.',
    stale: 'Байланыс үзілді: сандар {time} кезіндегідей. Қайта қосылуда…',
    exportCsv: 'CSV жүктеу',
    exportXlsx: 'Excel (XLSX) жүктеу',
    exports: 'Тізімді жүктеу',
    noAccess: 'Бұл тақтаны тек осы іс-шараның ұйымдастырушылары мен хатшылары көре алады.',
    noRegion: 'Өңірі көрсетілмеген',
    empty: 'Әзірге ешкім тіркелмеген.',
    expand: '{name}: ашу',
    collapse: '{name}: жабу',
    loading: 'Жүктелуде…',
    network: 'Серверге қосылу мүмкін болмады.',
  },
  ru: {
    title: 'Табло явки',
    registered: 'Зарегистрировано',
    present: 'Пришли',
    percent: 'Явка',
    ofRegistered: '{p}% от зарегистрированных',
    byRegion: 'По регионам',
    byRole: 'По ролям',
    bySession: 'По заседаниям',
    name: 'Название',
    coverage: 'Охват',
    coverageText: 'пришли из {present} из {regions} входящих единиц (зарегистрированы из {registered})',
    quorum: 'Кворум',
    quorumEvent: 'Мероприятие в целом',
    members: 'Членов',
    needed: 'Нужно',
    reached: 'Кворум есть',
    notReached: 'Кворума нет',
    noQuorum: 'Кворум для этого мероприятия не задан.',
    updated: 'Обновлено: {time}',
    paused: 'Пока страница скрыта, обновление приостановлено.',
    stale: 'Нет связи: цифры на {time}. Переподключаемся…',
    exportCsv: 'Скачать CSV',
    exportXlsx: 'Скачать Excel (XLSX)',
    exports: 'Выгрузка списка',
    noAccess: 'Это табло доступно только организаторам и секретарям мероприятия.',
    noRegion: 'Регион не указан',
    empty: 'Пока никто не зарегистрирован.',
    expand: '{name}: развернуть',
    collapse: '{name}: свернуть',
    loading: 'Загрузка…',
    network: 'Не удалось связаться с сервером.',
  },
  en: {
    title: 'Attendance board',
    registered: 'Registered',
    present: 'Present',
    percent: 'Turnout',
    ofRegistered: '{p}% of those registered',
    byRegion: 'By region',
    byRole: 'By role',
    bySession: 'By session',
    name: 'Name',
    coverage: 'Coverage',
    coverageText: 'present from {present} of {regions} sub-regions (registered from {registered})',
    quorum: 'Quorum',
    quorumEvent: 'The event as a whole',
    members: 'Members',
    needed: 'Needed',
    reached: 'Quorum reached',
    notReached: 'No quorum',
    noQuorum: 'No quorum is defined for this event.',
    updated: 'Updated: {time}',
    paused: 'Updates pause while the page is hidden.',
    stale: 'Connection lost: figures as of {time}. Reconnecting…',
    exportCsv: 'Download CSV',
    exportXlsx: 'Download Excel (XLSX)',
    exports: 'Export the list',
    noAccess: 'Only the organizers and secretaries of this event can see this board.',
    noRegion: 'No region',
    empty: 'Nobody has registered yet.',
    expand: 'Expand {name}',
    collapse: 'Collapse {name}',
    loading: 'Loading…',
    network: 'Could not reach the server.',
  },
};
