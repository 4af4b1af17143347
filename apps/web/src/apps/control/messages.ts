import type { Messages } from '../../lib/i18n';

type Key =
  | 'title'
  | 'filters'
  | 'organization'
  | 'region'
  | 'source'
  | 'status'
  | 'dueBefore'
  | 'overdueOnly'
  | 'search'
  | 'apply'
  | 'reset'
  | 'all'
  | 'figures'
  | 'points'
  | 'done'
  | 'inProgress'
  | 'overdue'
  | 'percent'
  | 'byOrganization'
  | 'name'
  | 'trend'
  | 'trendCaption'
  | 'week'
  | 'list'
  | 'number'
  | 'text'
  | 'responsible'
  | 'dueDate'
  | 'act'
  | 'history'
  | 'closeHistory'
  | 'noHistory'
  | 'evidence'
  | 'viewMine'
  | 'viewAllOpen'
  | 'viewFiltered'
  | 'nothing'
  | 'signIn'
  | 'sortBy'
  | 'loading'
  | 'source.resolution'
  | 'source.protocol'
  | 'source.plan'
  | 'status.not_started'
  | 'status.in_progress'
  | 'status.done'
  | 'status.cancelled'
  | 'status.overdue'
  | 'more';

export const TEXTS: Messages<Key> = {
  kk: {
    title: 'Орындалуын бақылау',
    filters: 'Сүзгілер',
    organization: 'Жауапты орган',
    region: 'Өңір',
    source: 'Көзі',
    status: 'Мәртебесі',
    dueBefore: 'Мерзімі осы күнге дейін',
    overdueOnly: 'Тек мерзімі өткендер',
    search: 'Іздеу',
    apply: 'Көрсету',
    reset: 'Тазарту',
    all: 'Барлығы',
    figures: 'Көрсеткіштер',
    points: 'Тармақтар',
    done: 'Орындалды',
    inProgress: 'Орындалуда',
    overdue: 'Мерзімі өтті',
    percent: 'Орындалуы, %',
    byOrganization: 'Жауапты органдар бойынша',
    name: 'Атауы',
    trend: 'Апта сайынғы орындалу',
    trendCaption: 'Диаграмманың сандары: апта сайынғы орындалу, %',
    week: 'Апта',
    list: 'Тармақтар тізімі',
    number: '№',
    text: 'Мазмұны',
    responsible: 'Жауапты',
    dueDate: 'Мерзімі',
    act: 'Құжат',
    history: 'Тарихы',
    closeHistory: 'Жабу',
    noHistory: 'Әзірге есеп жоқ',
    evidence: 'Дәлел',
    viewMine: 'Сіздің ұйымдарыңыздың мерзімі өткен немесе 14 күн ішінде орындалуы тиіс тармақтары',
    viewAllOpen: 'Шұғыл іс жоқ: сіз бақылайтын орындалмаған тармақтар',
    viewFiltered: 'Сүзгі бойынша: {count} тармақ',
    nothing: 'Бұл сүзгі бойынша тармақ жоқ',
    signIn: 'Бақылау бетін көру үшін кіріңіз',
    sortBy: 'Сұрыптау: {column}',
    loading: 'Жүктелуде…',
    'source.resolution': 'Қаулы',
    'source.protocol': 'Хаттамалық тапсырма',
    'source.plan': 'Жол картасы',
    'status.not_started': 'Басталмаған',
    'status.in_progress': 'Орындалуда',
    'status.done': 'Орындалды',
    'status.cancelled': 'Күші жойылды',
    'status.overdue': 'Мерзімі өтті',
    more: 'Тағы {count}',
  },
  ru: {
    title: 'Контроль исполнения',
    filters: 'Фильтры',
    organization: 'Ответственный орган',
    region: 'Регион',
    source: 'Источник',
    status: 'Статус',
    dueBefore: 'Срок не позднее',
    overdueOnly: 'Только просроченные',
    search: 'Поиск',
    apply: 'Показать',
    reset: 'Сбросить',
    all: 'Все',
    figures: 'Показатели',
    points: 'Пункты',
    done: 'Исполнено',
    inProgress: 'В работе',
    overdue: 'Просрочено',
    percent: 'Исполнение, %',
    byOrganization: 'По ответственным органам',
    name: 'Наименование',
    trend: 'Исполнение по неделям',
    trendCaption: 'Числа диаграммы: исполнение по неделям, %',
    week: 'Неделя',
    list: 'Список пунктов',
    number: '№',
    text: 'Содержание',
    responsible: 'Ответственный',
    dueDate: 'Срок',
    act: 'Документ',
    history: 'История',
    closeHistory: 'Закрыть',
    noHistory: 'Отчётов пока нет',
    evidence: 'Подтверждение',
    viewMine: 'Пункты ваших организаций: просроченные и со сроком в ближайшие 14 дней',
    viewAllOpen: 'Срочного нет: неисполненные пункты, которые вы контролируете',
    viewFiltered: 'По фильтру: {count} пунктов',
    nothing: 'По этому фильтру пунктов нет',
    signIn: 'Войдите, чтобы увидеть контроль исполнения',
    sortBy: 'Сортировать: {column}',
    loading: 'Загрузка…',
    'source.resolution': 'Постановление',
    'source.protocol': 'Протокольное поручение',
    'source.plan': 'Дорожная карта',
    'status.not_started': 'Не начато',
    'status.in_progress': 'В работе',
    'status.done': 'Исполнено',
    'status.cancelled': 'Снято',
    'status.overdue': 'Просрочено',
    more: 'Ещё {count}',
  },
  en: {
    title: 'Execution control',
    filters: 'Filters',
    organization: 'Responsible body',
    region: 'Region',
    source: 'Source',
    status: 'Status',
    dueBefore: 'Due by',
    overdueOnly: 'Overdue only',
    search: 'Search',
    apply: 'Show',
    reset: 'Reset',
    all: 'All',
    figures: 'Figures',
    points: 'Points',
    done: 'Done',
    inProgress: 'In progress',
    overdue: 'Overdue',
    percent: 'Done, %',
    byOrganization: 'By responsible body',
    name: 'Name',
    trend: 'Completion by week',
    trendCaption: 'The chart’s numbers: completion by week, %',
    week: 'Week',
    list: 'Points',
    number: 'No.',
    text: 'Text',
    responsible: 'Responsible',
    dueDate: 'Deadline',
    act: 'Document',
    history: 'History',
    closeHistory: 'Close',
    noHistory: 'No reports yet',
    evidence: 'Evidence',
    viewMine: 'Your organizations’ points that are overdue or due within 14 days',
    viewAllOpen: 'Nothing urgent: the open points you follow',
    viewFiltered: 'Filtered: {count} points',
    nothing: 'No points match this filter',
    signIn: 'Sign in to see execution control',
    sortBy: 'Sort by {column}',
    loading: 'Loading…',
    'source.resolution': 'Resolution',
    'source.protocol': 'Protocol instruction',
    'source.plan': 'Road map',
    'status.not_started': 'Not started',
    'status.in_progress': 'In progress',
    'status.done': 'Done',
    'status.cancelled': 'Cancelled',
    'status.overdue': 'Overdue',
    more: '{count} more',
  },
};
