import type { Messages } from '../../lib/i18n';

type Key =
  | 'heading'
  | 'for'
  | 'against'
  | 'abstained'
  | 'yourVote'
  | 'changeHint'
  | 'notVoted'
  | 'sending'
  | 'failed'
  | 'rollCall';

export const VOTE_TEXTS: Messages<Key> = {
  kk: {
    heading: 'Дауыс беру',
    for: 'Қолдаймын',
    against: 'Қарсымын',
    abstained: 'Қалыс қаламын',
    yourVote: 'Сіздің дауысыңыз: {choice}',
    changeHint: 'Дауыс беру аяқталғанша дауысыңызды өзгерте аласыз.',
    notVoted: 'Сіз әлі дауыс берген жоқсыз.',
    sending: 'Жіберілуде…',
    failed: 'Дауыс жіберілмеді: {message}',
    rollCall: 'Атаулы дауыс беру: дауысыңызды хатшыға айтыңыз, ол белгілейді.',
  },
  ru: {
    heading: 'Голосование',
    for: 'За',
    against: 'Против',
    abstained: 'Воздержался',
    yourVote: 'Ваш голос: {choice}',
    changeHint: 'Пока голосование не завершено, голос можно изменить.',
    notVoted: 'Вы ещё не проголосовали.',
    sending: 'Отправляется…',
    failed: 'Голос не отправлен: {message}',
    rollCall: 'Поимённое голосование: назовите свой голос секретарю, он его отметит.',
  },
  en: {
    heading: 'Vote',
    for: 'For',
    against: 'Against',
    abstained: 'Abstain',
    yourVote: 'Your vote: {choice}',
    changeHint: 'You may change your vote until the vote closes.',
    notVoted: 'You have not voted yet.',
    sending: 'Sending…',
    failed: 'The vote was not sent: {message}',
    rollCall: 'Roll call: tell the secretary your vote; they mark it.',
  },
};
