// The benchmark's data set, loaded with a few bulk SQL statements: a 3-day forum with 60
// sessions and 200 speakers, 5,000 people across a region tree, 2,300 registrations, and a
// forum of 800 delegates checked in, each signed in on a phone (the votes by name).
// Every id is derived from md5(tag-kind-n) (made a valid version-4 UUID: the API validates
// ids), so the load generator and pgbench scripts can name rows without asking the
// database; the tag keeps runs on one server apart.
import { createHash, randomBytes } from 'node:crypto';

export const SIZE = {
  people: 5000,
  speakers: 200,
  registrations: 2300,
  rushCapacity: 1000,
  pgRegEvents: 10,
  voters: 800,
};

/** The id of row `n` of `kind`: md5 hex with the version nibble set to 4 and the variant to 8. */
export function idOf(tag, kind, n) {
  const md5 = createHash('md5').update(`${tag}-${kind}-${n}`).digest('hex');
  const h = `${md5.slice(0, 12)}4${md5.slice(13, 16)}8${md5.slice(17)}`;
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

const PLACES = [
  ['Бәйтерек', 'Байтерек'],
  ['Қаратөбе', 'Каратобе'],
  ['Сырым', 'Сырым'],
  ['Жаңақала', 'Жангала'],
  ['Теректі', 'Теректы'],
  ['Ақжайық', 'Акжаик'],
  ['Бөрлі', 'Бурли'],
  ['Шыңғырлау', 'Чингирлау'],
  ['Тасқала', 'Таскала'],
  ['Жәнібек', 'Жанибек'],
  ['Қазталов', 'Казталов'],
  ['Ақсу', 'Аксу'],
  ['Ұланды', 'Уланды'],
  ['Көктерек', 'Коктерек'],
];
const FIRST = [
  ['Асқар', 'Аскар'],
  ['Бауыржан', 'Бауыржан'],
  ['Гүлнар', 'Гульнар'],
  ['Дәурен', 'Даурен'],
  ['Ержан', 'Ержан'],
  ['Жанар', 'Жанар'],
  ['Қайрат', 'Кайрат'],
  ['Мәдина', 'Мадина'],
  ['Нұрлан', 'Нурлан'],
  ['Сәуле', 'Сауле'],
  ['Талғат', 'Талгат'],
  ['Әсем', 'Асем'],
  ['Ғалым', 'Галым'],
  ['Өмірзақ', 'Омирзак'],
];
const LAST = [
  ['Смағұлов', 'Смагулов'],
  ['Нұрмұхамбетов', 'Нурмухамбетов'],
  ['Қалиев', 'Калиев'],
  ['Жұмабаев', 'Жумабаев'],
  ['Ермеков', 'Ермеков'],
  ['Төлеуов', 'Тулеуов'],
  ['Сейітқали', 'Сейткали'],
  ['Бекмұхамедов', 'Бекмухамедов'],
  ['Ыбырайұлы', 'Ибраев'],
  ['Әбілқайыров', 'Абилкаиров'],
  ['Құдайбергенов', 'Кудайбергенов'],
];
const CATEGORIES =
  'rural_akim rural_akim rural_akim rural_akim rural_akim rural_akim rural_akim rural_akim deputy deputy deputy official official official district_akim district_akim maslikhat_chair association_member guest press'.split(
    ' ',
  );
const POSITIONS = {
  rural_akim: { kk: 'Ауылдық округ әкімі', ru: 'Аким сельского округа' },
  deputy: { kk: 'Мәслихат депутаты', ru: 'Депутат маслихата' },
  official: { kk: 'Бөлім басшысы', ru: 'Руководитель отдела' },
  district_akim: { kk: 'Аудан әкімі', ru: 'Аким района' },
  maslikhat_chair: { kk: 'Мәслихат хатшысы', ru: 'Секретарь маслихата' },
  association_member: { kk: 'Қауымдастық мүшесі', ru: 'Член ассоциации' },
  guest: { kk: 'Қонақ', ru: 'Гость' },
  press: { kk: 'Тілші', ru: 'Корреспондент' },
};
const ROOMS = ['Үлкен мәжіліс залы', 'Кіші зал', '№1 конференц-зал', 'Фойе'];

const text = (kk, ru) => ({ kk, ru });

/** The SQL for idOf(), from an expression giving `tag-kind-n`. */
const sqlId = (expr) => `overlay(overlay(md5(${expr}) placing '4' from 13) placing '8' from 17)::uuid`;

/** One day of the forum: 20 sessions, two of them sections of four parallel seminars each. */
function dayPlan(day) {
  const n = `${day + 1}-күн`;
  const last =
    day === 2
      ? ['adoption', text('Қарар қабылдау', 'Принятие резолюции')]
      : ['awards', text('Марапаттау', 'Награждение')];
  const top = [
    ['09:00', '09:30', day === 0 ? 'opening' : 'plenary', text(`Ашылу сөзі (${n})`, `Вступительное слово (${n})`), 0],
    ['09:30', '10:30', 'plenary', text(`Пленарлық отырыс (${n})`, `Пленарное заседание (${n})`), 0],
    ['10:30', '11:00', 'speech', text('Жергілікті бюджет туралы баяндама', 'Доклад о местном бюджете'), 0],
    ['11:00', '11:20', 'break', text('Кофе-брейк', 'Кофе-брейк'), 3],
    ['11:20', '13:00', 'panel', text('«Ауыл – Ел бесігі»: нәтижелер', '«Ауыл – Ел бесігі»: итоги'), 0],
    ['13:00', '14:00', 'break', text('Түскі ас', 'Обед'), 3],
    ['14:00', '16:00', 'seminar', text('Секция: ауыл шаруашылығы', 'Секция: сельское хозяйство'), 1, 'A'],
    ['14:00', '16:00', 'seminar', text('Секция: цифрландыру', 'Секция: цифровизация'), 2, 'B'],
    ['16:00', '16:20', 'break', text('Кофе-брейк', 'Кофе-брейк'), 3],
    ['16:20', '17:20', 'round_table', text('Дөңгелек үстел: жастар саясаты', 'Круглый стол: молодёжная политика'), 0],
    ['17:20', '17:50', 'speech', text('Ауыл әкімдерінің тәжірибесі', 'Опыт сельских акимов'), 0],
    ['17:50', '18:00', last[0], last[1], 0],
  ];
  const slots = ['14:00', '14:30', '15:00', '15:30', '16:00'];
  const sessions = [];
  for (const [from, to, kind, title, room, section] of top) {
    sessions.push({ from, to, kind, title, room: ROOMS[room], section: section ?? null, parent: null });
    for (let k = 0; section && k < 4; k++) {
      const topic = text(`${section}${k + 1}: семинар`, `${section}${k + 1}: семинар`);
      sessions.push({
        from: slots[k],
        to: slots[k + 1],
        kind: 'seminar',
        title: topic,
        room: ROOMS[room],
        parent: section,
      });
    }
  }
  return sessions;
}

function addDays(date, days) {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

async function insertRegions(db, tag) {
  const tops = (await db.query(`SELECT code, level, name FROM regions WHERE parent_code IS NULL ORDER BY code`)).rows;
  const districts = [];
  const rurals = [];
  let p = 0;
  for (const top of tops) {
    for (let i = 1; i <= (top.level === 'oblast' ? 9 : 4); i++) {
      const [kk, ru] = PLACES[p++ % PLACES.length];
      const code = `${top.code}-${tag}-${String(i).padStart(2, '0')}`;
      const district = { code, parent: top.code, level: 'district', path: `${top.code}/${code}`, top };
      district.name = text(`${kk} ауданы`, `Район ${ru}`);
      district.rurals = [];
      districts.push(district);
      for (let k = 1; top.level === 'oblast' && k <= 4; k++) {
        const [rkk, rru] = PLACES[(p + k * 5) % PLACES.length];
        const rural = {
          code: `${code}-${k}`,
          parent: code,
          level: 'rural_district',
          path: `${district.path}/${code}-${k}`,
        };
        rural.name = text(`${rkk} ауылдық округі`, `Сельский округ ${rru}`);
        district.rurals.push(rural.code);
        rurals.push(rural);
      }
    }
  }
  for (const rows of [districts, rurals]) {
    await db.query(
      `INSERT INTO regions (code, parent_code, level, name, path)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::jsonb[], $5::text[])`,
      [
        rows.map((r) => r.code),
        rows.map((r) => r.parent),
        rows.map((r) => r.level),
        rows.map((r) => JSON.stringify(r.name)),
        rows.map((r) => r.path),
      ],
    );
  }
  return { tops, districts, regionCount: districts.length + rurals.length };
}

/** An akimat per district, a maslikhat per top-level unit and the association of rural akims. */
async function insertOrganizations(db, tag, { tops, districts }) {
  const orgs = [
    {
      name: text('Қазақстан ауыл әкімдерінің қауымдастығы', 'Ассоциация сельских акимов Казахстана'),
      kind: 'association',
    },
    ...tops.map((t) => ({
      name: text(`${t.name.kk} мәслихаты`, `Маслихат: ${t.name.ru}`),
      kind: 'maslikhat',
      region: t.code,
    })),
    ...districts.map((d) => ({
      name: text(`${d.name.kk} әкімдігі`, `Акимат: ${d.name.ru}`),
      kind: 'akimat',
      region: d.code,
    })),
  ];
  orgs.forEach((o, i) => (o.id = idOf(tag, 'org', i + 1)));
  await db.query(
    `INSERT INTO organizations (id, name, kind, region_code)
     SELECT * FROM unnest($1::uuid[], $2::jsonb[], $3::text[], $4::text[])`,
    [
      orgs.map((o) => o.id),
      orgs.map((o) => JSON.stringify(o.name)),
      orgs.map((o) => o.kind),
      orgs.map((o) => o.region ?? null),
    ],
  );
  const organizers = [orgs[0].id, orgs.find((o) => o.region === 'KZ-27').id];
  return { organizers, akimats: orgs.slice(1 + tops.length).map((o) => o.id) };
}

/** 5,000 people: person i works in the akimat of district i mod D and lives in it, one of its rural districts or its oblast. */
async function insertPeople(db, tag, { districts }, akimats) {
  await db.query(
    `INSERT INTO people (id, full_name, position, organization_id, region_code, category, language)
     SELECT ${sqlId(`$1 || '-person-' || i`)},
            jsonb_build_object('kk', ($2::text[])[1 + i % f] || ' ' || ($4::text[])[1 + (i / f) % l],
                               'ru', ($3::text[])[1 + i % f] || ' ' || ($5::text[])[1 + (i / f) % l]),
            $6::jsonb -> cat, ($7::uuid[])[d], region, cat, CASE WHEN i % 10 < 7 THEN 'kk' ELSE 'ru' END
     FROM generate_series(1, $11::int) AS i,
          LATERAL (SELECT cardinality($2::text[]) AS f, cardinality($4::text[]) AS l,
                          1 + i % cardinality($7::uuid[]) AS d,
                          ($10::text[])[1 + (i * 7) % cardinality($10::text[])] AS cat) k,
          LATERAL (SELECT CASE WHEN i % 10 = 0 THEN split_part(($8::text[])[d], '/', 1)
                               WHEN i % 10 < 4 OR ($9::text[])[(d - 1) * 4 + 1] = '' THEN ($8::text[])[d]
                               ELSE ($9::text[])[(d - 1) * 4 + 1 + (i / 10) % 4] END AS path) x,
          LATERAL (SELECT regexp_replace(x.path, '^.*/', '') AS region) y`,
    [
      tag,
      FIRST.map((n) => n[0]),
      FIRST.map((n) => n[1]),
      LAST.map((n) => n[0]),
      LAST.map((n) => n[1]),
      JSON.stringify(POSITIONS),
      akimats,
      districts.map((d) => d.path),
      districts.flatMap((d) => [0, 1, 2, 3].map((k) => d.rurals[k] ?? '')),
      CATEGORIES,
      SIZE.people,
    ],
  );
}

async function insertEvent(db, { id, slug, title, capacity, date, organizers }) {
  const venue = {
    name: text('«Ақ Жайық» мәдениет сарайы', 'Дворец культуры «Ак Жайык»'),
    address: text('Орал қ., Достық даңғылы, 1', 'г. Уральск, проспект Достык, 1'),
    rooms: ROOMS,
  };
  await db.query(
    `INSERT INTO events (id, slug, kind, title, description, region_code, venue, starts_at, ends_at, time_zone,
       visibility, capacity, status, announced_at)
     VALUES ($1, $2, 'forum', $3, $4, 'KZ-27', $5, $6, $7, 'Asia/Almaty', 'public', $8, 'published', now())`,
    [
      id,
      slug,
      JSON.stringify(title),
      JSON.stringify(text('Ауыл әкімдерінің үш күндік форумы', 'Трёхдневный форум сельских акимов')),
      JSON.stringify(venue),
      `${date}T09:00:00+05:00`,
      `${addDays(date, 2)}T18:00:00+05:00`,
      capacity,
    ],
  );
  await db.query(
    `INSERT INTO event_organizers (event_id, organization_id, position)
     SELECT $1, id, ord - 1 FROM unnest($2::uuid[]) WITH ORDINALITY AS t(id, ord)`,
    [id, organizers],
  );
}

/** 60 sessions over 3 days; 200 speakers spread over the talks, a moderator for every session but breaks. */
async function insertAgenda(db, tag, eventId, date) {
  const sessions = [];
  for (let day = 0; day < 3; day++) {
    const sections = {};
    for (const s of dayPlan(day)) {
      const row = {
        id: idOf(tag, 'session', sessions.length + 1),
        event_id: eventId,
        kind: s.kind,
        title: s.title,
        description: s.kind === 'panel' ? text('Сұрақ-жауап бөлімімен', 'С вопросами из зала') : null,
        starts_at: `${addDays(date, day)}T${s.from}:00+05:00`,
        ends_at: `${addDays(date, day)}T${s.to}:00+05:00`,
        room: s.room,
        seats: s.section ? 150 : null,
        parent_id: s.parent ? sections[s.parent] : null,
      };
      if (s.section) {
        sections[s.section] = row.id;
      }
      sessions.push(row);
    }
  }
  const parents = new Set(sessions.map((s) => s.parent_id).filter(Boolean));
  const talks = sessions.filter((s) => s.kind !== 'break' && !parents.has(s.id));
  const person = (n) => idOf(tag, 'person', SIZE.people - SIZE.speakers + 1 + (n % SIZE.speakers));
  const people = [];
  for (let n = 0; n < SIZE.speakers; n++) {
    const session = talks[n % talks.length];
    people.push({
      session_id: session.id,
      person_id: person(n),
      role: 'speaker',
      position: Math.floor(n / talks.length),
      topic: text(`Баяндама №${n + 1}`, `Доклад №${n + 1}`),
      minutes: 7 + (n % 9),
    });
  }
  const moderated = sessions.filter((s) => s.kind !== 'break');
  moderated.forEach((s, i) => {
    people.push({
      session_id: s.id,
      person_id: person(i * 7),
      role: 'moderator',
      position: 0,
      topic: null,
      minutes: null,
    });
  });
  await db.query(
    `INSERT INTO sessions (id, event_id, parent_id, kind, title, description, starts_at, ends_at, room, seats)
     SELECT id, event_id, parent_id, kind, title, description, starts_at, ends_at, room, seats
     FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, event_id uuid, parent_id uuid, kind text, title jsonb,
       description jsonb, starts_at timestamptz, ends_at timestamptz, room text, seats int)
     ORDER BY parent_id NULLS FIRST`,
    [JSON.stringify(sessions)],
  );
  await db.query(
    `INSERT INTO session_people (session_id, person_id, role, position, topic, minutes)
     SELECT * FROM jsonb_to_recordset($1::jsonb)
       AS x(session_id uuid, person_id uuid, role text, position int, topic jsonb, minutes int)`,
    [JSON.stringify(people)],
  );
  return {
    sessions: sessions.length,
    days: 3,
    sections: parents.size,
    children: sessions.filter((s) => s.parent_id).length,
    speakerRows: SIZE.speakers,
    moderatorRows: moderated.length,
    distinctSpeakers: new Set(people.filter((p) => p.role === 'speaker').map((p) => p.person_id)).size,
  };
}

/** `count` registered people (persons 1..count) with badges `${badgePrefix}${n}`. */
async function insertRegistrations(db, tag, kind, eventId, badgePrefix, count) {
  await db.query(
    `INSERT INTO registrations (id, event_id, person_id, role, status, badge_code)
     SELECT ${sqlId(`$1 || '-' || $2 || '-' || i`)}, $3, ${sqlId(`$1 || '-person-' || i`)},
            CASE WHEN i % 50 = 0 THEN 'press' WHEN i % 23 = 0 THEN 'guest' ELSE 'delegate' END, 'registered', $4 || i
     FROM generate_series(1, $5::int) AS i`,
    [tag, kind, eventId, badgePrefix, count],
  );
}

/**
 * The voting forum's delegates (persons 1..count): registered, checked in at the door ten minutes
 * ago, and each signed in as a user of their own (a phone). Returns their bearer tokens, in order;
 * only their sha256 is stored, as the app stores sign-ins.
 */
async function insertVoters(db, tag, eventId, count) {
  await insertRegistrations(db, tag, 'vote-reg', eventId, `${tag}V`, count);
  await db.query(
    `INSERT INTO check_ins (event_id, registration_id, at)
     SELECT $1, id, now() - interval '10 minutes' FROM registrations WHERE event_id = $1`,
    [eventId],
  );
  const tokens = Array.from({ length: count }, () => randomBytes(32).toString('base64url'));
  await db.query(
    `WITH given AS (
       SELECT ${sqlId(`$1 || '-voter-' || i`)} AS id, ${sqlId(`$1 || '-person-' || i`)} AS person, i, hash
       FROM unnest($2::bytea[]) WITH ORDINALITY AS t(hash, i)
     ), made AS (
       INSERT INTO users (id, email, password_hash, person_id)
       SELECT id, 'bench-voter-' || lower($1) || '-' || i || '@example.kz', '!', person FROM given
     )
     INSERT INTO auth_sessions (user_id, token_hash, expires_at) SELECT id, hash, now() + interval '1 day' FROM given`,
    [tag, tokens.map((token) => createHash('sha256').update(token).digest())],
  );
  return tokens;
}

/**
 * Loads everything in one transaction. Events: the forum (agenda, check-ins, attendance),
 * an empty one with 1,000 seats for the registration rush, and the pgbench ones.
 */
export async function loadDataset(pool, tag) {
  const started = Date.now();
  const date = addDays(new Date().toISOString().slice(0, 10), 30);
  const slug = (name) => `bench-${tag.toLowerCase()}-${name}`;
  const events = {
    forum: idOf(tag, 'event', 'forum'),
    rush: idOf(tag, 'event', 'rush'),
    pgCheckin: idOf(tag, 'event', 'pgci'),
    vote: idOf(tag, 'event', 'vote'),
    pgRegistration: Array.from({ length: SIZE.pgRegEvents }, (_, i) => idOf(tag, 'pgreg', i)),
  };
  const db = await pool.connect();
  try {
    await db.query('BEGIN');
    const regions = await insertRegions(db, tag);
    const { organizers, akimats } = await insertOrganizations(db, tag, regions);
    await insertPeople(db, tag, regions, akimats);
    const title = (kk, ru) => text(`Ауыл әкімдерінің форумы: ${kk}`, `Форум сельских акимов: ${ru}`);
    const base = { date, organizers };
    await insertEvent(db, {
      ...base,
      id: events.forum,
      slug: slug('forum'),
      title: title('бағдарлама', 'программа'),
      capacity: 2500,
    });
    await insertEvent(db, {
      ...base,
      id: events.rush,
      slug: slug('rush'),
      title: title('тіркелу', 'регистрация'),
      capacity: SIZE.rushCapacity,
    });
    await insertEvent(db, {
      ...base,
      id: events.pgCheckin,
      slug: slug('pgci'),
      title: title('pgbench', 'pgbench'),
      capacity: 2500,
    });
    await insertEvent(db, {
      ...base,
      id: events.vote,
      slug: slug('vote'),
      title: title('қарар қабылдау', 'принятие резолюции'),
      capacity: 2500,
    });
    for (const [i, id] of events.pgRegistration.entries()) {
      await insertEvent(db, {
        ...base,
        id,
        slug: slug(`pgreg-${i}`),
        title: title('pgbench', 'pgbench'),
        capacity: SIZE.rushCapacity,
      });
    }
    const agenda = await insertAgenda(db, tag, events.forum, date);
    await insertRegistrations(db, tag, 'reg', events.forum, `${tag}R`, SIZE.registrations);
    await insertRegistrations(db, tag, 'pgci-reg', events.pgCheckin, `${tag}C`, SIZE.registrations);
    const voterTokens = await insertVoters(db, tag, events.vote, SIZE.voters);
    await db.query('COMMIT');
    await db.query(
      'ANALYZE regions, organizations, people, events, event_organizers, sessions, session_people, registrations, check_ins, check_in_clients, users, auth_sessions',
    );
    return {
      tag,
      events,
      forumSlug: slug('forum'),
      agenda,
      regions: regions.regionCount,
      badges: Array.from({ length: SIZE.registrations }, (_, i) => `${tag}R${i + 1}`),
      rushPeople: Array.from({ length: SIZE.registrations }, (_, i) => idOf(tag, 'person', i + 1)),
      voterTokens,
      seconds: (Date.now() - started) / 1000,
    };
  } catch (error) {
    await db.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    db.release();
  }
}

/** Removes this run's rows from a shared server (DATABASE_URL); the embedded one is thrown away whole. */
export async function removeDataset(pool, tag, events) {
  const ids = [events.forum, events.rush, events.pgCheckin, events.vote, ...events.pgRegistration];
  // The votes scenario's poll holds its event (ON DELETE RESTRICT) and a poll is never deleted (the
  // polls_fixed trigger): its rows go with the user triggers off, foreign keys' included, so by name.
  const db = await pool.connect();
  try {
    await db.query('BEGIN');
    await db.query(`SET LOCAL session_replication_role = replica`);
    const polls = `SELECT id FROM polls WHERE event_id = ANY($1::uuid[])`;
    await db.query(`DELETE FROM poll_votes WHERE poll_id IN (${polls})`, [ids]);
    await db.query(`DELETE FROM poll_voters WHERE poll_id IN (${polls})`, [ids]);
    await db.query(`UPDATE resolutions SET poll_id = NULL WHERE event_id = ANY($1::uuid[])`, [ids]);
    await db.query(`DELETE FROM polls WHERE event_id = ANY($1::uuid[])`, [ids]);
    await db.query('COMMIT');
  } catch (error) {
    await db.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    db.release();
  }
  await pool.query(`DELETE FROM resolutions WHERE event_id = ANY($1::uuid[])`, [ids]);
  await pool.query(`DELETE FROM users WHERE email LIKE $1`, [`bench-voter-${tag.toLowerCase()}-%`]);
  // Before their events: the seat count trigger (count_seats) fails on a registration deleted by the
  // event's cascade, its event's count being gone first (it inserts one with a null event).
  await pool.query(`DELETE FROM registrations WHERE event_id = ANY($1::uuid[])`, [ids]);
  await pool.query(`DELETE FROM events WHERE id = ANY($1::uuid[])`, [ids]);
  await pool.query(
    `DELETE FROM people WHERE id IN (SELECT ${sqlId(`$1 || '-person-' || i`)} FROM generate_series(1, $2::int) i)`,
    [tag, SIZE.people],
  );
  await pool.query(
    `DELETE FROM organizations WHERE id IN (SELECT ${sqlId(`$1 || '-org-' || i`)} FROM generate_series(1, 1000) i)`,
    [tag],
  );
  await pool.query(`DELETE FROM regions WHERE level = 'rural_district' AND code LIKE $1`, [`%-${tag}-%`]);
  await pool.query(`DELETE FROM regions WHERE level = 'district' AND code LIKE $1`, [`%-${tag}-%`]);
}
