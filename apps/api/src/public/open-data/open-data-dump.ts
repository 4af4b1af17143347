import JSZip from 'jszip';
import type { Language } from '@app/contracts';
import type { AdoptionRow, EventRow, OrganizationRow, PersonRow, VoteRow } from './open-data.repository';
import { toEvent, toMembership, toMotion, toOrganization, toPerson, toVote, toVoteEvent } from './popolo';

/**
 * The bulk download, in the way of the national open-data portal (data.egov.kz): one table per kind, UTF-8
 * CSV with a header row, and a passport naming every dataset and describing each of its fields in Kazakh
 * and Russian. The rows are the Popolo objects of the API with each text in both languages.
 */

export interface DumpRows {
  organizations: OrganizationRow[];
  people: PersonRow[];
  events: EventRow[];
  adoptions: AdoptionRow[];
  votes: VoteRow[];
}

type Cell = string | number | boolean | null;
type FieldType = 'string' | 'integer' | 'boolean' | 'date-time';

interface Field {
  name: string;
  type: FieldType;
  kk: string;
  ru: string;
}

interface Dataset {
  name: string;
  title: { kk: string; ru: string };
  fields: Field[];
  rows: (data: DumpRows, publicUrl: string) => Record<string, Cell>[];
}

const f = (name: string, type: FieldType, kk: string, ru: string): Field => ({ name, type, kk, ru });
const id = (what: { kk: string; ru: string }) =>
  f('id', 'string', `${what.kk} тұрақты идентификаторы`, `Постоянный идентификатор ${what.ru}`);
const both = (name: string, kk: string, ru: string): Field[] => [
  f(`${name}_kk`, 'string', `${kk} (қазақша)`, `${ru} (на казахском)`),
  f(`${name}_ru`, 'string', `${kk} (орысша)`, `${ru} (на русском)`),
];
const stamps: Field[] = [
  f('created_at', 'date-time', 'Жазба жасалған уақыт (UTC)', 'Время создания записи (UTC)'),
  f('updated_at', 'date-time', 'Жазба соңғы өзгертілген уақыт (UTC)', 'Время последнего изменения записи (UTC)'),
];

/** The `stamps` columns of a Popolo object. */
const stampsOf = (o: { created_at: string; updated_at: string }) => ({
  created_at: o.created_at,
  updated_at: o.updated_at,
});

/** The same object in Kazakh and in Russian. */
function inBoth<R, T>(row: R, make: (row: R, lang: Language) => T): { kk: T; ru: T } {
  return { kk: make(row, 'kk'), ru: make(row, 'ru') };
}

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
    ],
    rows: (data) => data.votes.map((row) => ({ ...toVote(row) })),
  },
];

const PASSPORT_FIELDS = ['dataset', 'title_kk', 'title_ru', 'field', 'type', 'description_kk', 'description_ru'];

/** RFC 4180: a field with a comma, a quote or a line break is quoted, quotes doubled; lines end in CRLF. */
export function csv(header: string[], rows: Cell[][]): string {
  const cell = (value: Cell): string => {
    const text = value === null ? '' : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return [header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

function passportRows(): Cell[][] {
  return DATASETS.flatMap((d) =>
    d.fields.map((field) => [d.name, d.title.kk, d.title.ru, field.name, field.type, field.kk, field.ru]),
  );
}

/** Every dataset's rows, as objects keyed by the passport's field names. */
export function datasetRows(data: DumpRows, publicUrl: string): Record<string, Record<string, Cell>[]> {
  return Object.fromEntries(DATASETS.map((d) => [d.name, d.rows(data, publicUrl)]));
}

/** The ZIP: `<dataset>.csv` for each dataset and `passport.csv`, every entry dated at the last public change. */
export async function dumpZip(data: DumpRows, publicUrl: string, changedAt: Date): Promise<Buffer> {
  const zip = new JSZip();
  const rows = datasetRows(data, publicUrl);
  for (const dataset of DATASETS) {
    const names = dataset.fields.map((field) => field.name);
    zip.file(
      `${dataset.name}.csv`,
      csv(
        names,
        rows[dataset.name].map((row) => names.map((name) => row[name] ?? null)),
      ),
      { date: changedAt },
    );
  }
  zip.file('passport.csv', csv(PASSPORT_FIELDS, passportRows()), { date: changedAt });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', platform: 'UNIX' });
}

/** The same as one JSON document: the passport, then each dataset's rows. */
export function dumpJson(data: DumpRows, publicUrl: string, changedAt: Date): Buffer {
  return Buffer.from(
    JSON.stringify({
      changed_at: changedAt.toISOString(),
      passport: DATASETS.map((d) => ({ dataset: d.name, title: d.title, fields: d.fields })),
      datasets: datasetRows(data, publicUrl),
    }),
  );
}
