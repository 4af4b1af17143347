import type { Agenda, AgendaPerson, AgendaSession, AgendaSpeaker, Language, SessionKind } from '@app/contracts';

/*
 * The Uralsk joint extended off-site session ("Қаладан – Ауылға", reference article 000) stretched over two days,
 * with the seminar-training part of the West Kazakhstan rural akims' forum (article 002) as a section of two
 * parallel seminars. Asia/Oral, UTC+5.
 */

type Texts = { kk: string; ru: string; en: string };

/** Every special Kazakh letter, lower and upper case: the PDF test looks for it verbatim. */
export const KAZAKH_LETTERS = 'әғқңөұүһі ӘҒҚҢӨҰҮҺІ';

const PEOPLE = {
  mukashev: {
    name: 'Төлеубек Мұқашев',
    position: t('бірлестік төрағасы', 'председатель ассоциации', 'chair of the association'),
  },
  toregaliyev: { name: 'Нариман Төреғалиев', position: t('облыс әкімі', 'аким области', 'oblast akim') },
  mukayev: {
    name: 'Мұрат Мұқаев',
    position: t('облыстық мәслихат төрағасы', 'председатель областного маслихата', 'chair of the oblast maslikhat'),
  },
  kushkinbayev: {
    name: 'Алпамыс Кушкинбаев',
    position: t('Жаңақала ауданының әкімі', 'аким Жангалинского района', 'akim of Zhanakala district'),
  },
  sarkulov: {
    name: 'Асланбек Саркулов',
    position: t('Казталов ауданының әкімі', 'аким Казталовского района', 'akim of Kaztalov district'),
  },
  umraleyev: {
    name: 'Мұрат Умралеев',
    position: t('Шыңғырлау ауданының әкімі', 'аким Чингирлауского района', 'akim of Shyngyrlau district'),
  },
  trainer: {
    name: 'Гүлнұр Әбдіғалиқызы',
    position: t('мемлекеттік сатып алу жөніндегі сарапшы', 'эксперт по госзакупкам', 'public procurement expert'),
  },
  hr: {
    name: 'Айгүл Құрманғазиева',
    position: t(
      'өңірлік кадр орталығының жетекшісі',
      'руководитель регионального кадрового центра',
      'head of the regional HR centre',
    ),
  },
} satisfies Record<string, { name: string; position: Texts }>;

type PersonKey = keyof typeof PEOPLE;

export const FIXTURE_UPDATED_AT = '2026-11-20T09:15:30Z';

/** The two-day agenda in one language. Session ids are stable so UIDs can be checked. */
export function agendaFixture(language: Language = 'kk'): Agenda {
  const moderator = (key: PersonKey): AgendaPerson => ({
    personId: `person-${key}`,
    name: PEOPLE[key].name,
    position: PEOPLE[key].position[language],
    organization: null,
  });
  const speaker = (key: PersonKey, topic: Texts | null, minutes: number | null): AgendaSpeaker => ({
    ...moderator(key),
    topic: topic ? topic[language] : null,
    minutes,
  });
  const session = (
    id: string,
    kind: SessionKind,
    title: Texts,
    day: string,
    from: string,
    to: string,
    extra: Partial<Pick<AgendaSession, 'room' | 'moderators' | 'speakers' | 'children' | 'description'>> = {},
  ): AgendaSession => ({
    id,
    kind,
    title: title[language],
    description: null,
    startsAt: `${day}T${from}:00+05:00`,
    endsAt: `${day}T${to}:00+05:00`,
    room: null,
    moderators: [],
    speakers: [],
    materials: [],
    children: [],
    ...extra,
  });

  const day1 = '2026-12-06';
  const day2 = '2026-12-07';
  return {
    language,
    event: {
      id: 'b6f1f0d2-6a57-4c1e-9d0c-27a000000001',
      slug: 'oral-qaladan-auylga-2026',
      kind: 'offsite_session',
      status: 'published',
      title: t(
        '«Қаладан – Ауылға» пилоттық жобасы бойынша бірлескен кеңейтілген көшпелі отырыс',
        'Совместное расширенное выездное заседание по пилотному проекту «Қаладан – Ауылға»',
        'Joint extended off-site session on the pilot project "Qaladan – Auylga"',
      )[language],
      description: t(
        'Ауылды дамыту және жергілікті өзін-өзі басқару мәселелері.',
        'Развитие села и местного самоуправления.',
        'Rural development and local self-government.',
      )[language],
      timeZone: 'Asia/Oral',
      startsAt: `${day1}T10:00:00+05:00`,
      endsAt: `${day2}T12:30:00+05:00`,
      venue: {
        name: t(
          'Батыс Қазақстан облысы әкімдігінің мәжіліс залы',
          'Зал заседаний акимата ЗКО',
          'WKO akimat assembly hall',
        )[language],
        address: t('Орал қаласы', 'г. Уральск', 'Oral')[language],
      },
      region: {
        code: 'KZ-27',
        name: t('Батыс Қазақстан облысы', 'Западно-Казахстанская область', 'West Kazakhstan')[language],
      },
      organizers: [
        {
          id: 'org-akimat-27',
          name: t(
            'Батыс Қазақстан облысының әкімдігі',
            'Акимат Западно-Казахстанской области',
            'Akimat of West Kazakhstan',
          )[language],
        },
        {
          id: 'org-maslikhat-association',
          name: t(
            '«Қазақстан мәслихаттары депутаттарының бірлестігі» РҚБ',
            'РОО «Ассоциация депутатов маслихатов Казахстана»',
            'Association of deputies of maslikhats of Kazakhstan',
          )[language],
        },
      ],
      updatedAt: FIXTURE_UPDATED_AT,
    },
    days: [
      {
        date: day1,
        sessions: [
          session(
            's-opening',
            'opening',
            t('Отырыстың ашылуы', 'Открытие заседания', 'Opening'),
            day1,
            '10:00',
            '10:20',
            {
              moderators: [moderator('mukashev')],
            },
          ),
          session(
            's-plenary',
            'plenary',
            t(
              '«Қаладан – Ауылға» жобасының жүзеге асырылу барысы',
              'Ход реализации проекта «Қаладан – Ауылға»',
              'Progress of the "Qaladan – Auylga" project',
            ),
            day1,
            '10:20',
            '12:00',
            {
              room: t('Үлкен зал', 'Большой зал', 'Main hall')[language],
              moderators: [moderator('mukashev')],
              speakers: [
                speaker(
                  'toregaliyev',
                  t(
                    'Өңірдегі әлеуметтік-экономикалық ахуал',
                    'Социально-экономическая ситуация в регионе',
                    'The region today',
                  ),
                  15,
                ),
                speaker('mukayev', t('Мәслихаттардың рөлі', 'Роль маслихатов', 'The role of maslikhats'), 10),
                speaker('kushkinbayev', null, 7),
                speaker('sarkulov', null, 7),
                speaker('umraleyev', null, 7),
              ],
            },
          ),
          session('s-lunch', 'break', t('Түскі ас', 'Обед', 'Lunch'), day1, '12:00', '13:00'),
          session(
            's-seminars',
            'seminar',
            t('Семинар-тренингтер', 'Семинары-тренинги', 'Seminar-trainings'),
            day1,
            '13:00',
            '14:30',
            {
              children: [
                session(
                  's-seminar-procurement',
                  'seminar',
                  t(
                    'Мемлекеттік сатып алу туралы заңнамадағы өзгерістер',
                    'Изменения в законодательстве о государственных закупках',
                    'Changes in public procurement law',
                  ),
                  day1,
                  '13:00',
                  '14:30',
                  { room: '№2', speakers: [speaker('trainer', null, 60)] },
                ),
                session(
                  's-seminar-image',
                  'seminar',
                  t(
                    'Басқару және мемлекеттік қызметші имиджі',
                    'Менеджмент и имидж государственного служащего',
                    'Management and the image of a civil servant',
                  ),
                  day1,
                  '13:00',
                  '14:30',
                  { room: '№3', speakers: [speaker('hr', null, 60)] },
                ),
              ],
            },
          ),
        ],
      },
      {
        date: day2,
        sessions: [
          session(
            's-round-table',
            'round_table',
            t(
              'Жергілікті өзін-өзі басқаруды дамыту: ауыл әкімдерінің тәжірибесі',
              'Развитие местного самоуправления: опыт сельских акимов',
              'Local self-government: what rural akims learned',
            ),
            day2,
            '10:00',
            '12:00',
            {
              room: t('Үлкен зал', 'Большой зал', 'Main hall')[language],
              moderators: [moderator('mukayev')],
              speakers: [
                speaker(
                  'kushkinbayev',
                  t(
                    `Іс қағаздарындағы қазақ әріптері: ${KAZAKH_LETTERS}`,
                    `Казахские буквы: ${KAZAKH_LETTERS}`,
                    `Kazakh letters: ${KAZAKH_LETTERS}`,
                  ),
                  10,
                ),
              ],
            },
          ),
          session(
            's-adoption',
            'adoption',
            t(
              'Көшпелі отырыстың қаулысын қабылдау',
              'Принятие постановления выездного заседания',
              'Adoption of the resolution',
            ),
            day2,
            '12:00',
            '12:30',
            { moderators: [moderator('mukashev')] },
          ),
        ],
      },
    ],
  };
}

/** A one-day agenda with `count` (at most 90) ten-minute sessions of three speakers each, from 08:00. */
export function longAgendaFixture(count: number, language: Language = 'kk'): Agenda {
  const base = agendaFixture(language);
  const day = '2026-12-06';
  const sessions: AgendaSession[] = Array.from({ length: count }, (_, i) => {
    const local = (minutes: number) =>
      `${day}T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00+05:00`;
    return {
      id: `s-long-${i + 1}`,
      kind: 'speech',
      title: `${i + 1}. ${base.days[0].sessions[1].title}`,
      description: null,
      startsAt: local(8 * 60 + i * 10),
      endsAt: local(8 * 60 + i * 10 + 10),
      room: '№1',
      moderators: [],
      speakers: base.days[0].sessions[1].speakers.slice(0, 3),
      materials: [],
      children: [],
    };
  });
  return {
    ...base,
    event: { ...base.event, startsAt: sessions[0].startsAt, endsAt: sessions[sessions.length - 1].endsAt },
    days: [{ date: day, sessions }],
  };
}

function t(kk: string, ru: string, en: string): Texts {
  return { kk, ru, en };
}
