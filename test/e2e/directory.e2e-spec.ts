import ExcelJS from 'exceljs';
import { randomUUID } from 'node:crypto';
import { withClient } from '../support/test-database';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * The directory: regions (the KZ tree), organizations and people, with Kazakh-aware
 * search and sorting, scoped permissions, and the CSV/XLSX people import.
 */

const TOP_LEVEL_CODES = [
  'KZ-10',
  'KZ-11',
  'KZ-15',
  'KZ-19',
  'KZ-23',
  'KZ-27',
  'KZ-31',
  'KZ-33',
  'KZ-35',
  'KZ-39',
  'KZ-43',
  'KZ-47',
  'KZ-55',
  'KZ-59',
  'KZ-61',
  'KZ-62',
  'KZ-63',
  'KZ-71',
  'KZ-75',
  'KZ-79',
];

/** Zhanakala district of West Kazakhstan, its Mastexay rural district and a village in it. */
const DISTRICT = '273630000';
const RURAL = '273633100';
const VILLAGE = '273633101';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Kazakh alphabetical order of the surnames below, as PostgreSQL's "kk-KZ-x-icu" collation sorts them. */
const KAZAKH_ORDER = ['Ахметов', 'Әлиев', 'Бекова', 'Қасымшалов', 'Ұзақов', 'Ысқақов', 'Іргебаев'];

type Json = Record<string, any>;

const surname = (person: Json): string => String(person.fullName.kk).split(' ')[0];
const codes = (items: Json[]): string[] => items.map((item) => item.code as string);
const ids = (items: Json[]): string[] => items.map((item) => item.id as string);

describe('directory: regions, organizations, people and the people import', () => {
  let t: TestApp;
  let admin: string;
  let participant: string;
  let checker: string;
  let organizer: string;
  let orgA: Json;
  let orgB: Json;
  /** The Mastexay rural district's akim office, created in the organizations tests. */
  let ruralOrg: Json;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.adminToken();

    const createOrg = async (body: Json): Promise<Json> => {
      const result = await t.client.post('/api/v1/organizations', body, { token: admin });
      expect(result.status).toBe(201);
      return result.body as Json;
    };
    orgA = await createOrg({
      name: { kk: 'Батыс Қазақстан облысының әкімдігі', ru: 'Акимат Западно-Казахстанской области' },
      kind: 'akimat',
      regionCode: 'KZ-27',
    });
    orgB = await createOrg({
      name: { kk: 'Алматы облысының әкімдігі', ru: 'Акимат Алматинской области', en: 'Almaty Region Akimat' },
      kind: 'akimat',
      regionCode: 'KZ-19',
    });

    const createUser = async (email: string, scopes: Json[] = []): Promise<string> => {
      const result = await t.client.post(
        '/api/v1/users',
        { email, password: 'password-123', scopes },
        { token: admin },
      );
      expect(result.status).toBe(201);
      return t.client.login(email, 'password-123');
    };
    participant = await createUser('participant@test.kz');
    checker = await createUser('checker@test.kz', [{ role: 'checker', kind: 'event', id: randomUUID() }]);
    organizer = await createUser('organizer@test.kz', [{ role: 'organizer', kind: 'organization', id: orgA.id }]);
  });

  afterAll(async () => {
    await t.close();
  });

  /** Total number of people in the directory. */
  async function peopleCount(): Promise<number> {
    const result = await t.client.get('/api/v1/people?limit=1', { token: admin });
    expect(result.status).toBe(200);
    return result.body.total as number;
  }

  async function searchPeople(q: string, token = admin): Promise<Json[]> {
    const result = await t.client.get(`/api/v1/people?limit=500&q=${encodeURIComponent(q)}`, { token });
    expect(result.status).toBe(200);
    return result.body.items as Json[];
  }

  /** Sends a binary file as the raw body (TestClient only sends strings); `token: ''` sends none. */
  async function upload(
    query: string,
    body: Uint8Array,
    contentType: string,
    token: string = admin,
    headers: Record<string, string> = {},
  ): Promise<{ status: number; body: Json }> {
    const response = await fetch(`${t.client.baseUrl}/api/v1/people/import${query}`, {
      method: 'POST',
      body,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), 'content-type': contentType, ...headers },
    });
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as Json) : {} };
  }

  /** Sends a CSV text as the raw body; `token: ''` sends none. */
  function importCsv(query: string, csv: string, token: string = admin, headers: Record<string, string> = {}) {
    return t.client.request('POST', `/api/v1/people/import${query}`, {
      rawBody: csv,
      headers: { 'content-type': 'text/csv', ...headers },
      token,
    });
  }

  describe('regions', () => {
    it('lists the 20 top-level units publicly, with names in kk/ru/en and `name` in the asked language', async () => {
      const result = await t.client.get('/api/v1/regions');
      expect(result.status).toBe(200);
      expect(result.body.total).toBe(20);
      expect(codes(result.body.items).sort()).toEqual(TOP_LEVEL_CODES);
      for (const region of result.body.items as Json[]) {
        expect(['oblast', 'city']).toContain(region.level);
        expect(region.parentCode).toBeNull();
        expect(region.path).toEqual([region.code]);
        expect(region.names.kk).toEqual(expect.any(String));
        expect(region.names.ru).toEqual(expect.any(String));
        expect(region.names.en).toEqual(expect.any(String));
        expect(region.name).toBe(region.names.kk); // Kazakh by default
      }
      const cities = (result.body.items as Json[]).filter((r) => r.level === 'city');
      expect(codes(cities).sort()).toEqual(['KZ-71', 'KZ-75', 'KZ-79']);

      const kz27 = (items: Json[]): Json => items.find((r) => r.code === 'KZ-27')!;
      const ru = await t.client.get('/api/v1/regions?lang=ru');
      expect(kz27(ru.body.items)).toMatchObject({
        name: 'Западно-Казахстанская область',
        names: { kk: 'Батыс Қазақстан облысы', ru: 'Западно-Казахстанская область', en: 'West Kazakhstan Region' },
      });
      const en = await t.client.get('/api/v1/regions', { headers: { 'accept-language': 'en-GB,en;q=0.9' } });
      expect(kz27(en.body.items).name).toBe('West Kazakhstan Region');
      const kk = await t.client.get('/api/v1/regions?lang=kk');
      expect(kz27(kk.body.items).name).toBe('Батыс Қазақстан облысы');
    });

    it('lets an organizer add a district under an oblast and a rural district under it', async () => {
      const district = await t.client.post(
        '/api/v1/regions',
        {
          code: DISTRICT,
          parentCode: 'KZ-27',
          level: 'district',
          name: { kk: 'Жаңақала ауданы', ru: 'Жангалинский район', en: 'Zhanakala District' },
        },
        { token: organizer },
      );
      expect(district.status).toBe(201);
      expect(district.body).toMatchObject({
        code: DISTRICT,
        level: 'district',
        parentCode: 'KZ-27',
        path: ['KZ-27', DISTRICT],
        name: 'Жаңақала ауданы',
      });

      const rural = await t.client.post(
        '/api/v1/regions?lang=ru',
        {
          code: RURAL,
          parentCode: DISTRICT,
          level: 'rural_district',
          name: { kk: 'Мастексай ауылдық округі', ru: 'Мастексайский сельский округ' },
        },
        { token: organizer },
      );
      expect(rural.status).toBe(201);
      expect(rural.body).toMatchObject({
        code: RURAL,
        level: 'rural_district',
        parentCode: DISTRICT,
        path: ['KZ-27', DISTRICT, RURAL],
        name: 'Мастексайский сельский округ',
      });

      const village = await t.client.post(
        '/api/v1/regions',
        {
          code: VILLAGE,
          parentCode: RURAL,
          level: 'village',
          name: { kk: 'Мастексай ауылы', ru: 'село Мастексай' },
        },
        { token: admin },
      );
      expect(village.status).toBe(201);
      expect(village.body.path).toEqual(['KZ-27', DISTRICT, RURAL, VILLAGE]);

      const fetched = await t.client.get(`/api/v1/regions/${RURAL}`);
      expect(fetched.status).toBe(200);
      expect(fetched.body).toMatchObject({ path: ['KZ-27', DISTRICT, RURAL], childCount: 1 });
    });

    it('lists the children of a region and finds regions by part of a name, Kazakh letters included', async () => {
      const children = await t.client.get('/api/v1/regions?parent=KZ-27');
      expect(children.status).toBe(200);
      expect(codes(children.body.items)).toEqual([DISTRICT]);
      expect(children.body.items[0]).toMatchObject({ childCount: 1, name: 'Жаңақала ауданы' });
      expect(codes((await t.client.get(`/api/v1/regions?parent=${DISTRICT}`)).body.items)).toEqual([RURAL]);
      expect(codes((await t.client.get('/api/v1/regions?parent=KZ-19')).body.items)).toEqual([]);

      for (const q of ['жаңақала', 'ЖАҢАҚАЛА', 'Жаңақала', 'жангалин']) {
        const found = await t.client.get(`/api/v1/regions?q=${encodeURIComponent(q)}`);
        expect(found.status).toBe(200);
        expect(codes(found.body.items)).toEqual([DISTRICT]);
      }
      // Without the Kazakh letters it is another word.
      expect(codes((await t.client.get(`/api/v1/regions?q=${encodeURIComponent('жанакала')}`)).body.items)).toEqual([]);
      const mastexay = await t.client.get(`/api/v1/regions?q=${encodeURIComponent('МАСТЕКСАЙ')}`);
      expect(codes(mastexay.body.items).sort()).toEqual([RURAL, VILLAGE]);
    });

    it('refuses a village directly under an oblast, an unknown parent and a repeated code', async () => {
      const village = await t.client.post(
        '/api/v1/regions',
        { code: '270000001', parentCode: 'KZ-27', level: 'village', name: { kk: 'Ауыл', ru: 'Село' } },
        { token: organizer },
      );
      expect(village.status).toBe(400);
      expect(village.body.code).toBe('VALIDATION_FAILED');
      expect(village.body.errors).toEqual([expect.objectContaining({ field: 'level' })]);

      const orphan = await t.client.post(
        '/api/v1/regions',
        { code: '999999999', parentCode: 'KZ-99', level: 'district', name: { kk: 'Аудан', ru: 'Район' } },
        { token: organizer },
      );
      expect(orphan.status).toBe(422);
      expect(orphan.body.code).toBe('REFERENCE_NOT_FOUND');
      expect(orphan.body.errors).toEqual([expect.objectContaining({ field: 'parentCode' })]);

      const duplicate = await t.client.post(
        '/api/v1/regions',
        { code: DISTRICT, parentCode: 'KZ-27', level: 'district', name: { kk: 'Қайта', ru: 'Повтор' } },
        { token: organizer },
      );
      expect(duplicate.status).toBe(409);
      expect(duplicate.body.code).toBe('ALREADY_EXISTS');
      // Nothing of the refused requests was stored.
      expect(codes((await t.client.get('/api/v1/regions?parent=KZ-27')).body.items)).toEqual([DISTRICT]);
      expect((await t.client.get('/api/v1/regions/999999999')).status).toBe(404);
      expect((await t.client.get('/api/v1/regions/270000001')).status).toBe(404);
    });

    it('matches LIKE wildcards in a region search literally', async () => {
      // No region name or code holds "%" or "_": such a search finds nothing rather than everything.
      for (const q of ['%', '_', 'KZ-_7']) {
        const found = await t.client.get(`/api/v1/regions?q=${encodeURIComponent(q)}`);
        expect(found.status).toBe(200);
        expect(codes(found.body.items)).toEqual([]);
      }
    });

    it('lets only organizers and admins add regions', async () => {
      const body = { code: '273640000', parentCode: 'KZ-27', level: 'district', name: { kk: 'Аудан', ru: 'Район' } };
      const asParticipant = await t.client.post('/api/v1/regions', body, { token: participant });
      expect(asParticipant.status).toBe(403);
      expect(asParticipant.body.code).toBe('FORBIDDEN');
      const anonymous = await t.client.post('/api/v1/regions', body);
      expect(anonymous.status).toBe(401);
      expect(anonymous.body.code).toBe('AUTH_REQUIRED');
      expect((await t.client.get('/api/v1/regions/273640000')).status).toBe(404);
    });

    it('keeps former names with their dates: Astana was Nur-Sultan, found by it and named so on a day it held', async () => {
      const astana = await t.client.get('/api/v1/regions/KZ-71?lang=ru');
      expect(astana.status).toBe(200);
      expect(astana.body.name).toBe('Город Астана');
      expect(astana.body.formerNames).toEqual([
        { name: { kk: 'Нұр-Сұлтан', ru: 'Нур-Султан', en: 'Nur-Sultan' }, from: '2019-03-23', until: '2022-09-17' },
      ]);
      expect((await t.client.get('/api/v1/regions/KZ-71?lang=kk&on=2020-06-01')).body.name).toBe('Нұр-Сұлтан');
      expect((await t.client.get('/api/v1/regions/KZ-71?lang=kk&on=2022-09-18')).body.name).toBe('Астана қаласы');
      const found = await t.client.get(`/api/v1/regions?q=${encodeURIComponent('нур-султан')}`);
      expect(found.body.items.map((r: { code: string }) => r.code)).toEqual(['KZ-71']);

      // A district renamed: the admin keeps the old name and its dates; dates out of order are refused at the field.
      const renamed = await t.client.patch(
        `/api/v1/regions/${DISTRICT}`,
        {
          formerNames: [
            { name: { kk: 'Зеленов ауданы', ru: 'Зеленовский район' }, until: '2018-05-04' },
            { name: { kk: 'Ескі атау', ru: 'Старое название' }, from: '1990-01-01', until: '1995-12-31' },
          ],
        },
        { token: admin },
      );
      expect(renamed.body).toMatchObject({ code: DISTRICT });
      expect(renamed.body.formerNames.map((f: { until: string }) => f.until)).toEqual(['1995-12-31', '2018-05-04']);
      expect((await t.client.get(`/api/v1/regions/${DISTRICT}?lang=ru&on=2010-01-01`)).body.name).toBe(
        'Зеленовский район',
      );
      const overlapping = await t.client.patch(
        `/api/v1/regions/${DISTRICT}`,
        {
          formerNames: [
            { name: { kk: 'А', ru: 'А' }, from: '2000-01-01', until: '2010-01-01' },
            { name: { kk: 'Б', ru: 'Б' }, from: '2009-01-01', until: '2012-01-01' },
          ],
        },
        { token: admin, headers: { cookie: 'akim_lang=ru' } },
      );
      expect(overlapping.status).toBe(400);
      expect(overlapping.body.errors).toEqual([
        expect.objectContaining({ field: 'formerNames.1.from', message: expect.stringContaining('не пересекаются') }),
      ]);
      const badDay = await t.client.patch(
        `/api/v1/regions/${DISTRICT}`,
        { formerNames: [{ name: { kk: 'А', ru: 'А' }, until: '17.09.2022' }] },
        { token: admin },
      );
      expect(badDay.status).toBe(400);
      expect((await t.client.get(`/api/v1/regions/${DISTRICT}`)).body.formerNames).toHaveLength(2);

      // Renaming belongs to admins: the tree is shared by every organizer.
      const asOrganizer = await t.client.patch('/api/v1/regions/KZ-71', { formerNames: [] }, { token: organizer });
      expect(asOrganizer.status).toBe(403);
      expect((await t.client.patch('/api/v1/regions/KZ-71', { formerNames: [] })).status).toBe(401);
      expect((await t.client.patch('/api/v1/regions/KZ-99', { formerNames: [] }, { token: admin })).status).toBe(404);
    });
  });

  describe('organizations', () => {
    let association: Json;

    it('creates organizations with the default announcement lead time of 5 days', async () => {
      expect(orgA).toMatchObject({ kind: 'akimat', regionCode: 'KZ-27', announcementLeadDays: 5, version: 1 });
      const created = await t.client.post(
        '/api/v1/organizations?lang=ru',
        {
          name: {
            kk: 'Мастексай ауылдық округі әкімінің аппараты',
            ru: 'Аппарат акима Мастексайского сельского округа',
          },
          kind: 'akimat',
          regionCode: RURAL,
        },
        { token: admin },
      );
      expect(created.status).toBe(201);
      ruralOrg = created.body;
      expect(ruralOrg).toMatchObject({
        name: 'Аппарат акима Мастексайского сельского округа',
        regionCode: RURAL,
        announcementLeadDays: 5,
        version: 1,
      });
      const assoc = await t.client.post(
        '/api/v1/organizations',
        {
          name: {
            kk: 'Қазақстан мәслихаттары депутаттарының қауымдастығы',
            ru: 'Ассоциация депутатов маслихатов Казахстана',
          },
          kind: 'association',
          announcementLeadDays: 10,
        },
        { token: admin },
      );
      expect(assoc.status).toBe(201);
      association = assoc.body;
      expect(association).toMatchObject({ kind: 'association', regionCode: null, announcementLeadDays: 10 });

      const unknownRegion = await t.client.post(
        '/api/v1/organizations',
        { name: { kk: 'Белгісіз', ru: 'Неизвестная' }, regionCode: '279999999' },
        { token: admin },
      );
      expect(unknownRegion.status).toBe(422);
      expect(unknownRegion.body.code).toBe('REFERENCE_NOT_FOUND');

      expect((await t.client.post('/api/v1/organizations', { name: { kk: 'x', ru: 'x' } })).status).toBe(401);
      const denied = await t.client.post(
        '/api/v1/organizations',
        { name: { kk: 'x', ru: 'x' } },
        { token: participant },
      );
      expect(denied.status).toBe(403);
    });

    it('lists by text and by region, a region meaning its whole subtree', async () => {
      const all = await t.client.get('/api/v1/organizations');
      expect(all.status).toBe(200);
      expect(all.body.total).toBe(4);

      const inWestKazakhstan = await t.client.get('/api/v1/organizations?region=KZ-27');
      expect(ids(inWestKazakhstan.body.items).sort()).toEqual([orgA.id, ruralOrg.id].sort());
      expect(inWestKazakhstan.body.total).toBe(2);
      expect(ids((await t.client.get('/api/v1/organizations?region=kz-27')).body.items).sort()).toEqual(
        [orgA.id, ruralOrg.id].sort(),
      );
      expect(ids((await t.client.get(`/api/v1/organizations?region=${DISTRICT}`)).body.items)).toEqual([ruralOrg.id]);
      expect(ids((await t.client.get('/api/v1/organizations?region=KZ-19')).body.items)).toEqual([orgB.id]);

      const search = async (q: string): Promise<string[]> =>
        ids((await t.client.get(`/api/v1/organizations?q=${encodeURIComponent(q)}`)).body.items);
      expect(await search('мастексай')).toEqual([ruralOrg.id]);
      expect(await search('МӘСЛИХАТТАРЫ')).toEqual([association.id]);
      expect(await search('ассоциация')).toEqual([association.id]);
      expect((await search('әкімдігі')).sort()).toEqual([orgA.id, orgB.id].sort());
      expect(await search('almaty region')).toEqual([orgB.id]);
      const both = await t.client.get(`/api/v1/organizations?q=${encodeURIComponent('әкім')}&region=KZ-19`);
      expect(ids(both.body.items)).toEqual([orgB.id]);
    });

    it('knows central agencies, NGOs, public foundations and international partners, and no made-up kind', async () => {
      const named = {
        central_agency: {
          kk: 'Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігі',
          ru: 'Агентство по противодействию коррупции',
        },
        ngo: { kk: '«Жас Отан» жастар қанаты', ru: 'Молодёжное крыло «Жас Отан»' },
        foundation: { kk: '«Жамбыл – адалдық алаңы» қоғамдық қоры', ru: 'Общественный фонд «Жамбыл – адалдық алаңы»' },
        international: { kk: 'БҰҰДБ Қазақстандағы өкілдігі', ru: 'Представительство ПРООН в Казахстане' },
      };
      for (const [kind, name] of Object.entries(named)) {
        const created = await t.client.post('/api/v1/organizations', { name, kind }, { token: admin });
        expect(created.status).toBe(201);
        expect(created.body.kind).toBe(kind);
        expect((await t.client.get(`/api/v1/organizations/${created.body.id}`)).body.kind).toBe(kind);
      }
      const madeUp = await t.client.post(
        '/api/v1/organizations',
        { name: { kk: 'Клуб', ru: 'Клуб' }, kind: 'club' },
        { token: admin, headers: { cookie: 'akim_lang=ru' } },
      );
      expect(madeUp.status).toBe(400);
      expect(madeUp.body.code).toBe('VALIDATION_FAILED');
      // The database holds the same list: a row written around the API cannot carry another kind.
      await withClient(t.databaseUrl, async (c) => {
        await expect(
          c.query(`INSERT INTO organizations (name, kind) VALUES ('{"kk":"x","ru":"x"}', 'club')`),
        ).rejects.toThrow(/organizations_kind_check/);
      });
    });

    it('matches LIKE wildcards in an organization search literally', async () => {
      for (const q of ['%', '_', 'акимат_']) {
        const found = await t.client.get(`/api/v1/organizations?q=${encodeURIComponent(q)}`);
        expect(found.status).toBe(200);
        expect(ids(found.body.items)).toEqual([]);
      }
    });

    it('updates with If-Match and refuses a stale version with 409 VERSION_MISMATCH', async () => {
      const first = await t.client.patch(
        `/api/v1/organizations/${ruralOrg.id}`,
        { announcementLeadDays: 7 },
        { token: admin, headers: { 'if-match': '1' } },
      );
      expect(first.status).toBe(200);
      expect(first.body).toMatchObject({ announcementLeadDays: 7, version: 2, regionCode: RURAL });

      const stale = await t.client.patch(
        `/api/v1/organizations/${ruralOrg.id}`,
        { announcementLeadDays: 3 },
        { token: admin, headers: { 'if-match': '1' } },
      );
      expect(stale.status).toBe(409);
      expect(stale.body.code).toBe('VERSION_MISMATCH');
      const current = await t.client.get(`/api/v1/organizations/${ruralOrg.id}`);
      expect(current.body).toMatchObject({ announcementLeadDays: 7, version: 2 });

      const missing = await t.client.patch(
        `/api/v1/organizations/${randomUUID()}`,
        { kind: 'other' },
        { token: admin },
      );
      expect(missing.status).toBe(404);
    });

    it('lets an organizer edit the organization they are scoped to, and no other', async () => {
      const own = await t.client.patch(
        `/api/v1/organizations/${orgA.id}`,
        { name: { kk: 'Батыс Қазақстан облысы әкімінің аппараты', ru: 'Аппарат акима Западно-Казахстанской области' } },
        { token: organizer, headers: { 'if-match': String(orgA.version) } },
      );
      expect(own.status).toBe(200);
      expect(own.body).toMatchObject({ name: 'Батыс Қазақстан облысы әкімінің аппараты', version: orgA.version + 1 });
      orgA = own.body;

      const other = await t.client.patch(
        `/api/v1/organizations/${orgB.id}`,
        { announcementLeadDays: 1 },
        { token: organizer },
      );
      expect(other.status).toBe(403);
      expect(other.body.code).toBe('FORBIDDEN');
      expect((await t.client.get(`/api/v1/organizations/${orgB.id}`)).body).toMatchObject({
        announcementLeadDays: 5,
        version: 1,
      });
      const asParticipant = await t.client.patch(
        `/api/v1/organizations/${orgA.id}`,
        { announcementLeadDays: 1 },
        { token: participant },
      );
      expect(asParticipant.status).toBe(403);
    });
  });

  describe('people', () => {
    const person: Record<string, Json> = {};

    it('creates people with Kazakh names', async () => {
      const people: Json[] = [
        {
          fullName: { kk: 'Қасымшалов Ерлан Серікұлы', ru: 'Касымшалов Ерлан Серикович' },
          position: { kk: 'Мастексай ауылдық округінің әкімі', ru: 'Аким Мастексайского сельского округа' },
          organizationId: ruralOrg.id,
          regionCode: RURAL,
          category: 'rural_akim',
          email: 'Kasymshalov@ZKO.kz',
          phone: '8 (701) 123-45-67',
        },
        { fullName: { kk: 'Ахметов Бауыржан' }, regionCode: DISTRICT, category: 'district_akim' },
        { fullName: { kk: 'Әлиев Марат' }, regionCode: 'KZ-19', organizationId: orgB.id },
        { fullName: { kk: 'Іргебаев Нұрлан' }, regionCode: 'KZ-27', organizationId: orgA.id },
        { fullName: { kk: 'Ысқақов Дәулет', ru: 'Ыскаков Даулет' }, regionCode: 'KZ-19' },
        { fullName: { kk: 'Бекова Гүлнар' }, email: 'bekova@test.kz' },
        { fullName: { kk: 'Ұзақов Асқар', ru: 'Узаков Аскар' }, regionCode: DISTRICT, organizationId: orgA.id },
      ];
      for (const body of people) {
        const created = await t.client.post('/api/v1/people', body, { token: admin });
        expect(created.status).toBe(201);
        person[surname(created.body)] = created.body;
      }
      expect(person['Қасымшалов']).toMatchObject({
        name: 'Қасымшалов Ерлан Серікұлы',
        fullName: { kk: 'Қасымшалов Ерлан Серікұлы', ru: 'Касымшалов Ерлан Серикович' },
        organization: { id: ruralOrg.id },
        regionCode: RURAL,
        category: 'rural_akim',
        email: 'kasymshalov@zko.kz',
        phone: '+77011234567',
        language: 'kk',
        version: 1,
      });
      const inRussian = await t.client.get(`/api/v1/people/${person['Қасымшалов'].id}?lang=ru`, { token: admin });
      expect(inRussian.body).toMatchObject({
        name: 'Касымшалов Ерлан Серикович',
        positionText: 'Аким Мастексайского сельского округа',
        organization: { name: 'Аппарат акима Мастексайского сельского округа' },
      });

      // An organizer may add people too.
      const byOrganizer = await t.client.post(
        '/api/v1/people',
        { fullName: { kk: 'Жақыпов А_Б' } },
        { token: organizer },
      );
      expect(byOrganizer.status).toBe(201);
      person['А_Б'] = byOrganizer.body;
      person['АӘБ'] = (
        await t.client.post('/api/v1/people', { fullName: { kk: 'Жақыпов АӘБ' } }, { token: admin })
      ).body;
      person['100%'] = (
        await t.client.post('/api/v1/people', { fullName: { kk: 'Сейітов 100%' } }, { token: admin })
      ).body;
    });

    it('finds people by part of a name whatever the case, in Kazakh or in Russian spelling', async () => {
      const kasymshalov = person['Қасымшалов'].id as string;
      expect(ids(await searchPeople('қасым'))).toEqual([kasymshalov]);
      expect(ids(await searchPeople('ҚАСЫМ'))).toEqual([kasymshalov]);
      expect(ids(await searchPeople('Қасымшалов Ерлан'))).toEqual([kasymshalov]);
      // The Russian spelling is searched too: "касым" is not in the Kazakh name (Қ ≠ К).
      expect(ids(await searchPeople('касым'))).toEqual([kasymshalov]);
      expect(ids(await searchPeople('СЕРИКОВИЧ'))).toEqual([kasymshalov]);
      expect(ids(await searchPeople('серікұлы'))).toEqual([kasymshalov]);
      // Other Kazakh capitals fold too.
      expect(ids(await searchPeople('ІРГЕ'))).toEqual([person['Іргебаев'].id]);
      expect(ids(await searchPeople('ысқақ'))).toEqual([person['Ысқақов'].id]);
      expect(ids(await searchPeople('ұзақов'))).toEqual([person['Ұзақов'].id]);
      expect(ids(await searchPeople('ӘЛИЕВ'))).toEqual([person['Әлиев'].id]);
      expect(ids(await searchPeople('гүлнар'))).toEqual([person['Бекова'].id]);
      expect(await searchPeople('Төреғалиев')).toEqual([]);
    });

    it('matches LIKE wildcards in a search literally', async () => {
      expect(ids(await searchPeople('%'))).toEqual([person['100%'].id]);
      expect(ids(await searchPeople('0%'))).toEqual([person['100%'].id]);
      expect(ids(await searchPeople('_'))).toEqual([person['А_Б'].id]);
      expect(ids(await searchPeople('а_б'))).toEqual([person['А_Б'].id]);
      expect(await searchPeople('%%')).toEqual([]);
      expect(await searchPeople('\\')).toEqual([]);
      // The Kazakh-letter neighbour is still found by itself.
      expect(ids(await searchPeople('аәб'))).toEqual([person['АӘБ'].id]);
    });

    it('sorts in Kazakh alphabetical order by default', async () => {
      const all = await t.client.get('/api/v1/people?limit=500', { token: admin });
      expect(all.status).toBe(200);
      expect(all.body.total).toBe(10);
      const surnames = (all.body.items as Json[]).map(surname).filter((s) => KAZAKH_ORDER.includes(s));
      expect(surnames).toEqual(KAZAKH_ORDER);
      // Paging follows the same order.
      const page = await t.client.get('/api/v1/people?limit=2&offset=1', { token: admin });
      expect(ids(page.body.items)).toEqual(ids(all.body.items).slice(1, 3));
    });

    it('filters by region (with its sub-regions) and by organization', async () => {
      const inRegion = async (code: string): Promise<string[]> => {
        const result = await t.client.get(`/api/v1/people?limit=500&region=${code}`, { token: admin });
        expect(result.status).toBe(200);
        return (result.body.items as Json[]).map(surname);
      };
      expect(await inRegion('KZ-27')).toEqual(['Ахметов', 'Қасымшалов', 'Ұзақов', 'Іргебаев']);
      expect(await inRegion('kz-27')).toEqual(['Ахметов', 'Қасымшалов', 'Ұзақов', 'Іргебаев']);
      expect(await inRegion(DISTRICT)).toEqual(['Ахметов', 'Қасымшалов', 'Ұзақов']);
      expect(await inRegion(RURAL)).toEqual(['Қасымшалов']);
      expect(await inRegion('KZ-19')).toEqual(['Әлиев', 'Ысқақов']);
      expect(await inRegion('KZ-10')).toEqual([]);

      const ofOrg = await t.client.get(`/api/v1/people?organization=${orgA.id}`, { token: admin });
      expect((ofOrg.body.items as Json[]).map(surname)).toEqual(['Ұзақов', 'Іргебаев']);
      expect(ofOrg.body.total).toBe(2);
      const both = await t.client.get(`/api/v1/people?organization=${orgA.id}&region=${DISTRICT}&q=асқар`, {
        token: admin,
      });
      expect((both.body.items as Json[]).map(surname)).toEqual(['Ұзақов']);
    });

    it('refuses an unknown organization or region with 422 and a repeated e-mail with 409', async () => {
      const before = await peopleCount();
      const unknownOrg = await t.client.post(
        '/api/v1/people',
        { fullName: { kk: 'Серікбаев Айдос' }, organizationId: randomUUID() },
        { token: admin },
      );
      expect(unknownOrg.status).toBe(422);
      expect(unknownOrg.body.code).toBe('REFERENCE_NOT_FOUND');
      expect(unknownOrg.body.errors).toEqual([expect.objectContaining({ field: 'organizationId' })]);

      const unknownRegion = await t.client.post(
        '/api/v1/people',
        { fullName: { kk: 'Серікбаев Айдос' }, regionCode: '279999999' },
        { token: admin },
      );
      expect(unknownRegion.status).toBe(422);
      expect(unknownRegion.body.code).toBe('REFERENCE_NOT_FOUND');

      const duplicate = await t.client.post(
        '/api/v1/people',
        { fullName: { kk: 'Басқа Адам' }, email: 'KASYMSHALOV@zko.kz' },
        { token: admin },
      );
      expect(duplicate.status).toBe(409);
      expect(duplicate.body.code).toBe('ALREADY_EXISTS');
      expect(await peopleCount()).toBe(before);
    });

    it('keeps the directory private: staff only, and only organizers and admins write', async () => {
      const anonymous = await t.client.get('/api/v1/people');
      expect(anonymous.status).toBe(401);
      expect(anonymous.body.code).toBe('AUTH_REQUIRED');
      const asParticipant = await t.client.get('/api/v1/people', { token: participant });
      expect(asParticipant.status).toBe(403);
      expect(asParticipant.body.code).toBe('FORBIDDEN');
      expect((await t.client.get(`/api/v1/people/${person['Бекова'].id}`, { token: participant })).status).toBe(403);
      expect((await t.client.get(`/api/v1/people/${person['Бекова'].id}`)).status).toBe(401);

      const asChecker = await t.client.get(`/api/v1/people?q=${encodeURIComponent('қасым')}`, { token: checker });
      expect(asChecker.status).toBe(200);
      expect(ids(asChecker.body.items)).toEqual([person['Қасымшалов'].id]);
      const checkerPost = await t.client.post(
        '/api/v1/people',
        { fullName: { kk: 'Тексеруші Қосқан' } },
        { token: checker },
      );
      expect(checkerPost.status).toBe(403);
      expect(checkerPost.body.code).toBe('FORBIDDEN');
      expect(await searchPeople('Тексеруші')).toEqual([]);
    });
  });

  describe('people import', () => {
    const SURNAMES = [
      'Әбілқасымов',
      'Ғабитов',
      'Құрманов',
      'Өтебаев',
      'Ұлықпанов',
      'Үмбетов',
      'Ілиясов',
      'Нұрғалиев',
      'Жұмағұлов',
      'Төлеуғалиев',
      'Сәрсенбаев',
      'Мұқанов',
      'Бөкейханов',
      'Шыңғысов',
      'Ерғожин',
    ];
    const GIVEN = ['Нұржан', 'Асқар', 'Мәди', 'Ғалым', 'Өмірзақ', 'Ұлан', 'Үміт', 'Қайрат', 'Іңкәр', 'Әсел'];

    it('(a) imports a 150-row XLSX list of rural akims, organizations named in Russian', async () => {
      const before = await peopleCount();
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('Ауыл әкімдері');
      sheet.addRow(['№', 'Аты-жөні', 'Лауазымы', 'Должность', 'Организация', 'Регион', 'Санаты', 'E-mail', 'Телефон']);
      const regionCycle = ['KZ-27', DISTRICT, RURAL];
      const orgCycle = ['Аппарат акима Мастексайского сельского округа', 'аппарат акима западно-казахстанской области'];
      for (let i = 0; i < 150; i++) {
        sheet.addRow([
          i + 1,
          `${SURNAMES[i % 15]} ${GIVEN[Math.floor(i / 15)]}`,
          'Ауылдық округ әкімі',
          'Аким сельского округа',
          orgCycle[i % 2],
          regionCycle[i % 3],
          'ауылдық округ әкімі',
          `rural.akim${i + 1}@zko.kz`,
          `8 701 555 ${String(i + 1).padStart(4, '0')}`,
        ]);
      }
      const buffer = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);

      const result = await upload('?fileName=akims.xlsx', buffer, XLSX_TYPE);
      // An import is an action with a report, not a created resource: 200, as the OpenAPI document says.
      expect(result.status).toBe(200);
      expect(result.body).toMatchObject({ totalRows: 150, imported: 150, dryRun: false, errors: [] });
      expect(await peopleCount()).toBe(before + 150);

      // Row 78 (i = 76): surname 76 % 15 = 1, given name floor(76 / 15) = 5, organization 76 % 2 = 0, region 76 % 3 = 1.
      const found = await searchPeople('ғабитов ұлан');
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({
        fullName: { kk: 'Ғабитов Ұлан' },
        position: { kk: 'Ауылдық округ әкімі', ru: 'Аким сельского округа' },
        organization: { id: ruralOrg.id },
        regionCode: DISTRICT,
        category: 'rural_akim',
        email: 'rural.akim77@zko.kz',
        phone: '+77015550077',
      });
      const inRural = await t.client.get(`/api/v1/people?limit=1&region=${RURAL}`, { token: admin });
      expect(inRural.body.total).toBe(50 + 1); // a third of the rows, and Қасымшалов
    });

    it('(b) reports every bad row in the asked language and imports nothing when any row is bad', async () => {
      const before = await peopleCount();
      const csv =
        '\uFEFFАты-жөні;ФИО;Организация;Като;Email\r\n' +
        'Бақытжанов Ерлан;Бахытжанов Ерлан;Акимат Алматинской области;KZ-19;bakytzhanov@zko.kz\r\n' +
        'Жұмабаев Қанат;Жумабаев Канат;Белгісіз ұйым;273630000;not-an-email\r\n' +
        'Серікбаев Айдос;Серикбаев Айдос;Акимат Алматинской области;273630000;serikbayev@zko.kz\r\n' +
        'Төлеуов Нұрлан;Толеуов Нурлан;Аппарат акима Мастексайского сельского округа;279999999;Kasymshalov@ZKO.kz\r\n' +
        'Оспанова Гүлмира;Оспанова Гульмира;;;ospanova@zko.kz\r\n';
      const result = await importCsv('?fileName=akims.csv', csv, admin, { cookie: 'akim_lang=ru' });
      expect(result.status).toBe(200);
      expect(result.body).toMatchObject({ totalRows: 5, imported: 0, dryRun: false });
      expect(await peopleCount()).toBe(before);
      expect(await searchPeople('Бақытжанов')).toEqual([]);
      expect(await searchPeople('Оспанова')).toEqual([]);

      const errors = result.body.errors as Json[];
      expect([...new Set(errors.map((e) => e.row))]).toEqual([3, 5]);
      expect(errors).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            row: 3,
            field: 'email',
            code: 'isEmail',
            message: 'Неверный адрес электронной почты',
          }),
          expect.objectContaining({
            row: 5,
            field: 'email',
            code: 'alreadyExists',
            message: 'Это значение уже занято',
          }),
          expect.objectContaining({ row: 5, field: 'regionCode', code: 'exists', message: 'Такой записи нет' }),
        ]),
      );
      // Every problem of a row is reported at once: row 3 also names an unknown organization.
      expect(errors.map(({ row, field, code }) => ({ row, field, code }))).toEqual([
        { row: 3, field: 'email', code: 'isEmail' },
        { row: 3, field: 'organization', code: 'exists' },
        { row: 5, field: 'email', code: 'alreadyExists' },
        { row: 5, field: 'regionCode', code: 'exists' },
      ]);
      expect(errors.find((e) => e.field === 'organization')).toMatchObject({
        message: 'Такой записи нет',
        value: 'Белгісіз ұйым',
      });
    });

    it('(c) checks a good file without writing anything on ?dryRun=true', async () => {
      const csv =
        '\uFEFFАты-жөні;ФИО;Организация;Като;Санаты\n' +
        'Бақытжанов Ерлан;Бахытжанов Ерлан;Акимат Алматинской области;KZ-19;district akim\n' +
        'Серікбаев Айдос;Серикбаев Айдос;Аппарат акима Мастексайского сельского округа;273633100;сельский аким\n' +
        'Оспанова Гүлмира;Оспанова Гульмира;;;\n';
      const before = await peopleCount();
      const dry = await importCsv('?fileName=akims.csv&dryRun=true', csv);
      expect(dry.status).toBe(200);
      expect(dry.body).toEqual({ totalRows: 3, imported: 0, dryRun: true, errors: [], warnings: [] });
      expect(await peopleCount()).toBe(before);
      expect(await searchPeople('Бақытжанов')).toEqual([]);

      const real = await importCsv('?fileName=akims.csv', csv);
      expect(real.status).toBe(200);
      expect(real.body).toMatchObject({ totalRows: 3, imported: 3, dryRun: false, errors: [] });
      expect(await peopleCount()).toBe(before + 3);
      expect(await searchPeople('бахытжанов')).toEqual([
        expect.objectContaining({
          category: 'district_akim',
          regionCode: 'KZ-19',
          organization: expect.objectContaining({ id: orgB.id }),
        }),
      ]);
    });

    it('(d) refuses a file it cannot read with 422 IMPORT_UNREADABLE, and a JSON body with 415', async () => {
      const before = await peopleCount();
      const pdf = new Uint8Array(
        Buffer.concat([
          Buffer.from('%PDF-1.7\n'),
          Buffer.from([0x25, 0xe2, 0xe3, 0xcf, 0xd3, 0x0a]),
          Buffer.from('1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\nstream\n'),
          Buffer.from([0x78, 0x9c, 0x00, 0xff, 0xfe, 0x00, 0x8b, 0x0a]),
          Buffer.from('endstream\n%%EOF\n'),
        ]),
      );
      const attempts = [
        await upload('?fileName=report.pdf', pdf, 'application/octet-stream', admin, { cookie: 'akim_lang=ru' }),
        await upload('', pdf, 'application/octet-stream', admin, { cookie: 'akim_lang=ru' }),
        await upload('?fileName=akims.csv', pdf, 'text/csv', admin, { cookie: 'akim_lang=ru' }),
        await upload('?fileName=akims.xlsx', pdf, XLSX_TYPE, admin, { cookie: 'akim_lang=ru' }),
      ];
      for (const attempt of attempts) {
        expect(attempt.status).toBe(422);
        expect(attempt.body.code).toBe('IMPORT_UNREADABLE');
        expect(attempt.body.message).toMatch(/^Не удалось прочитать файл/);
      }

      const json = await t.client.post(
        '/api/v1/people/import?fileName=akims.json',
        [{ fullName: { kk: 'Бақытжанов Ерлан' } }],
        { token: admin },
      );
      expect(json.status).toBe(415);
      expect(json.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
      // A declared PDF is refused by its media type before it is read.
      const declaredPdf = await upload('?fileName=report.pdf', pdf, 'application/pdf');
      expect(declaredPdf.status).toBe(415);
      expect(declaredPdf.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
      expect(await peopleCount()).toBe(before);
    });

    it('(e) lets only organizers and admins import', async () => {
      const csv = 'Аты-жөні\nҚосымша Адам\n';
      const before = await peopleCount();
      const asParticipant = await importCsv('?fileName=akims.csv', csv, participant);
      expect(asParticipant.status).toBe(403);
      expect(asParticipant.body.code).toBe('FORBIDDEN');
      expect((await importCsv('?fileName=akims.csv', csv, checker)).status).toBe(403);
      expect((await importCsv('?fileName=akims.csv', csv, '')).status).toBe(401);
      expect(await peopleCount()).toBe(before);

      const asOrganizer = await importCsv('?fileName=akims.csv', csv, organizer);
      expect(asOrganizer.status).toBe(200);
      expect(asOrganizer.body.imported).toBe(1);
      expect(await peopleCount()).toBe(before + 1);
    });
  });
});
