import type { Agenda, AgendaSession } from '@app/contracts';
import { request as httpRequest } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { agendaFixture } from '../support/agenda.fixture';
import {
  atDayFromNow,
  bulkPeople,
  createOrganization,
  createPerson,
  dayFromNow,
  eventBody,
  publishedEvent,
  UNDER_WAY_SINCE,
  underWay,
  userAs,
  userWith,
} from '../support/factories';
import { recordQueries } from '../support/query-counter';
import { startTestApp, type TestApp } from '../support/test-app';
import { withClient } from '../support/test-database';
import { descendants, parseXml } from '../support/xml';

const BUDGET = 30 * 1024;
const ALMATY = 'almaty-oblast-rural-akims-forum';
const ORAL = 'oral-offsite-session-qaladan-auylga';
const WKO = 'wko-rural-akims-forum';

interface Wire {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** Bytes of the status line, the headers and the body as they crossed the socket. */
  wireBytes: number;
  html: string;
}

/** GET as a browser on a slow link does it (br or gzip accepted) and counts what is transferred. */
function fetchOnTheWire(baseUrl: string, path: string, headers: Record<string, string> = {}): Promise<Wire> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${baseUrl}${path}`, { headers: { 'accept-encoding': 'br, gzip', ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const body = Buffer.concat(chunks);
        let head = `HTTP/1.1 ${res.statusCode} ${res.statusMessage}\r\n`;
        for (let i = 0; i < res.rawHeaders.length; i += 2) {
          head += `${res.rawHeaders[i]}: ${res.rawHeaders[i + 1]}\r\n`;
        }
        head += '\r\n';
        const encoding = res.headers['content-encoding'];
        const plain = encoding === 'br' ? brotliDecompressSync(body) : encoding === 'gzip' ? gunzipSync(body) : body;
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          wireBytes: Buffer.byteLength(head) + body.length,
          html: plain.toString('utf8'),
        });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

const count = (text: string, pattern: RegExp): number => text.match(pattern)?.length ?? 0;

/**
 * A 3-day forum of 60 sessions (each day a section of three parallel seminars) and 200 speakers, written
 * straight into the tables: the texts are those of the agenda fixture (real titles, positions and topics of
 * the reference forums) varied by number and village, so the page weighs what a real one would.
 */
async function seedLargeForum(t: TestApp, eventId: string): Promise<void> {
  const kk = agendaFixture('kk');
  const ru = agendaFixture('ru');
  const flat = (agenda: Agenda): AgendaSession[] =>
    agenda.days.flatMap((d) => d.sessions.flatMap((s) => [s, ...s.children]));
  const [kkSessions, ruSessions] = [flat(kk), flat(ru)];
  const kkPeople = kkSessions.flatMap((s) => [...s.moderators, ...s.speakers]);
  const ruPeople = ruSessions.flatMap((s) => [...s.moderators, ...s.speakers]);
  const kkTopics = kkSessions.flatMap((s) => s.speakers.map((p) => p.topic)).filter((x): x is string => !!x);
  const ruTopics = ruSessions.flatMap((s) => s.speakers.map((p) => p.topic)).filter((x): x is string => !!x);
  // Deterministic but varied: every speaker gets their own name, village and topic, as on a real programme,
  // so the compressor finds no more repetition than a real page offers.
  let seed = 7;
  const random = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const syllables = [
    'ақ',
    'қара',
    'жаң',
    'көк',
    'сары',
    'ұзын',
    'бес',
    'таң',
    'өзек',
    'тал',
    'бұлақ',
    'тоғай',
    'шоқы',
    'жар',
    'сай',
    'құдық',
  ];
  const village = (): string => {
    const word = Array.from({ length: 2 + Math.floor(random() * 2) }, () => pick(syllables)).join('');
    return word[0].toUpperCase() + word.slice(1);
  };
  const firstNames = [
    'Айгүл',
    'Нұрлан',
    'Ержан',
    'Гүлмира',
    'Серік',
    'Әсел',
    'Бауыржан',
    'Жанар',
    'Қайрат',
    'Ләззат',
    'Мұрат',
    'Дина',
    'Асхат',
    'Салтанат',
    'Ерлан',
    'Гүлнар',
    'Талғат',
    'Мәдина',
    'Данияр',
    'Роза',
  ];
  const lastNames = [
    'Сейітов',
    'Құрманов',
    'Әбдірахманов',
    'Төлегенов',
    'Жұмабаев',
    'Оспанов',
    'Нұрланов',
    'Байжанов',
    'Смағұлов',
    'Ысқақов',
    'Тұрсынов',
    'Мұқанов',
    'Есенов',
    'Қалиев',
    'Әлімбеков',
    'Дүйсенов',
    'Ермеков',
  ];
  const words = [
    'ауылдың',
    'әлеуметтік',
    'инфрақұрылымын',
    'дамыту',
    'жергілікті',
    'бюджеттің',
    'кірісін',
    'арттыру',
    'жастарды',
    'жұмыспен',
    'қамту',
    'ауыз',
    'суымен',
    'қамтамасыз',
    'ету',
    'жолдарды',
    'жөндеу',
    'шағын',
    'несие',
    'беру',
    'мал',
    'шаруашылығын',
    'жайылымдарды',
    'тиімді',
    'пайдалану',
    'тұрғындармен',
    'кері',
    'байланыс',
    'цифрлық',
    'қызметтер',
    'мектеп',
    'пен',
    'емхана',
    'құрылысы',
    'жер',
    'қатынастары',
    'мемлекеттік',
    'сатып',
    'алу',
    'тәжірибесі',
    'бойынша',
    'нәтижелері',
    'мәселелері',
    'жоспары',
  ];
  const topic = (): string => {
    const text = Array.from({ length: 4 + Math.floor(random() * 6) }, () => pick(words)).join(' ');
    return text[0].toUpperCase() + text.slice(1);
  };
  const people = Array.from({ length: 200 }, (_, i) => {
    const place = village();
    const name = `${pick(firstNames)} ${pick(lastNames)}`;
    const model = i % 3 === 0 ? null : { kk: kkPeople[i % kkPeople.length], ru: ruPeople[i % ruPeople.length] };
    return {
      email: `speaker-${i}@large-forum.test`,
      fullName: { kk: name, ru: name },
      position: model
        ? { kk: `${model.kk.position}, ${place} ауылы`, ru: `${model.ru.position}, село ${place}` }
        : { kk: `${place} ауылдық округінің әкімі`, ru: `аким сельского округа ${place}` },
    };
  });
  const personIds = await bulkPeople(t, people.length, (n) => ({ ...people[n - 1], category: 'rural_akim' }));
  await withClient(t.databaseUrl, async (client) => {
    // Each day: 16 sessions of 25 minutes from 09:00, then a section holding three parallel seminars.
    const speakingSessions: string[] = [];
    for (let day = 0; day < 3; day += 1) {
      const date = `2027-04-0${day + 1}`;
      const at = (minutes: number) =>
        `${date}T${String(9 + Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00+05:00`;
      for (let n = 0; n < 16; n += 1) {
        const model = n % kkSessions.length;
        const kind = ['plenary', 'speech', 'panel', 'round_table'][n % 4];
        const { rows } = await client.query(
          `INSERT INTO sessions (event_id, kind, title, starts_at, ends_at, room) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
          [
            eventId,
            kind,
            { kk: `${kkSessions[model].title} (${n + 1})`, ru: `${ruSessions[model].title} (${n + 1})` },
            at(n * 30),
            at(n * 30 + 25),
            n % 2 ? 'Кіші зал' : 'Үлкен мәжіліс залы',
          ],
        );
        speakingSessions.push(rows[0].id);
      }
      const section = await client.query(
        `INSERT INTO sessions (event_id, kind, title, starts_at, ends_at) VALUES ($1, 'seminar', $2, $3, $4) RETURNING id`,
        [eventId, { kk: 'Семинар-тренингтер', ru: 'Семинары-тренинги' }, at(8 * 60), at(9 * 60 + 30)],
      );
      for (let n = 0; n < 3; n += 1) {
        const { rows } = await client.query(
          `INSERT INTO sessions (event_id, parent_id, kind, title, starts_at, ends_at, room, seats)
           VALUES ($1, $2, 'seminar', $3, $4, $5, $6, 40) RETURNING id`,
          [
            eventId,
            section.rows[0].id,
            { kk: kkSessions[4 + (n % 2)].title, ru: ruSessions[4 + (n % 2)].title },
            at(8 * 60),
            at(9 * 60 + 30),
            `№${n + 1} конференц-зал`,
          ],
        );
        speakingSessions.push(rows[0].id);
      }
    }
    // 200 speakers over the 57 sessions with speakers, in speaking order; a moderator for every third session.
    const rows = personIds.map((personId, i) => ({
      session: speakingSessions[i % speakingSessions.length],
      person: personId,
      role: 'speaker',
      position: Math.floor(i / speakingSessions.length),
      topic:
        i % 4 === 3
          ? null
          : i % 4 === 2
            ? { kk: kkTopics[i % kkTopics.length], ru: ruTopics[i % ruTopics.length] }
            : { kk: topic(), ru: ruTopics[i % ruTopics.length] },
      minutes: [5, 7, 10, 15][i % 4],
    }));
    const moderators = speakingSessions
      .filter((_, i) => i % 3 === 0)
      .map((session, i) => ({
        session,
        person: personIds[(i * 7 + 3) % 200],
        role: 'moderator',
        position: 0,
        topic: null,
        minutes: null,
      }));
    await client.query(
      `INSERT INTO session_people (session_id, person_id, role, position, topic, minutes)
       SELECT (r->>'session')::uuid, (r->>'person')::uuid, r->>'role', (r->>'position')::int, r->'topic',
              (r->>'minutes')::int
       FROM jsonb_array_elements($1::jsonb) r`,
      [JSON.stringify([...rows, ...moderators])],
    );
  });
}

describe('public pages', () => {
  let t: TestApp;
  let organizer: string;
  let orgId: string;
  let hostileSlug: string;
  let draftSlug: string;
  let inviteOnlySlug: string;
  let largeSlug: string;

  beforeAll(async () => {
    t = await startTestApp({ DEMO_DATA: 'true' });
    const org = await createOrganization(t, { name: { kk: 'Тест әкімдігі', ru: 'Тестовый акимат' } });
    orgId = org.id;
    organizer = await userWith(t, [{ role: 'organizer', kind: 'organization', id: org.id }]);
    const create = async (
      overrides: Record<string, unknown>,
      publish: boolean,
    ): Promise<{ id: string; slug: string }> => {
      const created = await t.client.post('/api/v1/events', eventBody([org.id], overrides), { token: organizer });
      expect(created.status).toBe(201);
      if (publish) {
        expect(
          (await t.client.post(`/api/v1/events/${created.body.id}/publish`, undefined, { token: organizer })).status,
        ).toBe(200);
      }
      return created.body;
    };
    hostileSlug = (
      await create(
        {
          slug: 'hostile',
          title: { kk: '<script>alert("kk")</script>', ru: '<script>alert("ru")</script>' },
          venue: { name: { kk: '"><img src=x onerror=alert(1)>', ru: 'Зал' } },
          // Upcoming whenever the suite runs: the list of forums shows only those.
          startsAt: `${dayFromNow(60)}T10:00:00+05:00`,
          endsAt: `${dayFromNow(60)}T18:00:00+05:00`,
        },
        true,
      )
    ).slug;
    draftSlug = (await create({ slug: 'draft-forum' }, false)).slug;
    inviteOnlySlug = (await create({ slug: 'closed-doors', visibility: 'invite_only' }, true)).slug;
    const large = await create(
      {
        slug: 'three-day-forum',
        title: { kk: agendaFixture('kk').event.title, ru: agendaFixture('ru').event.title },
        startsAt: '2027-04-01T09:00:00+05:00',
        endsAt: '2027-04-03T19:00:00+05:00',
      },
      true,
    );
    largeSlug = large.slug;
    await seedLargeForum(t, large.id);
  });
  afterAll(async () => {
    await t.close();
  });

  describe('the list of forums at /', () => {
    it('lists upcoming published public forums soonest first, in Kazakh by default, with sign-in and my registrations', async () => {
      const page = await t.client.get('/');
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(page.text.startsWith('<!doctype html><html lang="kk">')).toBe(true);
      expect(page.text).toContain('<h1>Алдағы форумдар</h1>');
      const almaty = page.text.indexOf(`href="/events/${ALMATY}"`);
      const wko = page.text.indexOf(`href="/events/${WKO}"`);
      expect(almaty).toBeGreaterThan(0);
      expect(wko).toBeGreaterThan(0);
      // Soonest first: Almaty's forum is 21 days ahead in the demo data, the WKO one 30.
      expect(almaty).toBeLessThan(wko);
      expect(page.text).toContain('Алматы облысы ауыл әкімдерінің алғашқы форумы');
      // The Oral session was held (closed); drafts and invite-only events are not for the public.
      expect(page.text).not.toContain(`/events/${ORAL}"`);
      expect(page.text).not.toContain(`/events/${draftSlug}"`);
      expect(page.text).not.toContain(`/events/${inviteOnlySlug}"`);
      expect(page.text).toContain('href="/login?next=%2F"');
      expect(page.text).toContain('href="/my"');
      expect(page.text).not.toMatch(/<script(?! type="application\/ld\+json">)/i);
    });

    it('filters by region (with the regions below it) and kind through a plain GET form', async () => {
      const almatyOblast = await t.client.get('/?region=KZ-19');
      expect(almatyOblast.text).toContain(`/events/${ALMATY}"`);
      expect(almatyOblast.text).not.toContain(`/events/${WKO}"`);
      expect(almatyOblast.text).toContain('<option value="KZ-19" selected>');
      const offsite = await t.client.get('/?kind=offsite_session&lang=ru');
      expect(offsite.text).toContain('По выбранному фильтру предстоящих форумов нет.');
      expect(offsite.text).toContain('<option value="offsite_session" selected>Выездное заседание</option>');
      // The filter's values keep through a change of language.
      expect(almatyOblast.text).toContain('href="?region=KZ-19&amp;lang=ru"');
      // Nonsense in the query is ignored, not answered with a JSON error.
      const nonsense = await t.client.get('/?region=%3Cscript%3E&kind=party&limit=-1');
      expect(nonsense.status).toBe(200);
      expect(nonsense.text).toContain(`/events/${ALMATY}"`);
      expect(nonsense.text).not.toContain('<script>');
    });

    it('remembers the language chosen with ?lang= in the cookie the web app shares', async () => {
      const ru = await t.client.get('/?lang=ru');
      expect(ru.text).toContain('<html lang="ru">');
      expect(ru.text).toContain('<h1>Предстоящие форумы</h1>');
      expect(ru.headers.get('set-cookie')).toContain('akim_lang=ru; Path=/');
      expect(ru.headers.get('cache-control')).toBe('private, max-age=60');
      const again = await t.client.get('/', { headers: { cookie: 'akim_lang=ru' } });
      expect(again.text).toContain('<html lang="ru">');
      expect(again.headers.get('set-cookie')).toBeNull();
      expect(again.headers.get('vary')).toContain('cookie');
      expect(again.text).toContain('lang="ru" hreflang="ru" aria-current="true">Русский</a>');
      const en = await t.client.get('/events/' + ALMATY, { headers: { cookie: 'akim_lang=en' } });
      expect(en.text).toContain('<html lang="en">');
      expect(en.text).toContain('<h1>First forum of rural akims of Almaty oblast</h1>');
    });

    it("speaks the reader's language: ?lang=, then the remembered choice, then the signed-in person's, then Accept-Language", async () => {
      const ruBrowser = { 'accept-language': 'ru-RU,ru;q=0.9,en-US;q=0.8,en;q=0.7' };
      const ru = await t.client.get('/', { headers: ruBrowser });
      expect(ru.text.startsWith('<!doctype html><html lang="ru">')).toBe(true);
      expect(ru.text).toContain('<h1>Предстоящие форумы</h1>');
      expect(ru.headers.get('set-cookie')).toBeNull();
      // Shared caches keep one copy per language asked.
      expect(ru.headers.get('vary')).toContain('accept-language');
      expect(ru.headers.get('cache-control')).toBe('public, max-age=60');
      const forum = await t.client.get(`/events/${ALMATY}`, { headers: { 'accept-language': 'en-GB,en;q=0.9' } });
      expect(forum.text).toContain('<html lang="en">');
      expect(forum.text).toContain('<h1>First forum of rural akims of Almaty oblast</h1>');
      // An explicit choice wins over the browser: ?lang=, or the cookie it left.
      const kk = await t.client.get('/?lang=kk', { headers: ruBrowser });
      expect(kk.text).toContain('<html lang="kk">');
      expect(kk.text).toContain('<h1>Алдағы форумдар</h1>');
      const remembered = await t.client.get('/', { headers: { ...ruBrowser, cookie: 'akim_lang=kk' } });
      expect(remembered.text).toContain('<html lang="kk">');
      const enRemembered = await t.client.get(`/events/${ALMATY}`, {
        headers: { ...ruBrowser, cookie: 'akim_lang=en' },
      });
      expect(enRemembered.text).toContain('<html lang="en">');
      // Languages the product does not have are passed over; nothing usable at all is Kazakh.
      expect((await t.client.get('/', { headers: { 'accept-language': 'de-DE,ru;q=0.5' } })).text).toContain(
        '<html lang="ru">',
      );
      expect((await t.client.get('/', { headers: { 'accept-language': 'de-DE,fr;q=0.5' } })).text).toContain(
        '<html lang="kk">',
      );
      // A signed-in person whose own language is Russian reads Russian in an English browser, kept from shared caches.
      const created = await t.client.post(
        '/api/v1/users',
        { email: 'ru-reader@test.kz', password: 'password-123', language: 'ru' },
        { token: await t.adminToken() },
      );
      expect(created.status).toBe(201);
      const reader = await t.client.login('ru-reader@test.kz', 'password-123');
      const mine = await t.client.get('/', { token: reader, headers: { 'accept-language': 'en' } });
      expect(mine.text).toContain('<html lang="ru">');
      expect(mine.headers.get('cache-control')).toBe('private, max-age=60');
      const chosen = await t.client.get('/', { token: reader, headers: { cookie: 'akim_lang=kk' } });
      expect(chosen.text).toContain('<html lang="kk">');
    });
  });

  describe('a forum at /events/:slug', () => {
    it('shows the forum and its whole agenda in Kazakh, with the calendar, PDF and registration links working', async () => {
      const page = await t.client.get(`/events/${ALMATY}`);
      expect(page.status).toBe(200);
      expect(page.text).toContain('<html lang="kk">');
      expect(count(page.text, /<h1[ >]/g)).toBe(1);
      expect(page.text).toContain('<h1>Алматы облысы ауыл әкімдерінің алғашқы форумы</h1>');
      expect(page.text).toContain('<h2 id="d1">1-күн · <time datetime=');
      expect(page.text).toContain('Пленарлық отырыс');
      expect(page.text).toContain('<ul class="par" aria-label="Қатар өтетін сессиялар">');
      expect(page.text).toMatch(/<time datetime="\d{4}-\d\d-\d\dT10:00:00\+05:00">10:00<\/time>/);
      expect(page.text).toContain('Қонаев қаласы');
      const api = await t.client.get(`/api/v1/events/${ALMATY}/agenda?lang=kk`);
      const sessions = api.body.days.flatMap((d: { sessions: AgendaSession[] }) =>
        d.sessions.flatMap((s) => [s, ...s.children]),
      );
      for (const session of sessions) {
        expect(page.text).toContain(session.title.replace(/"/g, '&quot;').replace(/'/g, '&#39;'));
      }
      const id = api.body.event.id;
      expect(page.text).toContain(`href="/my?register=${id}"`);
      for (const link of [`/api/v1/events/${id}/agenda.ics?lang=kk`, `/api/v1/events/${id}/agenda.pdf?lang=kk`]) {
        expect(page.text).toContain(`href="${link}"`);
        expect((await t.client.get(link)).status).toBe(200);
      }
      expect(page.headers.get('cache-control')).toBe('public, max-age=60');
      expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
      // No script runs (the one <script> is the JSON-LD data block), no event handler attributes.
      expect(page.text).not.toMatch(/<script(?! type="application\/ld\+json">)|\son[a-z]+=/i);
    });

    it('is built from a few queries, whatever the size of the agenda', async () => {
      const queries = await recordQueries(t.app, async () => {
        expect((await t.client.get(`/events/${largeSlug}`)).status).toBe(200);
      });
      // A cold agenda (AgendaService: its version, the event, its sessions, their people, their public materials),
      // the adopted resolutions, the published protocols (their seals' codes only when there are some) and the public
      // materials with their versions (one query); a warm agenda skips all but the version.
      expect(queries.length).toBeLessThanOrEqual(8);
      const warm = await recordQueries(t.app, async () => {
        expect((await t.client.get(`/events/${largeSlug}`)).status).toBe(200);
      });
      expect(warm.length).toBeLessThanOrEqual(4);
    });

    it('lists the adopted resolutions of a held forum, linking their PDF', async () => {
      const page = await t.client.get(`/events/${ORAL}?lang=ru`);
      expect(page.status).toBe(200);
      expect(page.text).toContain('<h2 id="res">Принятые постановления</h2>');
      expect(page.text).toContain('Форум состоялся');
      expect(page.text).not.toContain('/my?register=');
      const link = /href="(\/api\/v1\/resolutions\/[0-9a-f-]{36}\.pdf\?lang=ru)"/.exec(page.text)?.[1];
      expect(link).toBeDefined();
      const pdf = await t.client.get(link!);
      expect(pdf.status).toBe(200);
      expect(pdf.headers.get('content-type')).toBe('application/pdf');
      // A forum without adopted resolutions has no such section.
      expect((await t.client.get(`/events/${ALMATY}?lang=ru`)).text).not.toContain('Принятые постановления');
    });

    it('escapes a hostile title and venue', async () => {
      const page = await t.client.get(`/events/${hostileSlug}`);
      expect(page.status).toBe(200);
      expect(page.text).toContain('<h1>&lt;script&gt;alert(&quot;kk&quot;)&lt;/script&gt;</h1>');
      expect(page.text).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
      expect(page.text).not.toContain('<script>alert');
      expect(page.text).not.toContain('<img');
      const list = await t.client.get('/');
      expect(list.text).toContain('&lt;script&gt;alert(&quot;kk&quot;)&lt;/script&gt;');
      expect(list.text).not.toContain('<script>alert');
    });

    it('answers an unknown, draft or invite-only forum with a 404 page in the reader language', async () => {
      for (const slug of ['no-such-forum', draftSlug, inviteOnlySlug]) {
        const page = await t.client.get(`/events/${slug}?lang=ru`);
        expect(page.status).toBe(404);
        expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
        expect(page.text).toContain('<html lang="ru">');
        expect(page.text).toContain('<h1>Страница не найдена</h1>');
        expect(page.headers.get('etag')).toBeNull();
      }
      const kk = await t.client.get('/events/%3Cb%3Ex%3C%2Fb%3E');
      expect(kk.status).toBe(404);
      expect(kk.text).toContain('<h1>Бет табылмады</h1>');
      expect(kk.text).not.toContain('<b>x</b>');
      // The draft's own organizers may preview it; that page is theirs only, never in a shared cache.
      const preview = await t.client.get(`/events/${draftSlug}`, { token: organizer });
      expect(preview.status).toBe(200);
      expect(preview.headers.get('cache-control')).toBe('private, no-cache');
      const stranger = await userWith(t, []);
      expect((await t.client.get(`/events/${draftSlug}`, { token: stranger })).status).toBe(404);
    });

    it('carries an ETag and answers 304 to If-None-Match; another language is another representation', async () => {
      const first = await t.client.get(`/events/${ALMATY}`);
      const etag = first.headers.get('etag');
      expect(etag).toMatch(/^W\/".+"$/);
      const again = await t.client.get(`/events/${ALMATY}`, { headers: { 'if-none-match': etag! } });
      expect(again.status).toBe(304);
      expect(again.text).toBe('');
      expect(again.headers.get('etag')).toBe(etag);
      const ru = await t.client.get(`/events/${ALMATY}`, {
        headers: { 'if-none-match': etag!, cookie: 'akim_lang=ru' },
      });
      expect(ru.status).toBe(200);
      expect(ru.headers.get('etag')).not.toBe(etag);
      const list = await t.client.get('/');
      expect((await t.client.get('/', { headers: { 'if-none-match': list.headers.get('etag')! } })).status).toBe(304);
    });

    it('shows a change of its agenda or of its adopted resolutions at the next request', async () => {
      const event = await publishedEvent(t, organizer, [orgId], { slug: 'kept-page' });
      const session = await t.client.post(
        `/api/v1/events/${event.id}/sessions`,
        {
          kind: 'plenary',
          title: { kk: 'Бірінші отырыс', ru: 'Первое заседание' },
          // On the forum's day (publishedEvent's default).
          startsAt: atDayFromNow(30, '10:00'),
          endsAt: atDayFromNow(30, '12:00'),
        },
        { token: organizer },
      );
      const before = await t.client.get('/events/kept-page?lang=ru');
      expect(before.text).toContain('Первое заседание');
      expect((await t.client.get('/events/kept-page?lang=ru')).text).toBe(before.text);

      await t.client.patch(
        `/api/v1/sessions/${session.body.id}`,
        { title: { kk: 'Ашылу', ru: 'Открытие форума' } },
        { token: organizer },
      );
      const renamed = await t.client.get('/events/kept-page?lang=ru');
      expect(renamed.text).toContain('Открытие форума');
      expect(renamed.text).not.toContain('Первое заседание');
      expect(renamed.headers.get('etag')).not.toBe(before.headers.get('etag'));

      // Adopted resolutions do not touch the agenda's version: adopted here as another instance would.
      await withClient(t.databaseUrl, (c) =>
        c.query(
          `INSERT INTO resolutions (event_id, title, status, number, year, adopted_at, chair_id, place)
           VALUES ($1, '{"kk": "Жаңа қаулы", "ru": "Новое постановление"}', 'adopted', 1, 2027, now(),
                   (SELECT id FROM people LIMIT 1), '{"kk": "Орал қаласы", "ru": "г. Уральск"}')`,
          [event.id],
        ),
      );
      const adopted = await t.client.get('/events/kept-page?lang=ru');
      expect(adopted.text).toContain('Новое постановление');
      expect(adopted.text).toContain('Открытие форума');
    });

    it('keeps the API routes that share the first path segment under /api/v1', async () => {
      const event = await t.client.get(`/api/v1/events/${ALMATY}`);
      expect(event.status).toBe(200);
      expect(event.body.slug).toBe(ALMATY);
      const compliance = await t.client.get('/api/v1/events/compliance', { token: await t.adminToken() });
      expect(compliance.status).toBe(200);
      expect(compliance.body.totals).toBeDefined();
    });
  });

  describe('the protocols of a forum', () => {
    const slug = 'recorded-forum';
    let secretary: string;
    let chairToken: string;
    const sessions: string[] = [];
    let chair: { id: string };
    let clerk: { id: string };

    /** A protocol of the forum (or of one of its sessions) signed by both: approved, numbered and sealed. */
    const approved = async (body: Record<string, unknown>): Promise<{ id: string; number: string }> => {
      const eventId = (await t.client.get(`/api/v1/events/${slug}`)).body.id as string;
      const created = await t.client.post(`/api/v1/events/${eventId}/protocols`, body, { token: secretary });
      expect(created.status).toBe(201);
      return signed(created.body.id);
    };
    const signed = async (id: string): Promise<{ id: string; number: string }> => {
      expect((await t.client.post(`/api/v1/protocols/${id}/sign`, undefined, { token: chairToken })).status).toBe(200);
      const done = await t.client.post(`/api/v1/protocols/${id}/sign`, undefined, { token: secretary });
      expect(done.body.status).toBe('approved');
      return { id, number: done.body.number };
    };
    const publish = async (id: string): Promise<void> => {
      expect((await t.client.post(`/api/v1/protocols/${id}/publish`, undefined, { token: organizer })).status).toBe(
        200,
      );
    };
    const codeOf = async (id: string): Promise<string> => {
      const [{ code }] = (
        await withClient(t.databaseUrl, (c) => c.query(`SELECT code FROM act_seals WHERE act_id = $1`, [id]))
      ).rows as { code: string }[];
      return code.replace('-', '').replace(/^(.{5})/, '$1-');
    };

    beforeAll(async () => {
      const event = await publishedEvent(t, organizer, [orgId], { ...underWay(), slug });
      chair = await createPerson(t, 'Төраға Тестұлы', { email: 'chair.private@test.kz', phone: '+77015550101' });
      clerk = await createPerson(t, 'Хатшы Тестқызы', { email: 'clerk.private@test.kz', phone: '+77015550102' });
      const session = async (title: { kk: string; ru: string }, startsAt: string, endsAt: string): Promise<void> => {
        const created = await t.client.post(
          `/api/v1/events/${event.id}/sessions`,
          { kind: 'round_table', title, startsAt, endsAt, moderatorIds: [chair.id] },
          { token: organizer },
        );
        expect(created.status).toBe(201);
        sessions.push(created.body.id);
      };
      await session(
        { kk: 'Жалпы отырыс', ru: 'Общее заседание' },
        `${UNDER_WAY_SINCE}T10:00:00+05:00`,
        `${UNDER_WAY_SINCE}T12:00:00+05:00`,
      );
      // Half past midnight in Oral is still the day before in UTC: the meeting's date is the forum's.
      await session(
        { kk: 'Түнгі дөңгелек үстел', ru: 'Ночной круглый стол' },
        '2026-01-11T00:30:00+05:00',
        '2026-01-11T01:30:00+05:00',
      );
      await session(
        { kk: 'Бекітілген үстел', ru: 'Утверждённый стол' },
        '2026-01-12T10:00:00+05:00',
        '2026-01-12T11:00:00+05:00',
      );
      await session(
        { kk: 'Жоба үстел', ru: 'Черновой стол' },
        '2026-01-13T10:00:00+05:00',
        '2026-01-13T11:00:00+05:00',
      );
      secretary = await userAs(t, clerk.id, [{ role: 'secretary', kind: 'event', id: event.id }]);
      chairToken = await userAs(t, chair.id);
    });

    it('lists only published protocols and addenda, with number, meeting date, session, PDFs in kk and ru and the verification code', async () => {
      const people = { chairId: chair.id, secretaryId: clerk.id };
      const main = await approved({});
      const night = await approved({ sessionId: sessions[1], ...people });
      const approvedOnly = await approved({ sessionId: sessions[2], ...people });
      const eventId = (await t.client.get(`/api/v1/events/${slug}`)).body.id as string;
      const draft = await t.client.post(
        `/api/v1/events/${eventId}/protocols`,
        { sessionId: sessions[3], ...people },
        { token: secretary },
      );
      expect(draft.status).toBe(201);

      // Approved but not published: not on the page (which is now rendered and kept).
      const before = await t.client.get(`/events/${slug}?lang=ru`);
      expect(before.status).toBe(200);
      expect(before.text).not.toContain('id="prot"');

      await publish(main.id);
      await publish(night.id);
      const addendum = await t.client.post(
        `/api/v1/protocols/${main.id}/addenda`,
        { body: { kk: 'Күні түзетілсін', ru: 'Исправить дату' } },
        { token: secretary },
      );
      expect(addendum.status).toBe(201);
      const correction = await signed(addendum.body.id);
      await publish(correction.id);

      const ru = await t.client.get(`/events/${slug}?lang=ru`);
      expect(ru.status).toBe(200);
      expect(ru.headers.get('etag')).not.toBe(before.headers.get('etag'));
      const section = ru.text.slice(ru.text.indexOf('<section aria-labelledby="prot">'));
      expect(section).toContain('<h2 id="prot">Протоколы</h2>');
      expect(section).toContain(
        `<b>Протокол № ${main.number}</b> <span class="m">— Дата заседания: <time datetime="${UNDER_WAY_SINCE}">10.01.2026</time>`,
      );
      expect(section).toContain(
        `<b>Протокол № ${night.number}</b> <span class="m">— Дата заседания: <time datetime="2026-01-11">11.01.2026</time>`,
      );
      expect(section).toContain('Сессия: Ночной круглый стол');
      expect(section).toContain(`<b>Дополнение к протоколу № ${correction.number}</b>`);
      expect(section).toContain(`<a href="#pr-${main.id}">исправляет протокол № ${main.number}</a>`);
      for (const p of [main, night, correction]) {
        const code = await codeOf(p.id);
        expect(section).toContain(`Код проверки: <a href="/verify/${code}">${code}</a>`);
        for (const lang of ['kk', 'ru']) {
          expect(section).toContain(`href="/api/v1/protocols/${p.id}.pdf?lang=${lang}"`);
        }
      }
      // Nothing of a protocol not published, nothing private of the people who signed.
      for (const hidden of [
        approvedOnly.id,
        draft.body.id,
        'Утверждённый стол',
        'Черновой стол',
        approvedOnly.number,
      ]) {
        expect(section).not.toContain(hidden);
      }
      expect(ru.text).not.toMatch(/private@|\+7701555/);

      const kk = await t.client.get(`/events/${slug}?lang=kk`);
      expect(kk.text).toContain('<h2 id="prot">Хаттамалар</h2>');
      expect(kk.text).toContain(
        `<b>Хаттама № ${main.number}</b> <span class="m">— Отырыс күні: <time datetime="${UNDER_WAY_SINCE}">10.01.2026</time>`,
      );
      expect(kk.text).toContain('Сессия: Түнгі дөңгелек үстел');
      expect(kk.text).toContain(`<b>Хаттамаға қосымша № ${correction.number}</b>`);
      expect(kk.text).toContain(`№ ${main.number} хаттаманы түзетеді`);
      expect(kk.text).toContain(`PDF, қазақша</a> · <a href="/api/v1/protocols/${main.id}.pdf?lang=ru"`);
      expect(kk.text).toContain(`Тексеру коды: <a href="/verify/${await codeOf(main.id)}">`);

      // The code's link opens the verification page of that protocol.
      const verify = await t.client.get(`/verify/${await codeOf(night.id)}?lang=ru`);
      expect(verify.status).toBe(200);
      expect(verify.text).toContain(night.number);
    });

    it('serves the PDF of a published protocol to anyone, and refuses a draft or an approved one', async () => {
      const page = await t.client.get(`/events/${slug}?lang=kk`);
      const links = [...page.text.matchAll(/href="(\/api\/v1\/protocols\/[0-9a-f-]{36}\.pdf\?lang=(?:kk|ru))"/g)].map(
        (m) => m[1],
      );
      expect(links).toHaveLength(6);
      for (const link of links.slice(0, 2)) {
        const pdf = await t.client.get(link);
        expect(pdf.status).toBe(200);
        expect(pdf.headers.get('content-type')).toBe('application/pdf');
      }
      const eventId = (await t.client.get(`/api/v1/events/${slug}`)).body.id as string;
      const kept = (await t.client.get(`/api/v1/events/${eventId}/protocols`, { token: secretary })).body as {
        id: string;
        status: string;
      }[];
      const unpublished = kept.filter((p) => p.status !== 'published');
      expect(unpublished.map((p) => p.status).sort()).toEqual(['approved', 'draft']);
      for (const p of unpublished) {
        expect((await t.client.get(`/api/v1/protocols/${p.id}.pdf?lang=kk`)).status).toBe(404);
        expect(
          (await t.client.get(`/api/v1/protocols/${p.id}.pdf?lang=ru`, { token: await userWith(t, []) })).status,
        ).toBe(404);
        // Its keepers still read it.
        expect((await t.client.get(`/api/v1/protocols/${p.id}.pdf?lang=kk`, { token: secretary })).status).toBe(200);
      }
    });
  });

  describe('for machines: JSON-LD, canonical and hreflang links, Open Graph, sitemap.xml, robots.txt', () => {
    const SITE = 'http://localhost:3000';
    const jsonLdOf = (html: string): Record<string, any> => {
      const blocks = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)];
      expect(blocks).toHaveLength(1);
      return JSON.parse(blocks[0][1]) as Record<string, any>;
    };
    const attr = (html: string, pattern: RegExp): string[] => [...html.matchAll(pattern)].map((m) => m[1]);
    let cancelledSlug: string;

    beforeAll(async () => {
      const created = await t.client.post(
        '/api/v1/events',
        eventBody([orgId], { slug: 'called-off', startsAt: atDayFromNow(40), endsAt: atDayFromNow(40, '17:00') }),
        { token: organizer },
      );
      await t.client.post(`/api/v1/events/${created.body.id}/publish`, undefined, { token: organizer });
      expect(
        (await t.client.post(`/api/v1/events/${created.body.id}/cancel`, undefined, { token: organizer })).status,
      ).toBe(200);
      cancelledSlug = created.body.slug;
    });

    it('describes each forum as a schema.org Event, dates with the offset of its zone', async () => {
      const api = (await t.client.get(`/api/v1/events/${ALMATY}?lang=ru`)).body;
      const event = jsonLdOf((await t.client.get(`/events/${ALMATY}?lang=ru`)).text);
      expect(event['@context']).toBe('https://schema.org');
      expect(event['@type']).toBe('Event');
      expect(event.name).toBe(api.title);
      expect(event.startDate).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+05:00$/);
      expect(event.endDate).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+05:00$/);
      expect(Date.parse(event.startDate)).toBe(Date.parse(api.startsAt));
      expect(Date.parse(event.endDate)).toBe(Date.parse(api.endsAt));
      expect(event.eventStatus).toBe('https://schema.org/EventScheduled');
      expect(event.eventAttendanceMode).toBe('https://schema.org/OfflineEventAttendanceMode');
      expect(event.location).toMatchObject({ '@type': 'Place', name: api.venue.name });
      expect(event.location.address).toMatchObject({ '@type': 'PostalAddress', addressCountry: 'KZ' });
      expect(event.organizer).toEqual(
        api.organizers.map((o: { name: string }) => ({ '@type': 'Organization', name: o.name })),
      );
      expect(event.url).toBe(`${SITE}/events/${ALMATY}?lang=ru`);
      expect(event.inLanguage).toBe('ru');
      // Nothing of the people: no e-mail or phone of anyone.
      expect(JSON.stringify(event)).not.toMatch(/@[a-z0-9-]+\.[a-z]{2,}|\+7\d{10}/i);

      const cancelled = jsonLdOf((await t.client.get(`/events/${cancelledSlug}`)).text);
      expect(cancelled.eventStatus).toBe('https://schema.org/EventCancelled');
      expect(cancelled.startDate).toBe(atDayFromNow(40));
    });

    it('links the kk, ru and en versions of a page to each other, names its canonical address and carries Open Graph', async () => {
      for (const lang of ['kk', 'ru', 'en'] as const) {
        const html = (await t.client.get(`/events/${ALMATY}?lang=${lang}`)).text;
        expect(attr(html, /<link rel="canonical" href="([^"]+)">/g)).toEqual([`${SITE}/events/${ALMATY}?lang=${lang}`]);
        expect(attr(html, /<link rel="alternate" hreflang="([^"]+)" href="[^"]+">/g)).toEqual([
          'kk',
          'ru',
          'en',
          'x-default',
        ]);
        expect(html).toContain(`<link rel="alternate" hreflang="ru" href="${SITE}/events/${ALMATY}?lang=ru">`);
        expect(html).toContain(`<link rel="alternate" hreflang="x-default" href="${SITE}/events/${ALMATY}">`);
        expect(html).toContain(`<meta property="og:url" content="${SITE}/events/${ALMATY}?lang=${lang}">`);
        expect(html).toContain('<meta property="og:type" content="website">');
        expect(html).toContain(
          `<meta property="og:locale" content="${{ kk: 'kk_KZ', ru: 'ru_RU', en: 'en_US' }[lang]}">`,
        );
        expect(attr(html, /<meta property="og:title" content="([^"]+)">/g)).toHaveLength(1);
        expect(attr(html, /<meta property="og:description" content="([^"]+)">/g)).toHaveLength(1);
      }
      // The forum page offers its region's calendar as a subscription.
      const almaty = (await t.client.get(`/api/v1/events/${ALMATY}`)).body;
      expect((await t.client.get(`/events/${ALMATY}?lang=ru`)).text).toContain(
        `href="webcal://localhost:3000/api/v1/feeds/calendar.ics?region=${almaty.regionCode}&amp;lang=ru"`,
      );
      // The list keeps its filter in every address, and offers the filtered calendar and the feed of acts.
      const list = (await t.client.get('/?region=KZ-27&lang=kk')).text;
      expect(attr(list, /<link rel="canonical" href="([^"]+)">/g)).toEqual([`${SITE}/?region=KZ-27&amp;lang=kk`]);
      expect(list).toContain('href="webcal://localhost:3000/api/v1/feeds/calendar.ics?region=KZ-27&amp;lang=kk"');
      expect(list).toContain(
        `<link rel="alternate" type="application/atom+xml" title="Қабылданған актілер (Atom)" href="${SITE}/api/v1/feeds/acts.atom?region=KZ-27&amp;lang=kk">`,
      );
      expect(list).not.toContain('application/ld+json');
      // What a page's language cookie or signed-in reader changes does not reach the addresses it names.
      const asRussianReader = (await t.client.get(`/events/${ALMATY}`, { headers: { 'accept-language': 'ru' } })).text;
      expect(attr(asRussianReader, /<link rel="canonical" href="([^"]+)">/g)).toEqual([
        `${SITE}/events/${ALMATY}?lang=ru`,
      ]);
    });

    it('lists every public forum in each language in sitemap.xml, with hreflang alternates', async () => {
      const result = await t.client.get('/sitemap.xml');
      expect(result.status).toBe(200);
      expect(result.headers.get('content-type')).toBe('application/xml; charset=utf-8');
      const { root, problems } = parseXml(result.text);
      expect(problems).toEqual([]);
      const doc = root!;
      expect(doc.uri).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
      expect(doc.local).toBe('urlset');
      const urls = descendants(doc, 'url');
      const locs = urls.map((u) => descendants(u, 'loc')[0].text);

      const slugs = await withClient(t.databaseUrl, async (c) =>
        (
          await c.query<{ slug: string }>(`SELECT slug FROM events WHERE visibility = 'public' AND status <> 'draft'`)
        ).rows.map((r) => r.slug),
      );
      expect(slugs).toEqual(expect.arrayContaining([ORAL, ALMATY, WKO, cancelledSlug, largeSlug]));
      const expected = [
        ...['kk', 'ru', 'en'].map((lang) => `${SITE}/?lang=${lang}`),
        ...slugs.flatMap((slug) => ['kk', 'ru', 'en'].map((lang) => `${SITE}/events/${slug}?lang=${lang}`)),
      ];
      expect([...locs].sort()).toEqual(expected.sort());
      expect(locs.some((l) => l.includes(draftSlug) || l.includes(inviteOnlySlug))).toBe(false);
      for (const url of urls) {
        const links = descendants(url, 'link').filter((l) => l.uri === 'http://www.w3.org/1999/xhtml');
        expect(links.map((l) => l.attributes.hreflang)).toEqual(['kk', 'ru', 'en', 'x-default']);
        const loc = descendants(url, 'loc')[0].text;
        expect(links.map((l) => l.attributes.href)).toContain(loc);
      }
      const again = await t.client.get('/sitemap.xml', { headers: { 'if-none-match': result.headers.get('etag')! } });
      expect(again.status).toBe(304);
    });

    it('tells crawlers what to read in robots.txt and where the sitemap is', async () => {
      const robots = await t.client.get('/robots.txt');
      expect(robots.status).toBe(200);
      expect(robots.headers.get('content-type')).toBe('text/plain; charset=utf-8');
      const lines = robots.text.split('\n');
      expect(lines).toContain('User-agent: *');
      expect(lines).toContain(`Sitemap: ${SITE}/sitemap.xml`);
      expect(lines).toContain('Disallow: /api/');
      expect(lines).toContain('Disallow: /my');
      expect(lines).toContain('Allow: /api/v1/feeds/calendar.ics');
      // The public pages are not under any Disallow.
      for (const path of ['/', `/events/${ALMATY}`]) {
        const blocked = lines
          .filter((l) => l.startsWith('Disallow: '))
          .some((l) => path.startsWith(l.slice('Disallow: '.length)) && l !== 'Disallow: ');
        expect(blocked).toBe(false);
      }
    });
  });

  describe('weight on a slow link', () => {
    it('sends every demo forum page in at most 30 KB on the wire', async () => {
      const sizes: Record<string, number> = {};
      for (const slug of [ORAL, ALMATY, WKO]) {
        const page = await fetchOnTheWire(t.client.baseUrl, `/events/${slug}`);
        expect(page.status).toBe(200);
        expect(page.headers['content-encoding']).toBe('br');
        expect(page.html).toContain('</html>');
        sizes[slug] = page.wireBytes;
      }
      const largest = Math.max(...Object.values(sizes));
      expect(largest).toBeGreaterThan(2000);
      expect(largest).toBeLessThanOrEqual(BUDGET);
    });

    it('sends a generated 3-day forum of 60 sessions and 200 speakers in at most 30 KB, also gzipped', async () => {
      const page = await fetchOnTheWire(t.client.baseUrl, `/events/${largeSlug}`);
      expect(page.status).toBe(200);
      expect(page.headers['content-encoding']).toBe('br');
      expect(count(page.html, /<h2 id="d\d">/g)).toBe(3);
      // 48 sessions and 3 sections (h3), 9 parallel seminars (h4): 60 sessions.
      expect(count(page.html, /<h3>/g) + count(page.html, /<h4>/g)).toBe(60);
      const speakers = [...page.html.matchAll(/<ol class="sp">(.*?)<\/ol>/g)].reduce(
        (sum, m) => sum + count(m[1], /<li>/g),
        0,
      );
      expect(speakers).toBe(200);
      expect(page.html).toContain('Бос орын: 40 / 40');
      expect(page.wireBytes).toBeLessThanOrEqual(BUDGET);

      const gzipped = await fetchOnTheWire(t.client.baseUrl, `/events/${largeSlug}`, { 'accept-encoding': 'gzip' });
      expect(gzipped.headers['content-encoding']).toBe('gzip');
      expect(gzipped.html).toBe(page.html);
      expect(gzipped.wireBytes).toBeLessThanOrEqual(BUDGET);
    });
  });
});
