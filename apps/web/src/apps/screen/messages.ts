import type { Messages } from '../../lib/i18n';

type Key =
  | 'itemUnderWay'
  | 'noVote'
  | 'voting'
  | 'cast'
  | 'for'
  | 'against'
  | 'abstained'
  | 'carried'
  | 'notCarried'
  | 'rollCall'
  | 'electronic'
  | 'notFound'
  | 'offline';

export const TEXTS: Messages<Key> = {
  kk: {
    itemUnderWay: 'Қаралып жатқан мәселе',
    noVote: 'Дауыс беру әлі жоқ',
    voting: 'Дауыс беру жүріп жатыр',
    cast: '{cast} / {present} дауыс берілді',
    for: 'Қолдағандар',
    against: 'Қарсылар',
    abstained: 'Қалыс қалғандар',
    carried: 'Шешім қабылданды',
    notCarried: 'Шешім қабылданбады',
    rollCall: 'Атаулы дауыс беру',
    electronic: 'Электрондық дауыс беру',
    notFound: 'Мұндай форум жоқ немесе ол жария емес',
    offline: 'Байланыс үзілді, қайта қосылуда…',
  },
  ru: {
    itemUnderWay: 'Рассматривается вопрос',
    noVote: 'Голосований пока нет',
    voting: 'Идёт голосование',
    cast: 'Проголосовали {cast} из {present}',
    for: 'За',
    against: 'Против',
    abstained: 'Воздержались',
    carried: 'Решение принято',
    notCarried: 'Решение не принято',
    rollCall: 'Поимённое голосование',
    electronic: 'Электронное голосование',
    notFound: 'Такого форума нет или он не публичный',
    offline: 'Связь прервалась, подключаемся снова…',
  },
  en: {
    itemUnderWay: 'Under way',
    noVote: 'No vote yet',
    voting: 'Vote in progress',
    cast: '{cast} of {present} have voted',
    for: 'For',
    against: 'Against',
    abstained: 'Abstained',
    carried: 'Carried',
    notCarried: 'Not carried',
    rollCall: 'Roll call',
    electronic: 'Electronic vote',
    notFound: 'No such forum, or it is not public',
    offline: 'Connection lost, reconnecting…',
  },
};
