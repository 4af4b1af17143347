import ical, { type VEvent } from 'node-ical';
import { atDayFromNow, createOrganization, createPerson, publishedEvent, userAs } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';
import { withClient } from '../support/test-database';
import { descendants, parseXml, type XmlElement } from '../support/xml';

const DISTRICT = '273620000';

/** The VEVENTs of a calendar as node-ical reads it, by UID. */
function vevents(text: string): Map<string, VEvent> {
  const parsed = ical.sync.parseICS(text);
  const events = Object.values(parsed).filter((c): c is VEvent => c?.type === 'VEVENT');
  return new Map(events.map((e) => [e.uid, e]));
}

/** A well-formed XML document. */
function wellFormed(text: string): XmlElement {
  const { root, problems } = parseXml(text);
  expect(problems).toEqual([]);
  return root!;
}

describe('feeds: calendars and the feed of adopted acts', () => {
  let t: TestApp;
  let admin: string;
  let organizer: { id: string };
  let other: { id: string };
  /** Forums: in KZ-27, in a district below it, in another oblast, invite-only, a draft, another organizer's. */
  let oblast: string;
  let district: string;
  let elsewhere: string;
  let inviteOnly: string;
  let draft: string;
  let othersForum: string;
  let host: string;
  const secrets = { email: 'akim.feeds@example.kz', phone: '+77015550123', badge: '' };

  const uid = (eventId: string): string => `forum-${eventId}@${host}`;

  beforeAll(async () => {
    t = await startTestApp({ PUBLIC_URL: 'https://forum.example.kz' });
    host = 'forum.example.kz';
    admin = await t.adminToken();
    const region = await t.client.post(
      '/api/v1/regions',
      { code: DISTRICT, parentCode: 'KZ-27', level: 'district', name: { kk: 'Бөрлі ауданы', ru: 'Бурлинский район' } },
      { token: admin },
    );
    expect(region.status).toBe(201);
    organizer = await createOrganization(t, { name: { kk: 'БҚО әкімдігі', ru: 'Акимат ЗКО' } });
    other = await createOrganization(t, { name: { kk: 'Алматы облысы әкімдігі', ru: 'Акимат Алматинской области' } });
    const at = (days: number) => ({ startsAt: atDayFromNow(days, '10:00'), endsAt: atDayFromNow(days, '18:00') });
    oblast = (await publishedEvent(t, admin, [organizer.id], { ...at(20), slug: 'feed-oblast' })).id;
    district = (
      await publishedEvent(t, admin, [organizer.id], { ...at(21), slug: 'feed-district', regionCode: DISTRICT })
    ).id;
    elsewhere = (
      await publishedEvent(t, admin, [organizer.id], { ...at(22), slug: 'feed-elsewhere', regionCode: 'KZ-19' })
    ).id;
    inviteOnly = (await publishedEvent(t, admin, [organizer.id], { ...at(23), visibility: 'invite_only' })).id;
    const draftBody = {
      kind: 'forum',
      title: { kk: 'Жоба', ru: 'Черновик' },
      organizerIds: [organizer.id],
      regionCode: 'KZ-27',
      venue: { name: { kk: 'Зал', ru: 'Зал' } },
      ...at(24),
      timeZone: 'Asia/Oral',
    };
    draft = (await t.client.post('/api/v1/events', draftBody, { token: admin })).body.id;
    othersForum = (await publishedEvent(t, admin, [other.id], { ...at(25), slug: 'feed-other-organizer' })).id;
  }, 60_000);

  afterAll(async () => {
    await t.close();
  });

  it('lists the public forums of a region and of the regions below it, nothing else', async () => {
    const feed = await t.client.get('/api/v1/feeds/calendar.ics?region=KZ-27&lang=ru');
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(feed.text).toMatch(/\r\nREFRESH-INTERVAL;VALUE=DURATION:PT1H\r\n/);
    expect(feed.text).toMatch(/\r\nX-PUBLISHED-TTL:PT1H\r\n/);
    const events = vevents(feed.text);
    expect([...events.keys()].sort()).toEqual([uid(oblast), uid(district), uid(othersForum)].sort());
    for (const id of [elsewhere, inviteOnly, draft]) {
      expect(events.has(uid(id))).toBe(false);
    }
    const forum = events.get(uid(oblast))!;
    expect(forum.summary).toBe('Форум сельских акимов');
    // node-ical keeps the VALUE=URI parameter that ical-generator writes.
    expect(forum.url).toEqual({ params: { VALUE: 'URI' }, val: 'https://forum.example.kz/events/feed-oblast?lang=ru' });
    expect(forum.start.toISOString()).toBe(new Date(atDayFromNow(20, '10:00')).toISOString());
    expect(forum.status).toBe('CONFIRMED');

    const below = vevents((await t.client.get(`/api/v1/feeds/calendar.ics?region=${DISTRICT}`)).text);
    expect([...below.keys()]).toEqual([uid(district)]);
    const ofOrganizer = vevents((await t.client.get(`/api/v1/feeds/calendar.ics?organizer=${other.id}`)).text);
    expect([...ofOrganizer.keys()]).toEqual([uid(othersForum)]);
  });

  it('answers 304 to a calendar that has the current version, and refuses unknown scopes with the error shape', async () => {
    const first = await t.client.get('/api/v1/feeds/calendar.ics?region=KZ-19');
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^W\/"/);
    expect(first.headers.get('cache-control')).toBe('public, max-age=300');
    const again = await t.client.get('/api/v1/feeds/calendar.ics?region=KZ-19', { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);

    const unknown = await t.client.get('/api/v1/feeds/calendar.ics?region=KZ-99&lang=ru');
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('NOT_FOUND');
    const malformed = await t.client.get('/api/v1/feeds/calendar.ics?organizer=nope');
    expect(malformed.status).toBe(400);
    expect(malformed.body.code).toBe('VALIDATION_FAILED');
    expect((await t.client.get('/api/v1/feeds/acts.atom?region=KZ-99')).status).toBe(404);
  });

  it('raises SEQUENCE when a session moves, keeping the UID; the programme shows the new time', async () => {
    const session = await t.client.post(
      `/api/v1/events/${oblast}/sessions`,
      {
        kind: 'plenary',
        title: { kk: 'Пленарлық отырыс', ru: 'Пленарное заседание' },
        startsAt: atDayFromNow(20, '11:00'),
        endsAt: atDayFromNow(20, '12:00'),
      },
      { token: admin },
    );
    expect(session.status).toBe(201);
    const path = '/api/v1/feeds/calendar.ics?region=KZ-27&lang=ru';
    const before = await t.client.get(path);
    const sequenceBefore = Number(vevents(before.text).get(uid(oblast))!.sequence);
    expect(vevents(before.text).get(uid(oblast))!.description).toContain('11:00–12:00 Пленарное заседание');

    const moved = await t.client.patch(
      `/api/v1/sessions/${session.body.id}`,
      { startsAt: atDayFromNow(20, '14:00'), endsAt: atDayFromNow(20, '15:30') },
      { token: admin },
    );
    expect(moved.status).toBe(200);
    const after = await t.client.get(path, { headers: { 'if-none-match': before.headers.get('etag')! } });
    expect(after.status).toBe(200);
    const forum = vevents(after.text).get(uid(oblast))!;
    expect(Number(forum.sequence)).toBeGreaterThan(sequenceBefore);
    expect(forum.description).toContain('14:00–15:30 Пленарное заседание');
    // The other forums did not change.
    expect(vevents(after.text).get(uid(district))!.sequence).toBe(vevents(before.text).get(uid(district))!.sequence);
  });

  it('keeps a cancelled forum in the feed with STATUS:CANCELLED and a higher SEQUENCE', async () => {
    const path = `/api/v1/feeds/calendar.ics?region=${DISTRICT}&lang=kk`;
    const before = vevents((await t.client.get(path)).text).get(uid(district))!;
    expect((await t.client.post(`/api/v1/events/${district}/cancel`, undefined, { token: admin })).status).toBe(200);
    const text = (await t.client.get(path)).text;
    const after = vevents(text).get(uid(district))!;
    expect(after.status).toBe('CANCELLED');
    expect(Number(after.sequence)).toBeGreaterThan(Number(before.sequence));
    expect(text).toContain('STATUS:CANCELLED');
  });

  it('gives a person a private calendar of their registrations that stops once revoked or replaced', async () => {
    const person = await createPerson(t, 'Ерлан Нұрланов', { email: secrets.email, phone: secrets.phone });
    const token = await userAs(t, person.id);
    const registered = await t.client.post(`/api/v1/events/${oblast}/registrations`, {}, { token });
    expect(registered.status).toBe(201);
    const mine = await t.client.get('/api/v1/registrations/mine', { token });
    secrets.badge = mine.body[0].badgeCode;
    expect(secrets.badge).toBeTruthy();

    expect((await t.client.post('/api/v1/feeds/my')).status).toBe(401);
    expect((await t.client.get('/api/v1/feeds/my')).status).toBe(401);
    expect((await t.client.get('/api/v1/feeds/my', { token })).body).toEqual({ active: false, createdAt: null });
    const made = await t.client.post('/api/v1/feeds/my', undefined, { token });
    expect(made.status).toBe(201);
    expect(made.body.url).toMatch(/^https:\/\/forum\.example\.kz\/api\/v1\/feeds\/my\/[A-Za-z0-9_-]{43}\.ics$/);
    expect(made.body.webcalUrl).toBe(made.body.url.replace('https:', 'webcal:'));
    expect((await t.client.get('/api/v1/feeds/my', { token })).body.active).toBe(true);

    const path = new URL(made.body.url as string).pathname;
    const feed = await t.client.get(path);
    expect(feed.status).toBe(200);
    expect(feed.headers.get('cache-control')).toBe('private, max-age=300');
    expect([...vevents(feed.text).keys()]).toEqual([uid(oblast)]);
    // The account's language (kk) unless the address asks for another.
    expect(feed.text).toContain('X-WR-CALNAME:Менің форумдарым');
    expect((await t.client.get(`${path}?lang=ru`)).text).toContain('X-WR-CALNAME:Мои форумы');
    // Only the hash is stored.
    const stored = await withClient(t.databaseUrl, (c) => c.query(`SELECT token_hash FROM calendar_feed_tokens`));
    const token43 = path.slice('/api/v1/feeds/my/'.length, -'.ics'.length);
    expect(JSON.stringify(stored.rows)).not.toContain(token43);

    // A new address replaces the old one.
    const replaced = await t.client.post('/api/v1/feeds/my', undefined, { token });
    const newPath = new URL(replaced.body.url as string).pathname;
    const gone = await t.client.get(path);
    expect(gone.status).toBe(410);
    expect(gone.body.code).toBe('FEED_REVOKED');
    expect((await t.client.get(newPath)).status).toBe(200);

    expect((await t.client.delete('/api/v1/feeds/my', { token })).status).toBe(204);
    const revoked = await t.client.get(`${newPath}?lang=ru`);
    expect(revoked.status).toBe(410);
    expect(revoked.body.message).toMatch(/отозвана/);
    expect((await t.client.delete('/api/v1/feeds/my', { token })).status).toBe(404);
    expect((await t.client.get(`/api/v1/feeds/my/${'A'.repeat(43)}.ics`)).status).toBe(404);
    expect((await t.client.get('/api/v1/feeds/my/short.ics')).status).toBe(404);
  });

  it('lists only adopted resolutions of public forums in the Atom feed, as well-formed XML', async () => {
    await withClient(t.databaseUrl, async (c) => {
      // An adopted act records its chair and place (migration AdoptionRecord).
      const chair = await c.query<{ id: string }>(
        `INSERT INTO people (full_name, category) VALUES ('{"kk":"Төраға","ru":"Председатель"}', 'other') RETURNING id`,
      );
      const insert = `INSERT INTO resolutions (event_id, title, status, number, year, adopted_at, votes_for, votes_against,
                        votes_abstained, chair_id, place)
                      VALUES ($1, $2, $3, $4, 2027, $5, $6, 0, 1, '${chair.rows[0].id}', '{"kk":"Орал қаласы","ru":"г. Уральск"}')`;
      const title = (kk: string, ru: string) => JSON.stringify({ kk, ru });
      await c.query(insert, [
        oblast,
        title('Қаулы & <бірінші>', 'Постановление & <первое>'),
        'adopted',
        1,
        new Date(),
        40,
      ]);
      await c.query(insert, [oblast, title('Жоба қаулы', 'Проект постановления'), 'draft', null, null, null]);
      await c.query(insert, [elsewhere, title('Басқа облыс', 'Другая область'), 'adopted', 2, new Date(), 30]);
      await c.query(insert, [inviteOnly, title('Жабық форум', 'Закрытый форум'), 'adopted', 3, new Date(), 20]);
    });
    const feed = await t.client.get('/api/v1/feeds/acts.atom?region=KZ-27&lang=ru');
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    const doc = wellFormed(feed.text);
    expect(doc.uri).toBe('http://www.w3.org/2005/Atom');
    expect(doc.local).toBe('feed');
    const entries = descendants(doc, 'entry');
    expect(entries).toHaveLength(1);
    const entry = entries[0];
    const first = (local: string): string => descendants(entry, local)[0].text;
    expect(first('title')).toBe('№ 1/2027 Постановление & <первое>');
    expect(first('updated')).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+05:00$/);
    expect(first('summary')).toContain('за 40, против 0, воздержались 1');
    expect(first('author')).toBe('Акимат ЗКО');
    const links = descendants(entry, 'link').map((l) => l.attributes.href);
    expect(links).toContain('https://forum.example.kz/events/feed-oblast?lang=ru');
    const self = doc.children.find((n) => n.local === 'link' && n.attributes.rel === 'self')!;
    expect(self.attributes.href).toBe('https://forum.example.kz/api/v1/feeds/acts.atom?region=KZ-27&lang=ru');

    const ofOther = wellFormed((await t.client.get(`/api/v1/feeds/acts.atom?organizer=${other.id}`)).text);
    expect(descendants(ofOther, 'entry')).toHaveLength(0);
    const everywhere = wellFormed((await t.client.get('/api/v1/feeds/acts.atom')).text);
    expect(descendants(everywhere, 'entry')).toHaveLength(2);
  });

  it('lists the decisions in words of published protocols of public forums in the Atom feed, never of drafts', async () => {
    const protocolIds = await withClient(t.databaseUrl, async (c) => {
      const chair = await c.query<{ id: string }>(
        `INSERT INTO people (full_name, category) VALUES ('{"kk":"Хаттама төрағасы","ru":"Председатель"}', 'other') RETURNING id`,
      );
      const protocol = async (eventId: string, decided: string, published: boolean): Promise<string> => {
        const created = await c.query<{ id: string }>(
          `INSERT INTO protocols (event_id, meeting_date) VALUES ($1, current_date) RETURNING id`,
          [eventId],
        );
        const id = created.rows[0].id;
        await c.query(
          `INSERT INTO protocol_items (protocol_id, position, title, decided) VALUES ($1, 1, $2, $3), ($1, 2, $4, NULL)`,
          [id, { kk: 'Баяндама', ru: 'Доклад' }, { kk: decided, ru: decided }, { kk: 'Әртүрлі', ru: 'Разное' }],
        );
        if (published) {
          await c.query(
            `UPDATE protocols SET status = 'published', number = 7, year = 2027, approved_at = now(),
               published_at = now(), attendance = '{}', chair_id = $2, secretary_id = $2 WHERE id = $1`,
            [id, chair.rows[0].id],
          );
        }
        return id;
      };
      return {
        published: await protocol(oblast, 'Баяндама назарға алынсын & <жарияланды>', true),
        draft: await protocol(othersForum, 'Жоба шешімі', false),
        hidden: await protocol(inviteOnly, 'Жабық шешім', true),
      };
    });
    const feed = await t.client.get('/api/v1/feeds/acts.atom?region=KZ-27&lang=kk');
    expect(feed.status).toBe(200);
    const entries = descendants(wellFormed(feed.text), 'entry');
    const decision = entries.find((e) => descendants(e, 'category')[0].attributes.term === 'protocol_decision')!;
    expect(decision).toBeDefined();
    const first = (local: string): string => descendants(decision, local)[0].text;
    expect(first('title')).toBe('№ 7/2027 Баяндама');
    expect(first('summary')).toContain('Баяндама назарға алынсын & <жарияланды>');
    expect(first('updated')).toMatch(/\+05:00$/);
    expect(descendants(decision, 'link').map((l) => l.attributes.href)).toContain(
      `https://forum.example.kz/api/v1/protocols/${protocolIds.published}.pdf?lang=kk`,
    );
    // One entry per decision: the item without a decision is none.
    expect(entries.filter((e) => descendants(e, 'category')[0].attributes.term === 'protocol_decision')).toHaveLength(
      1,
    );
    const everywhere = (await t.client.get('/api/v1/feeds/acts.atom')).text;
    expect(everywhere).toContain('Баяндама назарға алынсын');
    expect(everywhere).not.toContain('Жоба шешімі');
    expect(everywhere).not.toContain('Жабық шешім');
    expect(everywhere).not.toContain(protocolIds.draft);
    expect(everywhere).not.toContain(protocolIds.hidden);
  });

  it('never puts an e-mail, a phone or a badge code in a public feed', async () => {
    expect(secrets.badge).not.toBe('');
    for (const path of [
      '/api/v1/feeds/calendar.ics',
      '/api/v1/feeds/calendar.ics?region=KZ-27',
      '/api/v1/feeds/acts.atom',
      '/api/v1/feeds/acts.atom?region=KZ-27',
    ]) {
      const body = (await t.client.get(path)).text;
      expect(body.length).toBeGreaterThan(100);
      for (const secret of Object.values(secrets)) {
        expect(body).not.toContain(secret);
      }
      expect(body).not.toMatch(/mailto:|@example\.kz|@test\.kz/);
    }
  });

  it('describes the feeds in the OpenAPI document', async () => {
    const doc = (await t.client.get('/api/docs-json')).body;
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/feeds/calendar.ics',
        '/api/v1/feeds/my/{token}.ics',
        '/api/v1/feeds/acts.atom',
        '/api/v1/feeds/my',
      ]),
    );
    expect(Object.keys(doc.paths['/api/v1/feeds/my']).sort()).toEqual(['delete', 'get', 'post']);
    expect(doc.paths['/api/v1/feeds/my/{token}.ics'].get.responses['410']).toBeDefined();
  });

  // Last: it spends this address's allowance for the rest of the minute.
  it('limits how often one address may ask for anonymous feeds', async () => {
    let limited;
    for (let i = 0; i < 70 && !limited; i += 1) {
      const result = await t.client.get('/api/v1/feeds/acts.atom');
      if (result.status === 429) {
        limited = result;
      } else {
        expect(result.status).toBe(200);
      }
    }
    expect(limited?.body.code).toBe('TOO_MANY_REQUESTS');
    expect(Number(limited?.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
