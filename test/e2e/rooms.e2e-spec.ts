import { RoomNames1795520000000 } from '../../libs/database/src/migrations/1795520000000-RoomNames';
import type { QueryRunner } from 'typeorm';
import { createOrganization, eventBody, userWith } from '../support/factories';
import { withClient } from '../support/test-database';
import { startTestApp, type TestApp } from '../support/test-app';

/** A venue's rooms are names in kk and ru, like every other name (issue 22, item 6). */
describe('rooms in two languages', () => {
  let t: TestApp;
  let organizer: string;
  let organizationId: string;
  const rooms = [{ kk: 'Мәжіліс залы', ru: 'Зал заседаний' }, 'Фойе'];

  beforeAll(async () => {
    t = await startTestApp();
    organizationId = (await createOrganization(t)).id;
    organizer = await userWith(t, [{ role: 'organizer', kind: 'organization', id: organizationId }]);
  });
  afterAll(async () => {
    await t?.close();
  });

  async function eventWithRooms(value: unknown, slug: string) {
    return t.client.post(
      '/api/v1/events',
      eventBody([organizationId], { slug, venue: { name: { kk: 'Әкімдік', ru: 'Акимат' }, rooms: value } }),
      { token: organizer },
    );
  }

  it('keeps each room in kk and ru (a plain name in both), says it in the asked language, and refuses a half-named one', async () => {
    const created = await eventWithRooms(rooms, 'rooms-two-languages');
    expect(created.status).toBe(201);
    const ru = await t.client.get(`/api/v1/events/${created.body.id}?lang=ru`, { token: organizer });
    expect(ru.body.venue.rooms).toEqual(['Зал заседаний', 'Фойе']);
    expect(ru.body.venue.roomNames).toEqual([
      { kk: 'Мәжіліс залы', ru: 'Зал заседаний' },
      { kk: 'Фойе', ru: 'Фойе' },
    ]);
    const kk = await t.client.get(`/api/v1/events/${created.body.id}?lang=kk`, { token: organizer });
    expect(kk.body.venue.rooms).toEqual(['Мәжіліс залы', 'Фойе']);

    const halfNamed = await eventWithRooms([{ kk: 'Кіші зал' }], 'rooms-half-named');
    expect(halfNamed.status).toBe(400);
    expect(halfNamed.body.errors.map((e: { field: string }) => e.field)).toContain('venue.rooms.0.ru');
    const twice = await eventWithRooms(
      [
        { kk: 'Зал', ru: 'Зал' },
        { kk: 'зал', ru: 'Другой' },
      ],
      'rooms-twice',
    );
    expect(twice.status).toBe(400);
    expect(twice.body.errors.map((e: { field: string }) => e.field)).toContain('venue.rooms');
  });

  it('lets a session name its room in either language, keeps it by the Kazakh name, and shows it in the reader’s', async () => {
    const event = (await eventWithRooms(rooms, 'rooms-sessions')).body;
    const session = await t.client.post(
      `/api/v1/events/${event.id}/sessions?lang=ru`,
      {
        kind: 'plenary',
        title: { kk: 'Пленарлық отырыс', ru: 'Пленарное заседание' },
        startsAt: event.startsAt,
        endsAt: new Date(new Date(event.startsAt).getTime() + 3_600_000).toISOString(),
        room: ' зал заседаний ',
      },
      { token: organizer },
    );
    expect(session.status).toBe(201);
    expect(session.body).toMatchObject({ room: 'Мәжіліс залы', roomName: 'Зал заседаний' });
    const unknown = await t.client.patch(
      `/api/v1/sessions/${session.body.id}?lang=ru`,
      { room: 'Нет такого зала' },
      { token: organizer },
    );
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors[0].field).toBe('room');

    await t.client.post(`/api/v1/events/${event.id}/publish`, undefined, { token: organizer });
    const agendaRu = await t.client.get(`/api/v1/events/${event.id}/agenda?lang=ru`);
    expect(agendaRu.body.days[0].sessions[0].room).toBe('Зал заседаний');
    const agendaKk = await t.client.get(`/api/v1/events/${event.id}/agenda?lang=kk`);
    expect(agendaKk.body.days[0].sessions[0].room).toBe('Мәжіліс залы');
    const page = await t.client.get(`/events/${event.slug}?lang=ru`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('Зал заседаний');
    expect(page.text).not.toContain('Мәжіліс залы');
  });

  it('migrates rooms kept as plain names to names in both languages, in their order', async () => {
    const event = (await eventWithRooms(rooms, 'rooms-migrated')).body;
    await withClient(t.databaseUrl, async (client) => {
      await client.query(
        `UPDATE events SET venue = jsonb_set(venue, '{rooms}', '["Үлкен зал", "Кіші зал"]') WHERE id = $1`,
        [event.id],
      );
      const runner = { query: (sql: string) => client.query(sql) } as unknown as QueryRunner;
      await new RoomNames1795520000000().up(runner);
      const { rows } = await client.query(`SELECT venue->'rooms' AS rooms FROM events WHERE id = $1`, [event.id]);
      expect(rows[0].rooms).toEqual([
        { kk: 'Үлкен зал', ru: 'Үлкен зал' },
        { kk: 'Кіші зал', ru: 'Кіші зал' },
      ]);
    });
  });
});
