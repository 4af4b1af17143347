import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { atDayFromNow, createOrganization, createPerson, publishedEvent, userWith } from '../support/factories';
import { materialForm, pdfBytes, uploadForm } from '../support/materials';
import { startTestApp, type TestApp } from '../support/test-app';

const TITLE = { kk: 'Аудан әкімінің баяндамасы', ru: 'Доклад акима района' };

/** Two edits of one material at once (If-Match on its revision), and a speaker taken off a session. */
describe('materials: concurrent edits and speakers leaving a session', () => {
  let t: TestApp;
  let dataDir: string;
  let organizer: string;
  let secretary: string;
  let eventId: string;
  let speaker: { id: string };
  let other: { id: string };

  const create = async (fields: Record<string, string> = {}) => {
    const created = await uploadForm(
      t.client.baseUrl,
      `/events/${eventId}/materials`,
      materialForm(
        { content: pdfBytes(`баяндама ${Math.random()}`), name: 'report.pdf', type: 'application/pdf' },
        { title: JSON.stringify(TITLE), language: 'kk', visibility: 'public', ...fields },
      ),
      organizer,
    );
    expect(created.status).toBe(201);
    return created.body;
  };
  const patch = (id: string, body: unknown, token: string, headers: Record<string, string> = {}) =>
    t.client.patch(`/api/v1/materials/${id}`, body, { token, headers });
  const listed = async (id: string) =>
    (await t.client.get(`/api/v1/events/${eventId}/materials`, { token: organizer })).body.find(
      (m: { id: string }) => m.id === id,
    );
  const newSession = async (speakers: { id: string }[]) => {
    const created = await t.client.post(
      `/api/v1/events/${eventId}/sessions`,
      {
        kind: 'plenary',
        title: { kk: 'Пленарлық отырыс', ru: 'Пленарное заседание' },
        startsAt: atDayFromNow(30, '10:00'),
        endsAt: atDayFromNow(30, '10:30'),
        speakers: speakers.map((s) => ({ personId: s.id })),
      },
      { token: organizer },
    );
    expect(created.status).toBe(201);
    return created.body as { id: string; version: number };
  };

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'akim-material-revisions-'));
    t = await startTestApp({ DATA_DIR: dataDir });
    const org = await createOrganization(t);
    organizer = await userWith(t, [{ role: 'organizer', kind: 'organization', id: org.id }]);
    eventId = (await publishedEvent(t, organizer, [org.id])).id;
    secretary = await userWith(t, [{ role: 'secretary', kind: 'event', id: eventId }]);
    speaker = await createPerson(t, 'Ержан Қасымшалов');
    other = await createPerson(t, 'Айдос Нұрпейісов');
  });
  afterAll(async () => {
    await t?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('lets one of two racing edits through and answers the other 409 VERSION_MISMATCH in its language', async () => {
    const created = await create();
    expect(created.revision).toBe(1);
    // The file carries the revision too, for a client that only read it.
    const file = await fetch(`${t.client.baseUrl}${created.url}`);
    expect(file.headers.get('x-material-revision')).toBe('1');
    await file.arrayBuffer();

    const ifMatch = { 'if-match': `"${created.revision}"` };
    const [a, b] = await Promise.all([
      patch(created.id, { visibility: 'participants' }, organizer, { ...ifMatch, 'accept-language': 'kk' }),
      patch(created.id, { language: 'ru' }, secretary, { ...ifMatch, 'accept-language': 'kk' }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const [won, lost] = a.status === 200 ? [a, b] : [b, a];
    expect(won.body.revision).toBe(2);
    expect(lost.body).toMatchObject({
      statusCode: 409,
      code: 'VERSION_MISMATCH',
      message: 'Жазбаны басқа біреу өзгертті; жаңартып, қайталаңыз',
    });
    // Only the winner's change is there: the loser changed nothing.
    const now = await listed(created.id);
    expect(now.revision).toBe(2);
    expect(now.visibility === 'participants').toBe(won === a);
    expect(now.language === 'ru').toBe(won === b);

    // The loser reloads, and with the revision it read, goes through; a stale one asked in Russian is refused in Russian.
    const retried = await patch(created.id, { title: { kk: 'Жаңа', ru: 'Новое' } }, organizer, {
      'if-match': `W/"${now.revision}"`,
    });
    expect(retried.status).toBe(200);
    expect(retried.body.revision).toBe(3);
    const stale = await t.client.patch(
      `/api/v1/materials/${created.id}?lang=ru`,
      { visibility: 'staff' },
      { token: organizer, headers: { 'if-match': '2' } },
    );
    expect(stale.status).toBe(409);
    expect(stale.body.message).toBe('Запись уже изменил кто-то другой; обновите и повторите');
    const bad = await patch(created.id, { visibility: 'staff' }, organizer, { 'if-match': 'latest' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('If-Match');
    expect((await listed(created.id)).visibility).not.toBe('staff');
  });

  it('moves the revision on with a new file version, so an edit of the old one is stale', async () => {
    const created = await create();
    const version = await uploadForm(
      t.client.baseUrl,
      `/materials/${created.id}/versions`,
      materialForm({ content: pdfBytes('v2'), name: 'v2.pdf', type: 'application/pdf' }),
      organizer,
    );
    expect(version.status).toBe(201);
    expect(version.body).toMatchObject({ version: 2, revision: 2 });
    const stale = await patch(created.id, { language: 'ru' }, organizer, { 'if-match': '1' });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('VERSION_MISMATCH');
  });

  it('takes a speaker removed from the session off their materials, and keeps those of the speakers left', async () => {
    const session = await newSession([speaker, other]);
    const mine = await create({ sessionId: session.id, speakerId: speaker.id });
    const theirs = await create({ sessionId: session.id, speakerId: other.id });
    expect(mine.speakerId).toBe(speaker.id);

    const changed = await t.client.patch(
      `/api/v1/sessions/${session.id}`,
      { speakers: [{ personId: other.id }] },
      { token: organizer, headers: { 'if-match': String(session.version) } },
    );
    expect(changed.status).toBe(200);
    const gone = await listed(mine.id);
    expect(gone).toMatchObject({ sessionId: session.id, speakerId: null });
    // Its revision moved on: an edit made with the one read before is stale.
    expect(gone.revision).toBe(mine.revision + 1);
    expect((await patch(mine.id, { language: 'ru' }, organizer, { 'if-match': String(mine.revision) })).status).toBe(
      409,
    );
    // The speaker still there keeps theirs, untouched, though the session's people were all rewritten.
    expect(await listed(theirs.id)).toMatchObject({ speakerId: other.id, revision: theirs.revision });

    // Made a moderator instead of a speaker: no longer that speech's either.
    const again = await t.client.patch(
      `/api/v1/sessions/${session.id}`,
      { speakers: [], moderatorIds: [other.id] },
      { token: organizer, headers: { 'if-match': String(changed.body.version) } },
    );
    expect(again.status).toBe(200);
    expect((await listed(theirs.id)).speakerId).toBeNull();
  });
});
