import { mkdtempSync, rmSync } from 'node:fs';
import { formatBytes } from '@app/contracts';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { atDayFromNow, createOrganization, createPerson, publishedEvent, userAs, userWith } from '../support/factories';
import { materialForm, pdfBytes, uploadForm } from '../support/materials';
import { startTestApp, type HttpResult, type TestApp } from '../support/test-app';
import { withClient } from '../support/test-database';

const TITLE = { kk: 'Аудан әкімінің баяндамасы', ru: 'Доклад акима района' };

/** Editing a material (PATCH), attaching it to a speech or a draft resolution, and the agenda listing them. */
describe('materials: edits, speeches, draft resolutions and the agenda', () => {
  let t: TestApp;
  let dataDir: string;
  let organizer: string;
  let secretary: string;
  let checker: string;
  let otherOrganizer: string;
  let participant: string;
  let eventId: string;
  let otherEventId: string;
  let sessionId: string;
  let otherSessionId: string;
  let speaker: { id: string };
  let listener: { id: string };

  const upload = (
    path: string,
    fields: Record<string, string>,
    token = organizer,
    text = 'баяндама',
  ): Promise<HttpResult> =>
    uploadForm(
      t.client.baseUrl,
      path,
      materialForm({ content: pdfBytes(text), name: 'report.pdf', type: 'application/pdf' }, fields),
      token,
    );
  const create = (fields: Record<string, string> = {}, token = organizer, text?: string) =>
    upload(
      `/events/${eventId}/materials`,
      { title: JSON.stringify(TITLE), language: 'kk', visibility: 'public', ...fields },
      token,
      text,
    );
  const patch = (id: string, body: unknown, token?: string) =>
    t.client.patch(`/api/v1/materials/${id}`, body, { token });
  const agenda = (lang = 'ru', headers: Record<string, string> = {}) =>
    fetch(`${t.client.baseUrl}/api/v1/events/${eventId}/agenda?lang=${lang}`, { headers });
  const sessionOf = async (id: string, lang = 'ru') => {
    const body = (await (await agenda(lang)).json()) as { days: { sessions: { id: string; materials: any[] }[] }[] };
    return body.days.flatMap((d) => d.sessions).find((s) => s.id === id)!;
  };
  const newSession = async (event: string, title: string, hour: string, speakers: { personId: string }[] = []) => {
    const created = await t.client.post(
      `/api/v1/events/${event}/sessions`,
      {
        kind: 'plenary',
        title: { kk: title, ru: title },
        startsAt: atDayFromNow(30, hour),
        endsAt: atDayFromNow(30, `${Number(hour.slice(0, 2)) + 1}:00`),
        speakers,
      },
      { token: organizer },
    );
    expect(created.status).toBe(201);
    return created.body.id as string;
  };
  const newResolution = async (event: string) => {
    const created = await t.client.post(
      `/api/v1/events/${event}/resolutions`,
      {
        title: { kk: 'Қаулы жобасы', ru: 'Проект постановления' },
        points: [{ text: { kk: 'Ауылдарды дамыту', ru: 'Развитие сёл' } }],
      },
      { token: organizer },
    );
    expect(created.status).toBe(201);
    return created.body.id as string;
  };

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'akim-material-links-'));
    t = await startTestApp({ DATA_DIR: dataDir });
    const org = await createOrganization(t);
    organizer = await userWith(t, [{ role: 'organizer', kind: 'organization', id: org.id }]);
    eventId = (await publishedEvent(t, organizer, [org.id])).id;
    otherEventId = (await publishedEvent(t, organizer, [org.id])).id;
    speaker = await createPerson(t, 'Ержан Қасымшалов');
    listener = await createPerson(t, 'Айдос Нұрпейісов');
    sessionId = await newSession(eventId, 'Пленарлық отырыс', '11:00', [{ personId: speaker.id }]);
    otherSessionId = await newSession(otherEventId, 'Басқа отырыс', '11:00');
    secretary = await userWith(t, [{ role: 'secretary', kind: 'event', id: eventId }]);
    checker = await userWith(t, [{ role: 'checker', kind: 'event', id: eventId }]);
    const otherOrg = await createOrganization(t);
    otherOrganizer = await userWith(t, [{ role: 'organizer', kind: 'organization', id: otherOrg.id }]);
    participant = await userAs(t, listener.id);
    const registered = await t.client.post(`/api/v1/events/${eventId}/registrations`, {}, { token: participant });
    expect(registered.body.status).toBe('registered');
  });
  afterAll(async () => {
    await t?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('lets the organizers and secretaries change its title, language and visibility, and logs the change', async () => {
    const created = await create({ sessionId });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    const changed = await patch(
      id,
      { title: { kk: 'Жаңа атауы', ru: 'Новое название' }, language: 'ru', visibility: 'participants' },
      organizer,
    );
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({
      id,
      titles: { kk: 'Жаңа атауы', ru: 'Новое название' },
      language: 'ru',
      visibility: 'participants',
      sessionId,
      version: 1,
    });
    // What an anonymous reader may list follows the new visibility at once.
    const anonymous = await t.client.get(`/api/v1/events/${eventId}/materials`);
    expect(anonymous.body.map((m: { id: string }) => m.id)).not.toContain(id);
    const bySecretary = await patch(id, { visibility: 'public' }, secretary);
    expect(bySecretary.status).toBe(200);
    expect(bySecretary.body).toMatchObject({ visibility: 'public', language: 'ru', titles: { ru: 'Новое название' } });
    const logged = await withClient(t.databaseUrl, (c) =>
      c.query(
        `SELECT changes FROM audit_log WHERE entity = 'material' AND entity_id = $1 AND action = 'update'
               ORDER BY id`,
        [id],
      ),
    );
    expect(logged.rows[0].changes).toMatchObject({ language: { from: 'kk', to: 'ru' } });
    expect(logged.rows[1].changes).toEqual({ visibility: { from: 'participants', to: 'public' } });
  });

  it('refuses every caller who may not edit it, and bad fields, each with its own answer', async () => {
    const id = (await create()).body.id as string;
    const body = { visibility: 'staff' };
    expect((await patch(id, body)).status).toBe(401);
    for (const token of [participant, checker, otherOrganizer]) {
      const refused = await patch(id, body, token);
      expect(refused.status).toBe(403);
      expect(refused.body.code).toBe('FORBIDDEN');
    }
    expect((await patch('00000000-0000-4000-8000-000000000000', body, organizer)).status).toBe(404);
    expect((await patch('not-a-uuid', body, organizer)).status).toBe(400);
    const bad = await patch(id, { visibility: 'everyone', language: 'de', title: { kk: 'Тек қазақша' } }, organizer);
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'language',
      'title.ru',
      'visibility',
    ]);
    const unknown = await patch(id, { fileType: 'png' }, organizer);
    expect(unknown.status).toBe(400);
    // Nothing was changed by any of these.
    const listed = await t.client.get(`/api/v1/events/${eventId}/materials`, { token: organizer });
    expect(listed.body.find((m: { id: string }) => m.id === id)).toMatchObject({
      visibility: 'public',
      language: 'kk',
    });
  });

  it('attaches a material to a speech (a speaker of its session) and to a draft resolution of the event', async () => {
    const resolutionId = await newResolution(eventId);
    const speech = await create({ sessionId, speakerId: speaker.id, resolutionId });
    expect(speech.status).toBe(201);
    expect(speech.body).toMatchObject({ sessionId, speakerId: speaker.id, resolutionId });
    const listed = await t.client.get(`/api/v1/events/${eventId}/materials`);
    expect(listed.body.find((m: { id: string }) => m.id === speech.body.id)).toMatchObject({
      speakerId: speaker.id,
      resolutionId,
    });
    // Not a speaker of the session, no session at all, a session or a resolution of another event.
    const refusals: Record<string, string>[] = [
      { sessionId, speakerId: listener.id },
      { speakerId: speaker.id },
      { sessionId: otherSessionId },
      { resolutionId: await newResolution(otherEventId) },
    ];
    for (const fields of refusals) {
      const refused = await create(fields);
      expect(refused.status).toBe(400);
      expect(refused.body.errors[0].code).toBe('exists');
    }
    const id = speech.body.id as string;
    expect((await patch(id, { speakerId: listener.id }, organizer)).body.errors[0].field).toBe('speakerId');
    // Moved to another session of the event, it leaves the speech; null takes it off the resolution.
    const elsewhere = await newSession(eventId, 'Секция', '14:00');
    const moved = await patch(id, { sessionId: elsewhere, resolutionId: null }, organizer);
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ sessionId: elsewhere, speakerId: null, resolutionId: null });
    const back = await patch(id, { sessionId, speakerId: speaker.id }, organizer);
    expect(back.body).toMatchObject({ sessionId, speakerId: speaker.id });
  });

  it('lists public materials under their sessions in the agenda, with sizes, and a new one changes its ETag', async () => {
    const before = await agenda();
    const etag = before.headers.get('etag')!;
    expect(etag).toBeTruthy();
    expect((await agenda('ru', { 'if-none-match': etag })).status).toBe(304);

    const added = await create({ sessionId, speakerId: speaker.id }, organizer, 'агендаға');
    expect(added.status).toBe(201);
    const after = await agenda();
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(etag);
    const session = await sessionOf(sessionId);
    const listed = session.materials.find((m) => m.id === added.body.id);
    expect(listed).toEqual({
      id: added.body.id,
      title: TITLE.ru,
      language: 'kk',
      fileType: 'pdf',
      size: pdfBytes('агендаға').length,
      sizeLabel: formatBytes(pdfBytes('агендаға').length, 'ru'),
      url: `/api/v1/materials/${added.body.id}`,
      speakerId: speaker.id,
    });
    expect((await sessionOf(sessionId, 'kk')).materials.find((m) => m.id === added.body.id).title).toBe(TITLE.kk);
    const download = await fetch(`${t.client.baseUrl}${listed.url}`);
    expect(download.status).toBe(200);
    expect(Number(download.headers.get('content-length'))).toBe(listed.size);

    // Not public: gone from the agenda, and the ETag moves again.
    const hidden = await patch(added.body.id, { visibility: 'participants' }, organizer);
    expect(hidden.status).toBe(200);
    const third = await agenda();
    expect(third.headers.get('etag')).not.toBe(after.headers.get('etag'));
    expect((await sessionOf(sessionId)).materials.map((m) => m.id)).not.toContain(added.body.id);
    expect(JSON.stringify(await (await agenda()).json())).not.toContain(added.body.id);

    // A new version of a public one shows its new size.
    const shown = await create({ sessionId }, organizer, 'v1');
    const bigger = 'v2 '.repeat(100);
    const version = await uploadForm(
      t.client.baseUrl,
      `/materials/${shown.body.id}/versions`,
      materialForm({ content: pdfBytes(bigger), name: 'v2.pdf', type: 'application/pdf' }),
      organizer,
    );
    expect(version.status).toBe(201);
    const sized = (await sessionOf(sessionId)).materials.find((m) => m.id === shown.body.id);
    expect(sized.size).toBe(pdfBytes(bigger).length);

    // Deleted: gone from the agenda too.
    expect((await t.client.delete(`/api/v1/materials/${shown.body.id}`, { token: organizer })).status).toBe(204);
    expect((await sessionOf(sessionId)).materials.map((m) => m.id)).not.toContain(shown.body.id);
  });
});
