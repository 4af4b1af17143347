import { request as httpRequest } from 'node:http';
import { brotliCompressSync, brotliDecompressSync, constants as zlib, gunzipSync } from 'node:zlib';
import { createOrganization, createPerson, eventBody } from '../support/factories';
import { recordQueries } from '../support/query-counter';
import { startTestApp, type TestApp } from '../support/test-app';
import { withClient } from '../support/test-database';

/**
 * The app keeps rendered agendas in memory. Whatever changes what an agenda shows (through the
 * API or straight in the database, as another instance would) is visible on the next read.
 */
describe('agenda cache', () => {
  let t: TestApp;
  let admin: string;
  let eventId: string;
  let sessionId: string;
  let seatedId: string;
  let speakerId: string;
  let speakerOrgId: string;
  let organizerOrgId: string;

  const agenda = async (lang = 'ru', token?: string) =>
    t.client.get(`/api/v1/events/${eventId}/agenda?lang=${lang}`, token ? { token } : {});
  const sql = (text: string, params: unknown[] = []) => withClient(t.databaseUrl, (c) => c.query(text, params));
  const firstSession = (body: any) => body.days[0].sessions[0];

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.adminToken();
    organizerOrgId = (await createOrganization(t, { name: { kk: 'Облыс әкімдігі', ru: 'Акимат области' } })).id;
    speakerOrgId = (await createOrganization(t, { name: { kk: 'Аудан әкімдігі', ru: 'Акимат района' } })).id;
    speakerId = (
      await createPerson(t, 'Асқар Смағұлов', {
        fullName: { kk: 'Асқар Смағұлов', ru: 'Аскар Смагулов' },
        organizationId: speakerOrgId,
      })
    ).id;
    const event = await t.client.post('/api/v1/events', eventBody([organizerOrgId]), { token: admin });
    eventId = event.body.id;
    const session = await t.client.post(
      `/api/v1/events/${eventId}/sessions`,
      {
        kind: 'plenary',
        title: { kk: 'Пленарлық отырыс', ru: 'Пленарное заседание' },
        startsAt: '2027-03-10T10:00:00+05:00',
        endsAt: '2027-03-10T12:00:00+05:00',
        room: 'Үлкен зал',
        speakers: [{ personId: speakerId, topic: { kk: 'Ауыл', ru: 'Село' }, minutes: 10 }],
      },
      { token: admin },
    );
    sessionId = session.body.id;
    const seated = await t.client.post(
      `/api/v1/events/${eventId}/sessions`,
      {
        kind: 'seminar',
        title: { kk: 'Семинар', ru: 'Семинар' },
        startsAt: '2027-03-10T13:00:00+05:00',
        endsAt: '2027-03-10T14:00:00+05:00',
        room: 'Кіші зал',
        seats: 10,
      },
      { token: admin },
    );
    seatedId = seated.body.id;
    expect((await t.client.post(`/api/v1/events/${eventId}/publish`, undefined, { token: admin })).status).toBe(200);
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers a hot read with one small query, and renders again only after a change', async () => {
    const cold = await agenda();
    expect(cold.status).toBe(200);
    let queries = await recordQueries(t.app, async () => {
      expect((await agenda()).text).toBe(cold.text);
    });
    expect(queries).toHaveLength(1);
    expect(queries[0]).toContain('agenda_versions');

    await t.client.patch(`/api/v1/sessions/${sessionId}`, { title: { kk: 'Ашылу', ru: 'Открытие' } }, { token: admin });
    queries = await recordQueries(t.app, async () => {
      expect(firstSession((await agenda()).body).title).toBe('Открытие');
    });
    // The stamp, then the event, its sessions, their people, their public materials: still no query per session.
    expect(queries).toHaveLength(5);
  });

  it('shows a renamed speaker, a renamed organization and a renamed region at once', async () => {
    expect(firstSession((await agenda()).body).speakers[0].name).toBe('Аскар Смагулов');
    const person = await t.client.patch(
      `/api/v1/people/${speakerId}`,
      { fullName: { kk: 'Асқар Смағұл', ru: 'Аскар Смагул' }, position: { kk: 'Әкім', ru: 'Аким района' } },
      { token: admin },
    );
    expect(person.status).toBe(200);
    const renamed = firstSession((await agenda()).body).speakers[0];
    expect(renamed).toMatchObject({ name: 'Аскар Смагул', position: 'Аким района', organization: 'Акимат района' });

    await t.client.patch(
      `/api/v1/organizations/${speakerOrgId}`,
      { name: { kk: 'Жаңа', ru: 'Новый акимат' } },
      {
        token: admin,
      },
    );
    expect(firstSession((await agenda()).body).speakers[0].organization).toBe('Новый акимат');

    await t.client.patch(
      `/api/v1/organizations/${organizerOrgId}`,
      { name: { kk: 'Ұйымдастырушы', ru: 'Организатор' } },
      {
        token: admin,
      },
    );
    expect((await agenda()).body.event.organizers[0].name).toBe('Организатор');

    await sql(`UPDATE regions SET name = name || '{"ru": "Область ЗКО"}' WHERE code = 'KZ-27'`);
    expect((await agenda()).body.event.region).toEqual({ code: 'KZ-27', name: 'Область ЗКО' });
  });

  it('sees changes made straight in the database (another instance) and the seats sign-ups take', async () => {
    const before = await agenda('kk');
    await sql(`UPDATE sessions SET room = 'Зал 3' WHERE id = $1`, [sessionId]);
    const moved = await agenda('kk');
    expect(firstSession(moved.body).room).toBe('Зал 3');
    expect(moved.headers.get('etag')).not.toBe(before.headers.get('etag'));

    const seatsLeft = async () =>
      (await agenda('kk')).body.days[0].sessions.find((s: { id: string }) => s.id === seatedId).seatsLeft;
    expect(await seatsLeft()).toBe(10);
    const person = await createPerson(t, 'Гүлнар Қалиева');
    const registration = await t.client.post(
      `/api/v1/events/${eventId}/registrations`,
      { personId: person.id },
      { token: admin },
    );
    expect(registration.status).toBe(201);
    await sql(`INSERT INTO session_signups (session_id, registration_id, status) VALUES ($1, $2, 'confirmed')`, [
      seatedId,
      registration.body.id,
    ]);
    expect(await seatsLeft()).toBe(9);
    await sql(`UPDATE session_signups SET status = 'cancelled' WHERE session_id = $1`, [seatedId]);
    expect(await seatsLeft()).toBe(10);

    await sql(`DELETE FROM session_people WHERE session_id = $1`, [sessionId]);
    expect(firstSession((await agenda('kk')).body).speakers).toEqual([]);
  });

  it('hides an agenda from the public as soon as the event stops being public', async () => {
    expect((await agenda()).status).toBe(200);
    await sql(`UPDATE events SET visibility = 'invite_only' WHERE id = $1`, [eventId]);
    expect((await agenda()).status).toBe(404);
    expect((await agenda('ru', admin)).status).toBe(200);
    expect((await agenda('ru', admin)).headers.get('cache-control')).toBe('private, no-cache');
  });

  it('sends the kept agenda compressed once per version: the same JSON, and a change at once', async () => {
    const wire = (encoding: string) =>
      new Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer; json: string }>(
        (resolve, reject) => {
          const path = `/api/v1/events/${eventId}/agenda?lang=ru`;
          httpRequest(
            `${t.client.baseUrl}${path}`,
            { headers: { 'accept-encoding': encoding, authorization: `Bearer ${admin}` } },
            (response) => {
              const chunks: Buffer[] = [];
              response.on('data', (chunk: Buffer) => chunks.push(chunk));
              response.on('end', () => {
                const body = Buffer.concat(chunks);
                const kind = response.headers['content-encoding'];
                const plain = kind === 'br' ? brotliDecompressSync(body) : kind === 'gzip' ? gunzipSync(body) : body;
                resolve({ headers: response.headers, body, json: plain.toString('utf8') });
              });
            },
          )
            .on('error', reject)
            .end();
        },
      );
    // (The event is no longer public: the organizer reads it.)
    const plain = await wire('identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toMatch(/accept-encoding/i);
    expect(Buffer.byteLength(plain.json)).toBeGreaterThan(1024);
    for (const [asked, sent] of [
      ['br, gzip', 'br'],
      ['gzip, br;q=0', 'gzip'],
    ]) {
      for (let i = 0; i < 2; i++) {
        const answer = await wire(asked);
        expect(answer.headers['content-encoding']).toBe(sent);
        expect(answer.headers['content-length']).toBe(String(answer.body.length));
        expect(answer.headers.vary).toMatch(/accept-encoding/i);
        expect(answer.json).toBe(plain.json);
      }
    }
    // The bytes of the kept body's one compression (brotli 6), not the plugin's per answer (4).
    const once = brotliCompressSync(Buffer.from(plain.json), {
      params: { [zlib.BROTLI_PARAM_QUALITY]: 6, [zlib.BROTLI_PARAM_SIZE_HINT]: Buffer.byteLength(plain.json) },
    });
    expect((await wire('br')).body.equals(once)).toBe(true);
    await sql(`UPDATE sessions SET title = title || '{"ru": "Закрытие"}' WHERE id = $1`, [sessionId]);
    const changed = await wire('br');
    expect(firstSession(JSON.parse(changed.json)).title).toBe('Закрытие');
    expect(changed.json).toBe((await wire('identity')).json);
  });
});
