import { toEvent, toMembership, toMotion, toOrganization, toPerson, toVote, toVoteEvent } from './popolo';
import { both, type Dataset, f, id, inBoth, stamps, stampsOf } from './open-data-columns';

/** The datasets of the bulk download, in the order of the passport: each one's columns and how its rows are made. */
export const DATASETS: Dataset[] = [
  {
    name: 'organizations',
    title: {
      kk: 'Ұйымдар: форумдарды ұйымдастырушылар және жауапты органдар',
      ru: 'Организации: организаторы форумов и ответственные органы',
    },
    fields: [
      id({ kk: 'Ұйымның', ru: 'организации' }),
      ...both('name', 'Атауы', 'Наименование'),
      f(
        'classification',
        'string',
        'Түрі (akimat, maslikhat, association, party, department, other)',
        'Вид (akimat, maslikhat, association, party, department, other)',
      ),
      f(
        'region_code',
        'string',
        'Өңірдің коды (KZ-xx, КАТО немесе жүйенің коды)',
        'Код региона (KZ-xx, КАТО или код системы)',
      ),
      f('iso_3166_2', 'string', 'Облыстың немесе қаланың ISO 3166-2:KZ коды', 'Код ISO 3166-2:KZ области или города'),
      f('kato', 'string', 'КАТО коды (белгілі болса)', 'Код КАТО (если известен)'),
      f(
        'ocd_division_id',
        'string',
        'Open Civic Data аумақ идентификаторы',
        'Идентификатор территории Open Civic Data',
      ),
      ...stamps,
    ],
    rows: (data) =>
      data.organizations.map((row) => {
        const o = inBoth(row, toOrganization);
        const scheme = (name: string) => o.kk.identifiers.find((i) => i.scheme === name)?.identifier ?? null;
        return {
          id: o.kk.id,
          name_kk: o.kk.name,
          name_ru: o.ru.name,
          classification: o.kk.classification,
          region_code: row.regionCode,
          iso_3166_2: scheme('ISO 3166-2'),
          kato: scheme('KATO'),
          ocd_division_id: o.kk.area_id,
          ...stampsOf(o.kk),
        };
      }),
  },
  {
    name: 'people',
    title: {
      kk: 'Лауазымды тұлғалар: сөз сөйлегендер, төрағалық еткендер, қол қойғандар, атаулы дауыс бергендер',
      ru: 'Должностные лица: выступавшие, председательствовавшие, подписавшие, голосовавшие поимённо',
    },
    fields: [
      id({ kk: 'Тұлғаның', ru: 'лица' }),
      ...both('name', 'Аты-жөні', 'Фамилия, имя'),
      ...both('position', 'Лауазымы', 'Должность'),
      ...stamps,
    ],
    rows: (data) =>
      data.people.map((row) => {
        const p = inBoth(row, toPerson);
        return {
          id: p.kk.id,
          name_kk: p.kk.name,
          name_ru: p.ru.name,
          position_kk: p.kk.summary,
          position_ru: p.ru.summary,
          ...stampsOf(p.kk),
        };
      }),
  },
  {
    name: 'memberships',
    title: { kk: 'Тұлғалардың ұйымдардағы лауазымдары', ru: 'Должности лиц в организациях' },
    fields: [
      id({ kk: 'Мүшеліктің', ru: 'членства' }),
      f('person_id', 'string', 'Тұлғаның идентификаторы (people)', 'Идентификатор лица (people)'),
      f(
        'organization_id',
        'string',
        'Ұйымның идентификаторы (organizations)',
        'Идентификатор организации (organizations)',
      ),
      ...both('role', 'Лауазымы', 'Должность'),
    ],
    rows: (data) =>
      data.people.flatMap((row) => {
        const { organizationId } = row;
        if (organizationId === null) {
          return [];
        }
        const m = inBoth({ ...row, organizationId }, toMembership);
        return [
          {
            id: m.kk.id,
            person_id: m.kk.person_id,
            organization_id: m.kk.organization_id,
            role_kk: m.kk.role,
            role_ru: m.ru.role,
          },
        ];
      }),
  },
  {
    name: 'events',
    title: { kk: 'Жария форумдар және олардың сессиялары', ru: 'Публичные форумы и их сессии' },
    fields: [
      id({ kk: 'Іс-шараның', ru: 'мероприятия' }),
      f(
        'parent_id',
        'string',
        'Сессия кіретін форумның немесе бөлімнің идентификаторы',
        'Идентификатор форума или секции, в которую входит сессия',
      ),
      f(
        'classification',
        'string',
        'Түрі (forum, offsite_session, ...; сессиялар үшін plenary, panel, ...)',
        'Вид (forum, offsite_session, ...; для сессий plenary, panel, ...)',
      ),
      ...both('name', 'Атауы', 'Название'),
      f('start_date', 'date-time', 'Басталуы (ISO 8601, өңірдің уақытымен)', 'Начало (ISO 8601, по времени региона)'),
      f('end_date', 'date-time', 'Аяқталуы (ISO 8601, өңірдің уақытымен)', 'Окончание (ISO 8601, по времени региона)'),
      ...both('location', 'Өтетін орны', 'Место проведения'),
      f(
        'status',
        'string',
        'Күйі: confirmed (жарияланған), passed (өтті), cancelled (тоқтатылды)',
        'Статус: confirmed (объявлено), passed (состоялось), cancelled (отменено)',
      ),
      f(
        'organization_id',
        'string',
        'Ұйымдастырушының идентификаторы (organizations)',
        'Идентификатор организатора (organizations)',
      ),
      f('url', 'string', 'Форумның жария беті', 'Публичная страница форума'),
      ...stamps,
    ],
    rows: (data, publicUrl) =>
      data.events.map((row) => {
        const e = inBoth(row, (r, lang) => toEvent(r, lang, publicUrl));
        return {
          id: e.kk.id,
          parent_id: e.kk.parent_id,
          classification: e.kk.classification,
          name_kk: e.kk.name,
          name_ru: e.ru.name,
          start_date: e.kk.start_date,
          end_date: e.kk.end_date,
          location_kk: e.kk.location,
          location_ru: e.ru.location,
          status: e.kk.status,
          organization_id: e.kk.organization_id,
          url: e.ru.sources[0].url.replace(/\?lang=ru$/, ''),
          ...stampsOf(e.kk),
        };
      }),
  },
  {
    name: 'motions',
    title: {
      kk: 'Қабылданған қаулылар мен шешімдер және олардың тармақтары',
      ru: 'Принятые постановления и решения и их пункты',
    },
    fields: [
      id({ kk: 'Актінің', ru: 'акта' }),
      f(
        'organization_id',
        'string',
        'Актіні нөмірлеген органның идентификаторы',
        'Идентификатор органа, присвоившего номер',
      ),
      f(
        'legislative_session_id',
        'string',
        'Қабылданған форумның немесе сессияның идентификаторы (events)',
        'Идентификатор форума или сессии, где принят акт (events)',
      ),
      f(
        'classification',
        'string',
        'Түрі (resolution, decision, recommendations, protocol_instruction; protocol_decision: хаттамадағы шешім)',
        'Вид (resolution, decision, recommendations, protocol_instruction; protocol_decision: решение в протоколе)',
      ),
      ...both(
        'text',
        'Мәтіні: атауы, кіріспесі, нөмірленген тармақтары',
        'Текст: название, преамбула, пронумерованные пункты',
      ),
      f('date', 'date-time', 'Қабылданған уақыты', 'Время принятия'),
      ...both('requirement', 'Кворум және қабылдау шарты', 'Кворум и условие принятия'),
      f('result', 'string', 'Нәтижесі (pass: қабылданды)', 'Результат (pass: принят)'),
      f('pdf_url', 'string', 'Актінің PDF құжаты', 'PDF-документ акта'),
      f('verification_url', 'string', 'Актінің түпнұсқалығын тексеру беті', 'Страница проверки подлинности акта'),
      ...stamps,
    ],
    rows: (data, publicUrl) =>
      data.adoptions.map((row) => {
        const m = inBoth(row, (r, lang) => toMotion(r, lang, publicUrl));
        return {
          id: m.kk.id,
          organization_id: m.kk.organization_id,
          legislative_session_id: m.kk.legislative_session_id,
          classification: m.kk.classification,
          text_kk: m.kk.text,
          text_ru: m.ru.text,
          date: m.kk.date,
          requirement_kk: m.kk.requirement,
          requirement_ru: m.ru.requirement,
          result: m.kk.result,
          pdf_url: m.kk.sources[0].url.replace(/\?lang=kk$/, ''),
          verification_url: m.kk.sources.find((s) => s.note === 'verification')?.url ?? null,
          ...stampsOf(m.kk),
        };
      }),
  },
  {
    name: 'vote_events',
    title: { kk: 'Дауыс берулер: дауыстар саны, кворум, нәтиже', ru: 'Голосования: число голосов, кворум, результат' },
    fields: [
      id({ kk: 'Дауыс берудің', ru: 'голосования' }),
      f('motion_id', 'string', 'Актінің идентификаторы (motions)', 'Идентификатор акта (motions)'),
      f('identifier', 'string', 'Актінің нөмірі (нөмір/жыл)', 'Номер акта (номер/год)'),
      f(
        'classification',
        'string',
        'Дауыс беру тәсілі: counts (саны енгізілді), roll_call (атаулы), electronic (электрондық), protocol (хаттамамен бекітілді, саны жоқ)',
        'Способ голосования: counts (введены числа), roll_call (поимённое), electronic (электронное), protocol (утверждено протоколом, без чисел)',
      ),
      f('start_date', 'date-time', 'Дауыс беру уақыты', 'Время голосования'),
      f('result', 'string', 'Нәтижесі (pass: қабылданды)', 'Результат (pass: принят)'),
      f('yes', 'integer', 'Қолдағандар', 'За'),
      f('no', 'integer', 'Қарсы', 'Против'),
      f('abstain', 'integer', 'Қалыс қалғандар', 'Воздержались'),
      f('not_voting', 'integer', 'Қатысып, дауыс бермегендер', 'Присутствовали, но не голосовали'),
      f(
        'absent',
        'integer',
        'Қатыспаған мүшелер (атаулы дауыс беруде)',
        'Отсутствовавшие члены (при поимённом голосовании)',
      ),
      f('present', 'integer', 'Қатысқан дауыс беретін мүшелер', 'Присутствовавшие голосующие члены'),
      f(
        'members',
        'integer',
        'Дауыс беретін мүшелер саны (атаулы дауыс беруде)',
        'Число голосующих членов (при поимённом голосовании)',
      ),
      f(
        'required',
        'integer',
        'Кворумға қажетті саны (атаулы дауыс беруде)',
        'Необходимое для кворума число (при поимённом голосовании)',
      ),
      f('quorum_reached', 'boolean', 'Кворум болды ма', 'Был ли кворум'),
    ],
    rows: (data) =>
      data.adoptions.map((row) => {
        const v = toVoteEvent(row);
        const count = (option: string) => v.counts.find((c) => c.option === option)?.value ?? null;
        return {
          id: v.id,
          motion_id: v.motion_id,
          identifier: v.identifier,
          classification: v.classification,
          start_date: v.start_date,
          result: v.result,
          yes: count('yes'),
          no: count('no'),
          abstain: count('abstain'),
          not_voting: count('not voting') ?? 0,
          absent: count('absent'),
          present: v.quorum?.present ?? null,
          members: v.quorum?.members ?? null,
          required: v.quorum?.required ?? null,
          quorum_reached: v.quorum?.reached ?? null,
        };
      }),
  },
  {
    name: 'votes',
    title: { kk: 'Атаулы дауыс берудегі әр мүшенің дауысы', ru: 'Голос каждого члена при поимённом голосовании' },
    fields: [
      f(
        'vote_event_id',
        'string',
        'Дауыс берудің идентификаторы (vote_events)',
        'Идентификатор голосования (vote_events)',
      ),
      f('voter_id', 'string', 'Дауыс берушінің идентификаторы (people)', 'Идентификатор голосовавшего (people)'),
      f(
        'option',
        'string',
        'Дауысы: yes (қолдаймын), no (қарсымын), abstain (қалыс), not voting (дауыс бермеді)',
        'Голос: yes (за), no (против), abstain (воздержался), not voting (не голосовал)',
      ),
      f(
        'role',
        'string',
        'Дауыс берудегі рөлі (Popolo): voter — дауыс беруші мүше',
        'Роль в голосовании (Popolo): voter — голосующий член',
      ),
    ],
    rows: (data) => data.votes.map((row) => ({ ...toVote(row) })),
  },
];
