import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import JSZip from 'jszip';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTestDatabase } from '../support/test-database';
import { withClient } from '../support/test-database';
import { type HttpResult, startTestApp, type TestApp } from '../support/test-app';
import {
  adoptionSession,
  bulkPeople,
  createPerson,
  eventBody,
  publishedEvent,
  registerAll,
  underWay,
  adoptionRecord,
} from '../support/factories';

const SCHEMAS = join(process.cwd(), 'test', 'schemas', 'popolo');
const KINDS = {
  organizations: 'organization',
  people: 'person',
  memberships: 'membership',
  events: 'event',
  motions: 'motion',
  'vote-events': 'vote_event',
  votes: 'vote',
} as const;
type Kind = keyof typeof KINDS;
type Item = Record<string, any>;

/** The items of a page and of every page after it, through the `next` links; the bodies are kept for the leak search. */
async function readFrom(t: TestApp, first: string, limit: number, bodies: string[]): Promise<Item[]> {
  const items: Item[] = [];
  let url: string | null = first;
  for (let pages = 0; url; pages++) {
    expect(pages).toBeLessThan(500);
    const page: HttpResult = await t.client.get(url);
    expect(page.status).toBe(200);
    bodies.push(page.text);
    expect(page.body.items.length).toBeLessThanOrEqual(limit);
    items.push(...page.body.items);
    // RFC 8288: the next page is also a Link header, the same address as `next`; the last page has none.
    const link = page.headers.get('link');
    if (page.body.next) {
      expect(link).toBe(`<${page.body.next as string}>; rel="next"`);
    } else {
      expect(link).toBeNull();
    }
    url = page.body.next ? (page.body.next as string).replace(/^https?:\/\/[^/]+/, '') : null;
  }
  return items;
}

/** Every item of a kind, `limit` a page. */
const readAll = (t: TestApp, kind: Kind, limit: number, bodies: string[]): Promise<Item[]> =>
  readFrom(t, `/api/v1/open/${kind}?limit=${limit}`, limit, bodies);

const keyOf = (kind: Kind, item: Item): string =>
  kind === 'votes' ? `${item.vote_event_id} ${item.voter_id}` : (item.id as string);

describe('open data: the public record in Popolo shapes, paged, cached, and as bulk downloads', () => {
  let db: { url: string; drop: () => Promise<void> };
  let t: TestApp;
  let admin: string;
  const validators = {} as Record<Kind, ValidateFunction>;
  /** What must never appear in a public output: every e-mail, phone and badge code of the data set. */
  let secrets: string[];
  /** Records that must stay out: a draft forum, an invite-only forum with an adopted act, a draft act. */
  const hidden = {} as {
    draftEventId: string;
    draftSpeakerId: string;
    privateEventId: string;
    privateResolutionId: string;
    privateChairId: string;
    draftResolutionId: string;
    draftDecisionItemId: string;
  };
  const bodies: string[] = [];
  const all = {} as Record<Kind, Item[]>;

  beforeAll(async () => {
    db = await createTestDatabase();
    t = await startTestApp({ DEMO_DATA: 'true' }, { url: db.url, drop: async () => undefined });
    admin = await t.adminToken();

    const ajv = new Ajv({ allErrors: true, strict: true });
    addFormats(ajv);
    for (const file of readdirSync(SCHEMAS)) {
      ajv.addSchema(JSON.parse(readFileSync(join(SCHEMAS, file), 'utf8')));
    }
    for (const [kind, schema] of Object.entries(KINDS)) {
      validators[kind as Kind] = ajv.getSchema(`https://akim-forum.kz/schemas/popolo/${schema}.json`)!;
    }

    const [org] = (await t.client.get('/api/v1/organizations?q=Акимат Западно-Казахстанской области')).body.items;
    // A draft forum with a speaker of its own, and a forum for invitees only that adopted an act.
    const draft = await t.client.post(
      '/api/v1/events',
      eventBody([org.id], { title: { kk: 'Жоба форумы', ru: 'Черновик форума' } }),
      {
        token: admin,
      },
    );
    hidden.draftEventId = draft.body.id;
    hidden.draftSpeakerId = (await createPerson(t, 'Жасырын Баяндамашы')).id;
    const draftSession = await t.client.post(
      `/api/v1/events/${hidden.draftEventId}/sessions`,
      {
        kind: 'plenary',
        title: { kk: 'Пленарлық отырыс', ru: 'Пленарное заседание' },
        startsAt: '2027-03-10T10:00:00+05:00',
        endsAt: '2027-03-10T12:00:00+05:00',
        speakers: [{ personId: hidden.draftSpeakerId }],
      },
      { token: admin },
    );
    expect(draftSession.status).toBe(201);

    hidden.privateEventId = (
      await publishedEvent(t, admin, [org.id], { ...underWay(), visibility: 'invite_only', quorum: { memberCount: 2 } })
    ).id;
    const sessionId = await adoptionSession(t, admin, hidden.privateEventId);
    const members = await bulkPeople(t, 2, (n) => ({ fullName: { kk: `Жабық мүше ${n}` } }));
    const badges = (await registerAll(t, admin, hidden.privateEventId, members)).map((r) => r.body.badgeCode);
    for (const badgeCode of badges) {
      const checkIn = await t.client.post(
        `/api/v1/events/${hidden.privateEventId}/check-ins`,
        { badgeCode, sessionId },
        { token: admin },
      );
      expect(checkIn.status).toBe(200);
    }
    hidden.privateChairId = (await createPerson(t, 'Жабық Төраға')).id;
    const act = await t.client.post(
      `/api/v1/events/${hidden.privateEventId}/resolutions`,
      {
        title: { kk: 'Жабық қаулы', ru: 'Закрытое постановление' },
        sessionId,
        points: [{ text: { kk: 'Тармақ', ru: 'Пункт' } }],
      },
      { token: admin },
    );
    hidden.privateResolutionId = act.body.id;
    const adopted = await t.client.post(
      `/api/v1/resolutions/${hidden.privateResolutionId}/adopt`,
      { votesFor: 2, votesAgainst: 0, votesAbstained: 0, ...adoptionRecord(hidden.privateChairId) },
      { token: admin },
    );
    expect(adopted.status).toBe(200);

    // A draft act of a public forum.
    const almaty = (await t.client.get('/api/v1/events/almaty-oblast-rural-akims-forum')).body;
    const draftAct = await t.client.post(
      `/api/v1/events/${almaty.id}/resolutions`,
      { title: { kk: 'Әлі қабылданбаған', ru: 'Ещё не принятое' }, points: [{ text: { kk: 'Тармақ', ru: 'Пункт' } }] },
      { token: admin },
    );
    expect(draftAct.status).toBe(201);
    hidden.draftResolutionId = draftAct.body.id;
    // A decision written in a protocol that is still a draft (of a public forum) stays out too.
    hidden.draftDecisionItemId = await withClient(t.databaseUrl, async (client) => {
      const protocol = await client.query<{ id: string }>(
        `INSERT INTO protocols (event_id, meeting_date) VALUES ($1, $2) RETURNING id`,
        [almaty.id, almaty.startsAt.slice(0, 10)],
      );
      const item = await client.query<{ id: string }>(
        `INSERT INTO protocol_items (protocol_id, position, title, decided) VALUES ($1, 1, $2, $3) RETURNING id`,
        [
          protocol.rows[0].id,
          { kk: 'Жоба тармақ', ru: 'Черновой пункт' },
          { kk: 'Жасырын шешім', ru: 'Скрытое решение' },
        ],
      );
      return item.rows[0].id;
    });

    // Everyone gets a private e-mail and phone; the demo's registrations have badge codes.
    secrets = await withClient(t.databaseUrl, async (client) => {
      await client.query(
        `UPDATE people SET email = 'leak' || substr(md5(id::text), 1, 10) || '@private.kz',
                           phone = '+7701' || lpad((abs(hashtext(id::text)) % 10000000)::text, 7, '0')`,
      );
      const people = await client.query<{ email: string; phone: string }>('SELECT email, phone FROM people');
      const badgeCodes = await client.query<{ badge_code: string }>('SELECT badge_code FROM registrations');
      const users = await client.query<{ email: string }>('SELECT email FROM users');
      return [
        ...people.rows.flatMap((p) => [p.email, p.phone, p.phone.slice(1)]),
        ...badgeCodes.rows.map((r) => r.badge_code),
        ...users.rows.map((u) => u.email),
      ];
    });
    expect(secrets.length).toBeGreaterThan(60);
    for (const kind of Object.keys(KINDS) as Kind[]) {
      all[kind] = await readAll(t, kind, 500, bodies);
    }
  });
  afterAll(async () => {
    await t.close();
    await db.drop();
  });

  it('serves every kind in Popolo shapes that validate against the committed JSON Schemas', () => {
    for (const kind of Object.keys(KINDS) as Kind[]) {
      expect(all[kind].length).toBeGreaterThan(0);
      for (const item of all[kind]) {
        const valid = validators[kind](item);
        if (!valid) {
          throw new Error(`${kind} ${JSON.stringify(item)}: ${JSON.stringify(validators[kind].errors)}`);
        }
      }
      const keys = all[kind].map((item) => keyOf(kind, item));
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it('lists the public forums and their sessions, never drafts or invite-only ones, with ids made of the database ids', async () => {
    const forums = (await t.client.get('/api/v1/events')).body.items as { id: string; slug: string; status: string }[];
    expect(forums).toHaveLength(3);
    const events = all.events;
    const top = events.filter((e) => e.parent_id === null);
    expect(top.map((e) => e.id).sort()).toEqual(forums.map((f) => `akim:event/${f.id}`).sort());
    const oral = top.find((e) => e.identifiers[0].identifier === 'oral-offsite-session-qaladan-auylga')!;
    expect(oral).toMatchObject({ status: 'passed', classification: 'offsite_session' });
    expect(oral.start_date).toMatch(/\+05:00$/);
    expect(oral.organization_id).toMatch(/^akim:organization\//);
    expect(top.filter((e) => e.status === 'confirmed')).toHaveLength(2);
    // Sessions hang under their forum (or its section) and carry their room.
    const sessions = events.filter((e) => e.parent_id !== null);
    expect(sessions.length).toBeGreaterThan(10);
    const ids = new Set(events.map((e) => e.id));
    for (const session of sessions) {
      expect(ids.has(session.parent_id)).toBe(true);
    }
    const text = JSON.stringify(events);
    expect(text).not.toContain(hidden.draftEventId);
    expect(text).not.toContain(hidden.privateEventId);
    expect(text).not.toContain('Черновик форума');
  });

  it('names the organizations by their regions: ISO 3166-2:KZ, KATO and an Open Civic Data division', () => {
    const byName = (ru: string) =>
      all.organizations.find((o) => o.other_names.some((n: Item) => n.note === 'ru' && n.name === ru))!;
    const akimat = byName('Акимат Западно-Казахстанской области');
    expect(akimat.classification).toBe('akimat');
    expect(akimat.identifiers).toEqual(
      expect.arrayContaining([
        { scheme: 'ISO 3166-2', identifier: 'KZ-27' },
        { scheme: 'KATO', identifier: '270000000' },
        { scheme: 'ocd-division', identifier: 'ocd-division/country:kz/oblys:27' },
      ]),
    );
    expect(akimat.area_id).toBe('ocd-division/country:kz/oblys:27');
    expect(akimat.name).toMatch(/[әғқңөұүһі]/i);
    const district = byName('Акимат Жанакалинского района');
    expect(district.area_id).toBe('ocd-division/country:kz/oblys:27/audan:zhanakala');
    expect(district.identifiers).toContainEqual({ scheme: 'akim:region', identifier: 'KZ-27-ZHANAKALA' });
    // Memberships point at listed people and organizations only.
    const people = new Set(all.people.map((p) => p.id));
    const organizations = new Set(all.organizations.map((o) => o.id));
    expect(all.memberships.length).toBeGreaterThan(5);
    for (const membership of all.memberships) {
      expect(people.has(membership.person_id)).toBe(true);
      expect(organizations.has(membership.organization_id)).toBe(true);
    }
    for (const event of all.events) {
      expect(event.organization_id === null || organizations.has(event.organization_id)).toBe(true);
    }
  });

  it('lists the officials who spoke, chaired, signed or voted by name, in kk and ru, and nobody of a hidden forum', () => {
    const names = all.people.map((p) => p.sort_name);
    for (const speaker of ['Нариман Төреғалиев', 'Төлеубек Мұқашев', 'Ләззат Серғазина']) {
      expect(names).toContain(speaker);
    }
    const chair = all.people.find((p) => p.sort_name === 'Төлеубек Мұқашев')!;
    expect(chair.other_names.map((n: Item) => n.note)).toEqual(expect.arrayContaining(['kk', 'ru']));
    expect(chair.summary).toBeTruthy();
    const text = JSON.stringify(all.people);
    for (const id of [hidden.draftSpeakerId, hidden.privateChairId]) {
      expect(text).not.toContain(id);
    }
    expect(text).not.toContain('Жабық мүше');
  });

  it('publishes adopted acts only, each with its vote event: counts, result, quorum, and the votes by name', async () => {
    const [uralsk] = (await t.client.get('/api/v1/events/oral-offsite-session-qaladan-auylga/resolutions')).body;
    const acts = all.motions.filter((m) => m.classification !== 'protocol_decision');
    expect(acts.map((m) => m.id)).toEqual([`akim:motion/${uralsk.id}`]);
    const [motion] = acts;
    expect(motion).toMatchObject({ result: 'pass', classification: 'resolution' });
    expect(motion.text).toContain('1. ');
    expect(motion.sources.map((s: Item) => s.note)).toEqual(['pdf', 'verification']);
    const [voteEvent] = all['vote-events'].filter((v) => v.classification !== 'protocol');
    expect(voteEvent).toMatchObject({
      motion_id: motion.id,
      identifier: uralsk.number,
      classification: 'electronic',
      result: 'pass',
      quorum: { members: 10, present: 9, required: 6, reached: true },
    });
    expect(voteEvent.counts).toEqual([
      { option: 'yes', value: 8 },
      { option: 'no', value: 0 },
      { option: 'abstain', value: 1 },
      { option: 'absent', value: 1 },
    ]);
    expect(all.votes).toHaveLength(9);
    expect(all.votes.filter((v) => v.option === 'yes')).toHaveLength(8);
    const people = new Set(all.people.map((p) => p.id));
    for (const vote of all.votes) {
      expect(vote.vote_event_id).toBe(voteEvent.id);
      expect(people.has(vote.voter_id)).toBe(true);
    }
    const text = JSON.stringify([all.motions, all['vote-events'], all.votes]);
    expect(text).not.toContain(hidden.privateResolutionId);
    expect(text).not.toContain(hidden.draftResolutionId);
    expect(text).not.toContain(hidden.draftDecisionItemId);
    expect(text).not.toContain('Жасырын шешім');
  });

  it('publishes the decisions in words of published protocols as motions, adopted with the protocol', async () => {
    const forum = (await t.client.get('/api/v1/events/oral-offsite-session-qaladan-auylga')).body;
    const [protocol] = (await t.client.get(`/api/v1/events/${forum.id}/protocols`)).body;
    expect(protocol.status).toBe('published');
    const full = (await t.client.get(`/api/v1/protocols/${protocol.id}`)).body;
    // An item whose decision adopted a resolution is that resolution's motion; the others are motions of their own.
    const decided = full.items.filter((i: Item) => i.decidedTexts && (i.resolutions as Item[]).length === 0) as Item[];
    expect(decided.length).toBeGreaterThanOrEqual(2);
    const decisions = all.motions.filter((m) => m.classification === 'protocol_decision');
    expect(decisions.map((m) => m.id).sort()).toEqual(decided.map((i) => `akim:motion/${i.id}`).sort());
    const plenary = decisions.find((m) => m.text.includes('Баяндамалар назарға алынсын.'))!;
    expect(plenary).toMatchObject({
      result: 'pass',
      requirement: `№${protocol.number} хаттамамен бекітілген отырыс шешімі`,
      legislative_session_id: expect.stringMatching(/^akim:event\//),
    });
    expect(plenary.sources.map((s: Item) => s.url)).toEqual([
      expect.stringContaining(`/api/v1/protocols/${protocol.id}.pdf?lang=kk`),
      expect.stringContaining('/verify/'),
    ]);
    const pdf = await t.client.get(new URL(plenary.sources[0].url).pathname + '?lang=kk');
    expect(pdf.status).toBe(200);
    const events = all['vote-events'].filter((v) => v.classification === 'protocol');
    expect(events.map((v) => v.motion_id).sort()).toEqual(decisions.map((m) => m.id).sort());
    for (const event of events) {
      expect(event).toMatchObject({ result: 'pass', counts: [], identifier: protocol.number });
      expect(event.quorum).toBeUndefined();
    }
    const ru = await t.client.get('/api/v1/open/motions?lang=ru&limit=500');
    expect(ru.text).toContain('Доклады принять к сведению.');
  });

  it('pages with stable cursors: small pages give every item once, also while new public records appear', async () => {
    for (const kind of Object.keys(KINDS) as Kind[]) {
      const paged = await readAll(t, kind, 2, bodies);
      expect(paged.map((item) => keyOf(kind, item))).toEqual(all[kind].map((item) => keyOf(kind, item)));
    }
    // A forum published between two pages comes after the items already listed, each of which is seen once.
    const first = await t.client.get('/api/v1/open/events?limit=3');
    const [org] = (await t.client.get('/api/v1/organizations?q=Акимат Алматинской области')).body.items;
    const added = await publishedEvent(t, admin, [org.id], { title: { kk: 'Жаңа форум', ru: 'Новый форум' } });
    const next = (first.body.next as string).replace(/^https?:\/\/[^/]+/, '');
    const seen = [...first.body.items, ...(await readFrom(t, next, 3, bodies))];
    const ids = seen.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.slice(0, all.events.length)).toEqual(all.events.map((e) => e.id));
    expect(ids[ids.length - 1]).toBe(`akim:event/${added.id}`);
    // Kept for the leak search below.
    all.events = seen;
  });

  it('refuses a cursor it did not make and a limit out of bounds with 400 on that field', async () => {
    for (const query of [
      'cursor=abc',
      `cursor=${Buffer.from('["x","y"]').toString('base64url')}`,
      'limit=0',
      'limit=501',
    ]) {
      const answer = await t.client.get(`/api/v1/open/people?${query}`, { headers: { 'accept-language': 'ru' } });
      expect(answer.status).toBe(400);
      expect(answer.body.code).toBe('VALIDATION_FAILED');
      expect(answer.body.errors[0].field).toBe(query.split('=')[0]);
    }
    const votesCursor = Buffer.from(
      JSON.stringify(['2026-01-01 00:00:00+00', '00000000-0000-0000-0000-000000000000']),
    ).toString('base64url');
    expect((await t.client.get(`/api/v1/open/votes?cursor=${votesCursor}`)).status).toBe(400);
  });

  it('answers If-None-Match with 304 until something public changes', async () => {
    const first = await t.client.get('/api/v1/open/organizations?lang=ru');
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^W\/"/);
    expect(first.headers.get('cache-control')).toBe('public, max-age=60');
    const again = await t.client.get('/api/v1/open/organizations?lang=ru', { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    // Another language is another answer.
    expect(
      (await t.client.get('/api/v1/open/organizations?lang=kk', { headers: { 'if-none-match': etag } })).status,
    ).toBe(200);
    const org = all.organizations[0].id.split('/')[1];
    const current = await t.client.get(`/api/v1/organizations/${org}`);
    const renamed = await t.client.patch(
      `/api/v1/organizations/${org}`,
      { name: { ...current.body.names, ru: `${current.body.names.ru} (переименована)` } },
      { token: admin, headers: { 'if-match': String(current.body.version) } },
    );
    expect(renamed.status).toBe(200);
    const changed = await t.client.get('/api/v1/open/organizations?lang=ru', { headers: { 'if-none-match': etag } });
    expect(changed.status).toBe(200);
    expect(changed.text).toContain('(переименована)');
    // A speaker put on a public session changes the people list and its validator.
    const people = await t.client.get('/api/v1/open/people?limit=500');
    const almaty = (await t.client.get('/api/v1/events/almaty-oblast-rural-akims-forum/sessions')).body;
    const session = (Array.isArray(almaty) ? almaty : almaty.items).find((s: Item) => s.speakers.length > 0);
    const newcomer = await createPerson(t, 'Жаңа Баяндамашы');
    const replaced = await t.client.patch(
      `/api/v1/sessions/${session.id}`,
      { speakers: [...session.speakers.map((s: Item) => ({ personId: s.personId })), { personId: newcomer.id }] },
      { token: admin, headers: { 'if-match': String(session.version) } },
    );
    expect(replaced.status).toBe(200);
    const after = await t.client.get('/api/v1/open/people?limit=500', {
      headers: { 'if-none-match': people.headers.get('etag')! },
    });
    expect(after.status).toBe(200);
    expect(after.text).toContain(`akim:person/${newcomer.id}`);
    expect(people.text).not.toContain(newcomer.id);
  });

  it('gives the bulk download: a CSV per kind with a header row and a passport in kk and ru, the same as JSON, cached', async () => {
    const zipped = await t.client.request('GET', '/api/v1/open/dump.zip');
    expect(zipped.status).toBe(200);
    expect(zipped.headers.get('content-type')).toBe('application/zip');
    const bytes = Buffer.from(await (await fetch(`${t.client.baseUrl}/api/v1/open/dump.zip`)).arrayBuffer());
    const zip = await JSZip.loadAsync(bytes);
    const files = Object.keys(zip.files).sort();
    expect(files).toEqual(
      ['events', 'memberships', 'motions', 'organizations', 'passport', 'people', 'vote_events', 'votes'].map(
        (n) => `${n}.csv`,
      ),
    );
    const csvs: Record<string, string> = {};
    for (const file of files) {
      csvs[file] = await zip.file(file)!.async('string');
      bodies.push(csvs[file]);
    }
    const passport = csvs['passport.csv'].trimEnd().split('\r\n').slice(1);
    expect(csvs['passport.csv'].split('\r\n')[0]).toBe(
      'dataset,title_kk,title_ru,field,type,description_kk,description_ru',
    );
    const json = await t.client.get('/api/v1/open/dump.json');
    expect(json.status).toBe(200);
    bodies.push(json.text);
    for (const dataset of json.body.passport) {
      const header = csvs[`${dataset.dataset}.csv`].split('\r\n')[0];
      expect(header).toBe(dataset.fields.map((f: Item) => f.name).join(','));
      for (const field of dataset.fields) {
        expect(field.kk).toBeTruthy();
        expect(field.ru).toBeTruthy();
        expect(
          passport.some((line) => line.startsWith(`${dataset.dataset},`) && line.includes(`,${field.name},`)),
        ).toBe(true);
      }
      const lines = csvs[`${dataset.dataset}.csv`].trimEnd().split('\r\n');
      expect(json.body.datasets[dataset.dataset].length).toBeGreaterThan(0);
      // The JSON's records carry only what the passport describes.
      const described = dataset.fields.map((f: Item) => f.name);
      for (const row of json.body.datasets[dataset.dataset]) {
        expect([dataset.dataset, Object.keys(row).filter((key) => !described.includes(key))]).toEqual([
          dataset.dataset,
          [],
        ]);
      }
      // Texts with line breaks (a motion's points) are quoted: count records by the JSON instead.
      if (dataset.dataset !== 'motions') {
        expect(lines.length - 1).toBe(json.body.datasets[dataset.dataset].length);
      }
    }
    // The same records as the API serves now (a speaker was added above).
    for (const [kind, dataset] of [
      ['people', 'people'],
      ['events', 'events'],
      ['votes', 'votes'],
    ] as const) {
      expect(json.body.datasets[dataset].length).toBe((await readAll(t, kind, 500, bodies)).length);
    }
    // The decisions of published protocols are in the download as in the API.
    const decisionIds = all.motions.filter((m) => m.classification === 'protocol_decision').map((m) => m.id);
    expect(decisionIds.length).toBeGreaterThan(0);
    expect(json.body.datasets.motions.map((m: Item) => m.id)).toEqual(expect.arrayContaining(decisionIds));
    expect(json.body.datasets.motions).toHaveLength(all.motions.length);
    expect(json.body.datasets.vote_events).toHaveLength(all['vote-events'].length);
    expect(json.text).not.toContain(hidden.draftDecisionItemId);
    expect(csvs['motions.csv']).toContain('Баяндамалар назарға алынсын.');
    expect(csvs['motions.csv']).not.toContain('Жасырын шешім');
    expect(csvs['organizations.csv']).toMatch(/[әғқңөұүһі]/);
    expect(csvs['organizations.csv']).toContain(',KZ-27,');
    // Cached until something public changes.
    const etag = zipped.headers.get('etag')!;
    expect((await t.client.get('/api/v1/open/dump.zip', { headers: { 'if-none-match': etag } })).status).toBe(304);
    expect(json.headers.get('etag')).not.toBe(etag);
    const again = Buffer.from(await (await fetch(`${t.client.baseUrl}/api/v1/open/dump.zip`)).arrayBuffer());
    expect(again.equals(bytes)).toBe(true);
  });

  it('leaks nothing private: no e-mail, phone or badge code in any open-data body or CSV', () => {
    expect(bodies.length).toBeGreaterThan(30);
    const everything = bodies.join('\n');
    for (const secret of secrets) {
      expect(everything.includes(secret) ? secret : null).toBeNull();
    }
    expect(everything).not.toMatch(/@private\.kz|"email"|"phone"|badge/i);
  });

  it('limits how often one address downloads the dump (429 with Retry-After); a 304 is not counted', async () => {
    const etag = (await t.client.get('/api/v1/open/dump.json')).headers.get('etag')!;
    for (let i = 0; i < 30; i++) {
      expect((await t.client.get('/api/v1/open/dump.json', { headers: { 'if-none-match': etag } })).status).toBe(304);
    }
    let limited;
    for (let i = 0; i < 25 && !limited; i++) {
      const answer = await t.client.get('/api/v1/open/dump.json');
      if (answer.status === 429) {
        limited = answer;
      } else {
        expect(answer.status).toBe(200);
      }
    }
    expect(limited?.body.code).toBe('TOO_MANY_REQUESTS');
    expect(Number(limited?.headers.get('retry-after'))).toBeGreaterThan(0);
    // The lists stay open.
    expect((await t.client.get('/api/v1/open/events?limit=1')).status).toBe(200);
  });
});
