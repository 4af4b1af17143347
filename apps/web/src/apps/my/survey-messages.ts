import type { Messages } from '../../lib/i18n';

type Key =
  'heading' | 'until' | 'rate' | 'mark' | 'required' | 'send' | 'change' | 'sending' | 'saved' | 'anonymous' | 'failed';

export const SURVEY_TEXTS: Messages<Key> = {
  kk: {
    heading: 'Сауалнама',
    until: '{until} дейін ашық',
    rate: 'Отырысты бағалаңыз: {session}',
    mark: '{mark} баға',
    required: '(міндетті)',
    send: 'Жауапты жіберу',
    change: 'Жауапты өзгерту',
    sending: 'Жіберілуде…',
    saved: 'Жауабыңыз сақталды. Сауалнама жабылғанша оны өзгертуге болады.',
    anonymous: 'Жауаптар нәтижелерде атаусыз көрсетіледі.',
    failed: 'Жауап жіберілмеді: {message}',
  },
  ru: {
    heading: 'Опрос',
    until: 'Открыт до {until}',
    rate: 'Оцените заседание: {session}',
    mark: 'оценка {mark}',
    required: '(обязательно)',
    send: 'Отправить ответ',
    change: 'Изменить ответ',
    sending: 'Отправляется…',
    saved: 'Ваш ответ сохранён. Пока опрос открыт, его можно изменить.',
    anonymous: 'В результатах ответы показываются без имён.',
    failed: 'Ответ не отправлен: {message}',
  },
  en: {
    heading: 'Survey',
    until: 'Open until {until}',
    rate: 'Rate the session: {session}',
    mark: 'mark {mark}',
    required: '(required)',
    send: 'Send the answer',
    change: 'Change the answer',
    sending: 'Sending…',
    saved: 'Your answer is saved. You may change it while the survey is open.',
    anonymous: 'The results show answers without names.',
    failed: 'The answer was not sent: {message}',
  },
};
