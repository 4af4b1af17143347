import type { AwardKind, AwardLanguage, Language } from '@app/contracts';

/** What an award is called: on its page, in the verification page's facts and in the mail. */
export const AWARD_TITLES: Record<AwardKind, Record<Language, string>> = {
  gratitude: { kk: 'Алғыс хат', ru: 'Благодарственное письмо', en: 'Letter of gratitude' },
  participation: { kk: 'Қатысу сертификаты', ru: 'Сертификат участника', en: 'Certificate of participation' },
  training: {
    kk: 'Семинар-тренинг сертификаты',
    ru: 'Сертификат о прохождении семинара-тренинга',
    en: 'Certificate of a seminar-training completed',
  },
};

interface PrintedTexts {
  /** The large heading. */
  heading: Record<AwardKind, string>;
  /** The line under it. */
  subheading: Record<AwardKind, string>;
  /** What the award says of its recipient; `{event}` and `{session}` are filled in. */
  body: Record<AwardKind, string>;
  number: string;
  date: string;
}

export const PRINTED: Record<AwardLanguage, PrintedTexts> = {
  kk: {
    heading: { gratitude: 'АЛҒЫС ХАТ', participation: 'СЕРТИФИКАТ', training: 'СЕРТИФИКАТ' },
    subheading: { gratitude: '', participation: 'қатысқаны туралы', training: 'семинар-тренингтен өткені туралы' },
    body: {
      gratitude:
        '«{event}» барысындағы белсенділігі және өңірдің әлеуметтік-экономикалық дамуына қосқан үлесі үшін алғыс білдіріледі.',
      participation: '«{event}» іс-шарасына қатысқанын растайды.',
      training: '«{event}» аясында өткен «{session}» семинар-тренингінен толық өткенін растайды.',
    },
    number: 'Тіркеу нөмірі',
    date: 'Берілген күні',
  },
  ru: {
    heading: { gratitude: 'БЛАГОДАРСТВЕННОЕ ПИСЬМО', participation: 'СЕРТИФИКАТ', training: 'СЕРТИФИКАТ' },
    subheading: { gratitude: '', participation: 'об участии', training: 'о прохождении семинара-тренинга' },
    body: {
      gratitude:
        'Выражается благодарность за активное участие в мероприятии «{event}» и вклад в социально-экономическое развитие региона.',
      participation: 'Подтверждает участие в мероприятии «{event}».',
      training: 'Подтверждает прохождение семинара-тренинга «{session}» в рамках мероприятия «{event}».',
    },
    number: 'Регистрационный номер',
    date: 'Дата выдачи',
  },
};
