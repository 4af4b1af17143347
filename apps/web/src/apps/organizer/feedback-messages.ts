import type { Messages } from '../../lib/i18n';

type Key =
  | 'none'
  | 'newSurvey'
  | 'titleKk'
  | 'titleRu'
  | 'closesAt'
  | 'anonymous'
  | 'question'
  | 'kind_choice'
  | 'kind_scale'
  | 'kind_text'
  | 'textKk'
  | 'textRu'
  | 'options'
  | 'optionsHint'
  | 'addQuestion'
  | 'create'
  | 'created'
  | 'state_upcoming'
  | 'state_open'
  | 'state_closed'
  | 'respondents'
  | 'session'
  | 'count'
  | 'average'
  | 'answer'
  | 'texts'
  | 'xlsx'
  | 'ratings';

export const FEEDBACK_TEXTS: Messages<Key> = {
  kk: {
    none: 'Бұл іс-шарада әлі сауалнама жоқ.',
    newSurvey: 'Жаңа сауалнама',
    titleKk: 'Атауы (қазақша)',
    titleRu: 'Атауы (орысша)',
    closesAt: 'Жабылатын уақыты',
    anonymous: 'Жасырын: нәтижелерде аты-жөндер көрсетілмейді',
    question: 'Сұрақ {n}',
    kind_choice: 'Таңдау',
    kind_scale: '1–5 шкала',
    kind_text: 'Еркін мәтін',
    textKk: 'Сұрақ (қазақша)',
    textRu: 'Сұрақ (орысша)',
    options: 'Жауап нұсқалары',
    optionsHint: 'Әр жолға бір нұсқа: қазақша / орысша',
    addQuestion: 'Сұрақ қосу',
    create: 'Сауалнама жасау',
    created: 'Сауалнама жасалды: ол іс-шара аяқталғанда ашылады.',
    state_upcoming: 'Ашылмаған',
    state_open: 'Ашық',
    state_closed: 'Жабық',
    respondents: 'Жауап бергендер: {respondents} / {invited}',
    session: 'Отырыс',
    count: 'Саны',
    average: 'Орташа баға',
    answer: 'Жауап',
    texts: 'Еркін жауаптар',
    xlsx: 'XLSX жүктеу',
    ratings: 'Отырыстардың бағалары',
  },
  ru: {
    none: 'У этого мероприятия ещё нет опроса.',
    newSurvey: 'Новый опрос',
    titleKk: 'Название (на казахском)',
    titleRu: 'Название (на русском)',
    closesAt: 'Закрывается',
    anonymous: 'Анонимный: в результатах нет имён',
    question: 'Вопрос {n}',
    kind_choice: 'Выбор',
    kind_scale: 'Шкала 1–5',
    kind_text: 'Свободный текст',
    textKk: 'Вопрос (на казахском)',
    textRu: 'Вопрос (на русском)',
    options: 'Варианты ответа',
    optionsHint: 'По одному на строку: по-казахски / по-русски',
    addQuestion: 'Добавить вопрос',
    create: 'Создать опрос',
    created: 'Опрос создан: он откроется, когда мероприятие закончится.',
    state_upcoming: 'Не открыт',
    state_open: 'Открыт',
    state_closed: 'Закрыт',
    respondents: 'Ответили: {respondents} из {invited}',
    session: 'Заседание',
    count: 'Количество',
    average: 'Средняя оценка',
    answer: 'Ответ',
    texts: 'Свободные ответы',
    xlsx: 'Скачать XLSX',
    ratings: 'Оценки заседаний',
  },
  en: {
    none: 'This event has no survey yet.',
    newSurvey: 'New survey',
    titleKk: 'Title (Kazakh)',
    titleRu: 'Title (Russian)',
    closesAt: 'Closes at',
    anonymous: 'Anonymous: the results name nobody',
    question: 'Question {n}',
    kind_choice: 'Choice',
    kind_scale: 'Scale 1–5',
    kind_text: 'Free text',
    textKk: 'Question (Kazakh)',
    textRu: 'Question (Russian)',
    options: 'Options',
    optionsHint: 'One a line: Kazakh / Russian',
    addQuestion: 'Add a question',
    create: 'Create the survey',
    created: 'The survey is made: it opens when the event ends.',
    state_upcoming: 'Not open yet',
    state_open: 'Open',
    state_closed: 'Closed',
    respondents: 'Answered: {respondents} of {invited}',
    session: 'Session',
    count: 'Count',
    average: 'Average mark',
    answer: 'Answer',
    texts: 'Free answers',
    xlsx: 'Download XLSX',
    ratings: 'Ratings of the sessions',
  },
};
