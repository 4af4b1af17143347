import { createOrganization, createPerson, eventBody, userWith } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';

const at = (day: number, time: string): string => `2027-03-${String(10 + day).padStart(2, '0')}T${time}:00+05:00`;

describe('sessions: conflicts, sections, speakers', () => {
  let t: TestApp;
  let organizer: string;
  let eventId: string;
  let people: { id: string }[];
  let org: { id: string };

  async function session(body: Record<string, unknown>, event = eventId) {
    return t.client.post(`/api/v1/events/${event}/sessions`, body, {
      token: organizer,
      headers: { cookie: 'akim_lang=ru' },
    });
  }

  beforeAll(async () => {
    t = await startTestApp();
    org = await createOrganization(t);
    organizer = await userWith(t, [{ role: 'organizer', kind: 'organization', id: org.id }]);
    eventId = (await t.client.post('/api/v1/events', eventBody([org.id]), { token: organizer })).body.id;
    people = [];
    for (const name of [
      'Нариман Төреғалиев',
      'Мұрат Мұқаев',
      'Алпамыс Кушкинбаев',
      'Асланбек Саркулов',
      'Мұрат Умралеев',
      'Төлеубек Мұқашев',
    ]) {
      people.push(await createPerson(t, name, { fullName: { kk: name, ru: `${name} (ru)` } }));
    }
  });
  afterAll(async () => {
    await t.close();
  });

  it('adds a plenary with a moderator and ordered speakers, then reorders them in one request', async () => {
    const created = await session({
      kind: 'plenary',
      title: { kk: 'Пленарлық отырыс', ru: 'Пленарное заседание' },
      startsAt: at(0, '10:00'),
      endsAt: at(0, '12:00'),
      room: 'Үлкен зал',
      moderatorIds: [people[5].id],
      speakers: [
        {
          personId: people[0].id,
          topic: { kk: '«Қаладан – Ауылға» жобасы', ru: 'Проект «Из города – в село»' },
          minutes: 20,
        },
        { personId: people[1].id, minutes: 15 },
        { personId: people[2].id, minutes: 15 },
      ],
    });
    expect(created.status).toBe(201);
    expect(created.body.moderators.map((m: { personId: string }) => m.personId)).toEqual([people[5].id]);
    expect(created.body.speakers.map((s: { personId: string }) => s.personId)).toEqual([
      people[0].id,
      people[1].id,
      people[2].id,
    ]);
    expect(created.body.speakers[0]).toMatchObject({
      topic: 'Проект «Из города – в село»',
      minutes: 20,
      name: 'Нариман Төреғалиев (ru)',
    });

    const reordered = await t.client.patch(
      `/api/v1/sessions/${created.body.id}`,
      { speakers: [{ personId: people[2].id }, { personId: people[0].id, minutes: 25 }, { personId: people[1].id }] },
      { token: organizer, headers: { 'if-match': String(created.body.version) } },
    );
    expect(reordered.status).toBe(200);
    expect(reordered.body.speakers.map((s: { personId: string }) => s.personId)).toEqual([
      people[2].id,
      people[0].id,
      people[1].id,
    ]);
    expect(reordered.body.moderators).toHaveLength(1);
    const stale = await t.client.patch(
      `/api/v1/sessions/${created.body.id}`,
      { room: 'Кіші зал' },
      { token: organizer, headers: { 'if-match': String(created.body.version) } },
    );
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('VERSION_MISMATCH');
  });

  it('refuses a second session in the same room at an overlapping time: 409 ROOM_CONFLICT', async () => {
    const clash = await session({
      kind: 'panel',
      title: { kk: 'Панель', ru: 'Панель' },
      startsAt: at(0, '11:30'),
      endsAt: at(0, '12:30'),
      room: 'үлкен зал',
    });
    expect(clash.status).toBe(409);
    expect(clash.body.code).toBe('ROOM_CONFLICT');
    // The room typed in lower case is the venue's «Үлкен зал», named as the venue names it.
    expect(clash.body.message).toBe('Зал «Үлкен зал» в это время занят: «Пленарное заседание» (10:00–12:00)');
    const adjacent = await session({
      kind: 'panel',
      title: { kk: 'Панель', ru: 'Панель' },
      startsAt: at(0, '12:00'),
      endsAt: at(0, '13:00'),
      room: 'Үлкен зал',
    });
    expect(adjacent.status).toBe(201);
    const unknownRoom = await session({
      kind: 'panel',
      title: { kk: 'П', ru: 'П' },
      startsAt: at(0, '14:00'),
      endsAt: at(0, '15:00'),
      room: 'Подвал',
    });
    expect(unknownRoom.status).toBe(400);
    expect(unknownRoom.body.errors[0]).toMatchObject({ field: 'room', code: 'room' });
  });

  it('refuses a person in two places at once, also across events: 409 SPEAKER_CONFLICT', async () => {
    const inOtherRoom = await session({
      kind: 'seminar',
      title: { kk: 'Семинар', ru: 'Семинар' },
      startsAt: at(0, '11:00'),
      endsAt: at(0, '11:45'),
      room: 'Кіші зал',
      speakers: [{ personId: people[1].id }],
    });
    expect(inOtherRoom.status).toBe(409);
    expect(inOtherRoom.body.code).toBe('SPEAKER_CONFLICT');
    expect(inOtherRoom.body.message).toContain('Мұрат Мұқаев (ru)');
    expect(inOtherRoom.body.errors[0]).toMatchObject({ field: 'speakers', code: 'SPEAKER_CONFLICT' });

    const moderatorClash = await session({
      kind: 'seminar',
      title: { kk: 'С', ru: 'С' },
      startsAt: at(0, '10:30'),
      endsAt: at(0, '11:00'),
      room: 'Зал 3',
      moderatorIds: [people[5].id],
    });
    expect(moderatorClash.status).toBe(409);
    expect(moderatorClash.body.errors[0].field).toBe('moderatorIds');

    const otherEvent = (await t.client.post('/api/v1/events', eventBody([org.id]), { token: organizer })).body.id;
    const elsewhere = await session(
      {
        kind: 'speech',
        title: { kk: 'Баяндама', ru: 'Доклад' },
        startsAt: at(0, '10:30'),
        endsAt: at(0, '10:45'),
        speakers: [{ personId: people[0].id }],
      },
      otherEvent,
    );
    expect(elsewhere.status).toBe(409);
    expect(elsewhere.body.code).toBe('SPEAKER_CONFLICT');
  });

  it('refuses a session outside its event or its section: 409 OUTSIDE_EVENT', async () => {
    const before = await session({
      kind: 'opening',
      title: { kk: 'Ашылу', ru: 'Открытие' },
      startsAt: at(0, '09:00'),
      endsAt: at(0, '10:10'),
    });
    expect(before.status).toBe(409);
    expect(before.body.code).toBe('OUTSIDE_EVENT');
    const after = await session({
      kind: 'awards',
      title: { kk: 'Марапаттау', ru: 'Награждение' },
      startsAt: at(1, '17:30'),
      endsAt: at(1, '18:30'),
    });
    expect(after.status).toBe(409);
  });

  it('holds parallel seminars in a section; the section and its seminars may share a room and people', async () => {
    const section = await session({
      kind: 'plenary',
      title: { kk: 'Форумның екінші бөлімі', ru: 'Вторая часть форума' },
      startsAt: at(1, '13:00'),
      endsAt: at(1, '16:00'),
      room: 'Үлкен зал',
      moderatorIds: [people[3].id],
    });
    expect(section.status).toBe(201);
    const parallel = [];
    for (const [room, speaker] of [
      ['Үлкен зал', people[3].id],
      ['Кіші зал', people[4].id],
      ['Зал 3', people[0].id],
    ] as const) {
      const seminar = await session({
        kind: 'seminar',
        title: { kk: `Семинар ${room}`, ru: `Семинар ${room}` },
        startsAt: at(1, '13:00'),
        endsAt: at(1, '14:30'),
        room,
        parentId: section.body.id,
        speakers: [{ personId: speaker }],
      });
      expect(seminar.status).toBe(201);
      parallel.push(seminar.body.id);
    }
    // Two parallel seminars may not share a speaker.
    const sibling = await session({
      kind: 'seminar',
      title: { kk: 'С', ru: 'С' },
      startsAt: at(1, '14:00'),
      endsAt: at(1, '15:00'),
      room: 'Кіші зал',
      parentId: section.body.id,
      speakers: [{ personId: people[4].id }],
    });
    expect(sibling.status).toBe(409);
    // A seminar must fit inside its section, and a section cannot be nested.
    const outside = await session({
      kind: 'seminar',
      title: { kk: 'С', ru: 'С' },
      startsAt: at(1, '15:30'),
      endsAt: at(1, '16:30'),
      parentId: section.body.id,
    });
    expect(outside.status).toBe(409);
    expect(outside.body.code).toBe('OUTSIDE_EVENT');
    const nested = await session({
      kind: 'seminar',
      title: { kk: 'С', ru: 'С' },
      startsAt: at(1, '13:00'),
      endsAt: at(1, '13:30'),
      parentId: parallel[0],
    });
    expect(nested.status).toBe(422);
    expect(nested.body.code).toBe('INVALID_PARENT');
    // Shrinking the section past its seminars is refused.
    const shrink = await t.client.patch(
      `/api/v1/sessions/${section.body.id}`,
      { endsAt: at(1, '14:00') },
      { token: organizer },
    );
    expect(shrink.status).toBe(409);

    // Deleting the section removes its seminars.
    expect((await t.client.request('DELETE', `/api/v1/sessions/${section.body.id}`, { token: organizer })).status).toBe(
      204,
    );
    expect((await t.client.get(`/api/v1/sessions/${parallel[0]}`, { token: organizer })).status).toBe(404);
    const audit = await t.client.get(`/api/v1/audit?entity=session&entityId=${parallel[1]}`, { token: organizer });
    expect(audit.body.map((a: { action: string }) => a.action)).toEqual(['delete', 'create']);
  });

  it('holds a presentation of project results as a kind of its own, and refuses a kind it does not know', async () => {
    const presentation = await session({
      kind: 'presentation',
      title: { kk: '«Ауыл – Ел бесігі» жобасының нәтижелері', ru: 'Результаты проекта «Ауыл – Ел бесігі»' },
      startsAt: at(1, '15:00'),
      endsAt: at(1, '15:40'),
      room: 'Үлкен зал',
    });
    expect(presentation.body).toMatchObject({ kind: 'presentation' });
    expect(presentation.body.kind).toBe('presentation');
    const unknown = await session({
      kind: 'exhibition',
      title: { kk: 'Көрме', ru: 'Выставка' },
      startsAt: at(1, '16:00'),
      endsAt: at(1, '16:30'),
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.code).toBe('VALIDATION_FAILED');
    expect(unknown.body.errors.map((e: { field: string }) => e.field)).toEqual(['kind']);
  });

  it('refuses unknown people with 422 and lets the public read sessions of published events only', async () => {
    const unknown = await session({
      kind: 'speech',
      title: { kk: 'Б', ru: 'Д' },
      startsAt: at(1, '10:00'),
      endsAt: at(1, '10:30'),
      speakers: [{ personId: '00000000-0000-4000-8000-000000000009' }],
    });
    expect(unknown.status).toBe(422);
    expect((await t.client.get(`/api/v1/events/${eventId}/sessions`)).status).toBe(404);
    await t.client.post(`/api/v1/events/${eventId}/publish`, undefined, { token: organizer });
    const list = await t.client.get(`/api/v1/events/${eventId}/sessions?lang=kk`);
    expect(list.status).toBe(200);
    expect(list.body.length).toBeGreaterThan(1);
  });
});
