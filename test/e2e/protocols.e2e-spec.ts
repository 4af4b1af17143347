import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import {
  adoptionRecord,
  adoptionSession,
  bulkPeople,
  createOrganization,
  createPerson,
  publishedEvent,
  registerAll,
  UNDER_WAY_SINCE,
  underWay,
  userAs,
  userWith,
} from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';
import { withClient } from '../support/test-database';

interface Attendee {
  id: string;
  name: string;
  role: string;
}

describe('protocols (хаттама): the record of a meeting', () => {
  let t: TestApp;
  let org: { id: string };
  let districts: { id: string }[];
  let organizer: string;
  let secretary: string;
  let chairToken: string;
  let eventId: string;
  let plenaryId: string;
  let adoptionId: string;
  let chair: { id: string };
  let clerk: { id: string };
  let members: string[];
  let guests: string[];
  let badges: string[];
  let protocolId: string;

  const url = (path = ''): string => `/api/v1/protocols/${protocolId}${path}`;

  beforeAll(async () => {
    t = await startTestApp();
    org = await createOrganization(t, { name: { kk: 'БҚО әкімдігі', ru: 'Акимат ЗКО' } });
    districts = [
      await createOrganization(t, { name: { kk: 'Бөрлі ауданы әкімдігі', ru: 'Акимат Бурлинского района' } }),
      await createOrganization(t, { name: { kk: 'Теректі ауданы әкімдігі', ru: 'Акимат Теректинского района' } }),
    ];
    organizer = await userWith(t, [{ role: 'organizer', kind: 'organization', id: org.id }]);
    eventId = (
      await publishedEvent(t, organizer, [org.id], { ...underWay(), quorum: { roles: ['delegate'], fraction: 0.5 } })
    ).id;
    chair = await createPerson(t, 'Нариман Төреғалиев', { position: { kk: 'Облыс әкімі', ru: 'Аким области' } });
    clerk = await createPerson(t, 'Айгүл Сейітова', { position: { kk: 'Хатшы', ru: 'Секретарь' } });
    const speakers = [
      await createPerson(t, 'Бақытжан Ахметов', { position: { kk: 'Аудан әкімі', ru: 'Аким района' } }),
      await createPerson(t, 'Сәуле Қайырова', { position: { kk: 'Ауыл әкімі', ru: 'Аким села' } }),
    ];
    const plenary = await t.client.post(
      `/api/v1/events/${eventId}/sessions`,
      {
        kind: 'plenary',
        title: { kk: 'Ауылдарды дамыту туралы', ru: 'О развитии сёл' },
        startsAt: `${UNDER_WAY_SINCE}T10:00:00+05:00`,
        endsAt: `${UNDER_WAY_SINCE}T12:00:00+05:00`,
        moderatorIds: [chair.id],
        speakers: speakers.map((s, i) => ({
          personId: s.id,
          topic: { kk: `${i + 1}-баяндама`, ru: `Доклад ${i + 1}` },
        })),
      },
      { token: organizer },
    );
    expect(plenary.status).toBe(201);
    plenaryId = plenary.body.id;
    adoptionId = await adoptionSession(t, organizer, eventId);
    secretary = await userAs(t, clerk.id, [{ role: 'secretary', kind: 'event', id: eventId }]);
    chairToken = await userAs(t, chair.id);
    members = await bulkPeople(t, 6, (n) => ({ fullName: { kk: `Депутат ${n}`, ru: `Депутат ${n}` } }));
    guests = await bulkPeople(t, 2, (n) => ({ fullName: { kk: `Қонақ ${n}`, ru: `Гость ${n}` } }));
    badges = (await registerAll(t, organizer, eventId, members)).map((r) => r.body.badgeCode);
    const guestBadges = (await registerAll(t, organizer, eventId, guests, { body: () => ({ role: 'guest' }) })).map(
      (r) => r.body.badgeCode,
    );
    // Four of six members and one guest come through the door.
    for (const badge of [...badges.slice(0, 4), guestBadges[0]]) {
      const checkIn = await t.client.post(
        `/api/v1/events/${eventId}/check-ins`,
        { badgeCode: badge, at: `${UNDER_WAY_SINCE}T09:30:00+05:00` },
        { token: organizer },
      );
      expect(checkIn.status).toBeLessThan(300);
    }
  });
  const dir = mkdtempSync(join(tmpdir(), 'protocol-docs-'));
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await t.close();
  });

  it('makes the skeleton from the agenda and the check-ins: present and absent members by name, guests, the quorum', async () => {
    expect((await t.client.post(`/api/v1/events/${eventId}/protocols`, {})).status).toBe(401);
    const participant = await userWith(t, []);
    expect((await t.client.post(`/api/v1/events/${eventId}/protocols`, {}, { token: participant })).status).toBe(403);
    const checker = await userWith(t, [{ role: 'checker', kind: 'event', id: eventId }]);
    expect((await t.client.post(`/api/v1/events/${eventId}/protocols`, {}, { token: checker })).status).toBe(403);

    const created = await t.client.post(`/api/v1/events/${eventId}/protocols`, {}, { token: secretary });
    expect(created.status).toBe(201);
    protocolId = created.body.id;
    const p = created.body;
    expect(p).toMatchObject({
      status: 'draft',
      number: null,
      meetingDate: UNDER_WAY_SINCE,
      chair: { id: chair.id, name: 'Нариман Төреғалиев' },
      secretary: { id: clerk.id },
    });
    expect(p.items.map((i: { title: string }) => i.title)).toEqual(['Ауылдарды дамыту туралы', 'Қаулы қабылдау']);
    expect(p.items[0].heard.map((h: { name: string; topic: string }) => [h.name, h.topic])).toEqual([
      ['Бақытжан Ахметов', '1-баяндама'],
      ['Сәуле Қайырова', '2-баяндама'],
    ]);
    const names = (list: Attendee[]): string[] => list.map((a) => a.name).sort();
    expect(names(p.attendance.present)).toEqual(['Депутат 1', 'Депутат 2', 'Депутат 3', 'Депутат 4']);
    expect(names(p.attendance.absent)).toEqual(['Депутат 5', 'Депутат 6']);
    expect(names(p.attendance.guests)).toEqual(['Қонақ 1']);
    expect(p.attendance.quorum).toMatchObject({ members: 6, present: 4, required: 4, reached: true });

    const again = await t.client.post(`/api/v1/events/${eventId}/protocols`, {}, { token: secretary });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('PROTOCOL_EXISTS');
    // A draft is its keepers' only.
    expect((await t.client.get(url())).status).toBe(404);
    expect((await t.client.get(url(), { token: participant })).status).toBe(404);
  });

  it('is kept during the meeting: the item under way, speeches from the floor, summaries, instructions, nothing lost between two secretaries', async () => {
    const second = await userWith(t, [{ role: 'secretary', kind: 'event', id: eventId }]);
    const item = (await t.client.get(url(), { token: secretary })).body.items[0];
    const current = await t.client.patch(url(`/items/${item.id}`), { state: 'current' }, { token: secretary });
    expect(current.status).toBe(200);
    expect(current.body.items[0].state).toBe('current');
    expect(current.body.openedAt).not.toBeNull();

    // Two secretaries append at the same moment: every line stays.
    const speeches = await Promise.all([
      t.client.post(url(`/items/${item.id}/speeches`), { personId: members[0] }, { token: secretary }),
      t.client.post(
        url(`/items/${item.id}/speeches`),
        { name: { kk: 'Ғалым Жұмабаев', ru: 'Галым Жумабаев' }, position: { kk: 'Фермер', ru: 'Фермер' } },
        { token: second },
      ),
      t.client.post(
        url(`/items/${item.id}/speeches`),
        { personId: members[1], summary: { kk: 'Жолды жөндеуді сұрады', ru: 'Попросил отремонтировать дорогу' } },
        { token: second },
      ),
    ]);
    expect(speeches.map((s) => s.status)).toEqual([201, 201, 201]);
    const summary = await t.client.patch(
      url(`/items/${item.id}`),
      { summary: { kk: 'Баяндамалар тыңдалды', ru: 'Заслушаны доклады' } },
      { token: second, headers: { 'if-match': String(current.body.items[0].version) } },
    );
    expect(summary.status).toBe(200);
    const stale = await t.client.patch(
      url(`/items/${item.id}`),
      { decided: { kk: 'Ақпарат назарға алынсын', ru: 'Информацию принять к сведению' } },
      { token: secretary, headers: { 'if-match': String(current.body.items[0].version) } },
    );
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('VERSION_MISMATCH');

    const badSpeech = await t.client.post(url(`/items/${item.id}/speeches`), {}, { token: secretary });
    expect(badSpeech.status).toBe(400);
    const unknownPerson = await t.client.post(
      url(`/items/${item.id}/speeches`),
      { personId: '00000000-0000-4000-8000-000000000000' },
      { token: secretary, headers: { cookie: 'akim_lang=ru' } },
    );
    expect(unknownPerson.status).toBe(422);

    for (const [i, district] of districts.entries()) {
      const added = await t.client.post(
        url('/instructions'),
        {
          itemId: item.id,
          text: { kk: `${i + 1}-тапсырма: жолды жөндеу`, ru: `Поручение ${i + 1}: отремонтировать дорогу` },
          responsibleOrganizationId: district.id,
          dueDate: i === 0 ? '2020-06-30' : '2099-06-30',
        },
        { token: i === 0 ? secretary : second },
      );
      expect(added.status).toBe(201);
    }
    // An instruction given by mistake is reworded, then taken out: the numbers close up.
    const extra = await t.client.post(
      url('/instructions'),
      { text: { kk: 'Артық тапсырма', ru: 'Лишнее поручение' } },
      { token: secretary },
    );
    const extraId = extra.body.instructions[2].id as string;
    expect(extra.body.instructions[2]).toMatchObject({ number: 3, responsible: null });
    const reworded = await t.client.patch(
      url(`/instructions/${extraId}`),
      { text: { kk: 'Түзетілген', ru: 'Исправленное' } },
      { token: secretary },
    );
    expect(reworded.body.instructions[2].text).toBe('Түзетілген');
    const first = extra.body.instructions[0].id as string;
    expect((await t.client.delete(url(`/instructions/${first}`), { token: secretary })).status).toBe(200);
    const kept = await t.client.post(
      url('/instructions'),
      {
        itemId: item.id,
        text: { kk: '1-тапсырма: жолды жөндеу', ru: 'Поручение 1: отремонтировать дорогу' },
        responsibleOrganizationId: districts[0].id,
        dueDate: '2020-06-30',
      },
      { token: secretary },
    );
    expect(kept.body.instructions.map((i: { number: number; text: string }) => [i.number, i.text])).toEqual([
      [1, '2-тапсырма: жолды жөндеу'],
      [2, 'Түзетілген'],
      [3, '1-тапсырма: жолды жөндеу'],
    ]);
    expect((await t.client.delete(url(`/instructions/${extraId}`), { token: secretary })).status).toBe(200);
    const read = (await t.client.get(url(), { token: secretary, headers: { cookie: 'akim_lang=ru' } })).body;
    expect(read.items[0].speeches.map((s: { name: string }) => s.name).sort()).toEqual(
      ['Галым Жумабаев', 'Депутат 1', 'Депутат 2'].sort(),
    );
    expect(read.items[0].summary).toBe('Заслушаны доклады');
    expect(
      read.instructions.map((i: { number: number; responsible: { name: string } }) => [i.number, i.responsible.name]),
    ).toEqual([
      [1, 'Акимат Теректинского района'],
      [2, 'Акимат Бурлинского района'],
    ]);
    expect(read.items[0].instructions).toHaveLength(2);

    // An outsider may not keep it.
    const participant = await userWith(t, []);
    expect((await t.client.post(url('/instructions'), read.instructions[0], { token: participant })).status).toBe(403);
    const stranger = await userWith(t, [{ role: 'secretary', kind: 'organization', id: districts[0].id }]);
    expect(
      (await t.client.post(url(`/items/${item.id}/speeches`), { personId: members[2] }, { token: stranger })).status,
    ).toBe(403);
  });

  it('records the resolution adopted under an item with its vote', async () => {
    const resolution = await t.client.post(
      `/api/v1/events/${eventId}/resolutions`,
      {
        title: { kk: 'Ауылдарды дамыту туралы қаулы', ru: 'Постановление о развитии сёл' },
        sessionId: adoptionId,
        points: [{ text: { kk: 'Жол салынсын', ru: 'Построить дорогу' } }],
      },
      { token: secretary },
    );
    expect(resolution.status).toBe(201);
    const adopted = await t.client.post(
      `/api/v1/resolutions/${resolution.body.id}/adopt`,
      { votesFor: 4, votesAgainst: 0, votesAbstained: 0, presentCount: 4, ...adoptionRecord(chair.id) },
      { token: secretary },
    );
    expect(adopted.status).toBe(200);
    const read = (await t.client.get(url(), { token: secretary })).body;
    expect(read.items[1].resolutions).toEqual([
      expect.objectContaining({
        id: resolution.body.id,
        number: adopted.body.number,
        vote: { for: 4, against: 0, abstained: 0, present: 4, mode: 'counts', pollId: null },
      }),
    ]);
  });

  it('is signed by the chair and the secretary, each by their own act, and approval freezes it', async () => {
    expect((await t.client.post(url('/sign'), undefined, { token: organizer })).body.code).toBe('NOT_SIGNATORY');
    const chairSigned = await t.client.post(url('/sign'), undefined, { token: chairToken });
    expect(chairSigned.status).toBe(200);
    expect(chairSigned.body.status).toBe('draft');
    expect(chairSigned.body.signatures).toEqual([
      expect.objectContaining({ role: 'chair', person: expect.objectContaining({ id: chair.id }) }),
    ]);
    expect((await t.client.post(url('/sign'), undefined, { token: chairToken })).body.code).toBe('ALREADY_SIGNED');
    // Once signing has begun the text waits: the chair signed what they read.
    const edit = await t.client.patch(url(), { place: { kk: 'Орал', ru: 'Уральск' } }, { token: secretary });
    expect(edit.status).toBe(409);
    expect(edit.body.code).toBe('PROTOCOL_SIGNED');
    expect((await t.client.delete(url('/signatures/me'), { token: chairToken })).body.signatures).toEqual([]);
    expect(
      (await t.client.patch(url(), { place: { kk: 'Орал қ.', ru: 'г. Уральск' } }, { token: secretary })).status,
    ).toBe(200);
    // A check-in after this moment is not the meeting's: the log was judged at the opening.
    await t.client.post(`/api/v1/events/${eventId}/check-ins`, { badgeCode: badges[4] }, { token: organizer });

    expect((await t.client.post(url('/sign'), undefined, { token: chairToken })).status).toBe(200);
    const approved = await t.client.post(url('/sign'), undefined, { token: secretary });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ status: 'approved', number: '1/2026', place: 'Орал қ.' });
    expect(approved.body.signatures.map((s: { role: string }) => s.role)).toEqual(['chair', 'secretary']);
    expect(approved.body.attendance.present).toHaveLength(4);

    const refused = await t.client.patch(
      url(),
      { place: { kk: 'Басқа', ru: 'Другое' } },
      { token: secretary, headers: { cookie: 'akim_lang=ru' } },
    );
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({
      code: 'PROTOCOL_APPROVED',
      message: expect.stringContaining('Протокол подписан'),
    });
    const item = approved.body.items[0];
    for (const attempt of [
      t.client.post(url(`/items/${item.id}/speeches`), { personId: members[3] }, { token: secretary }),
      t.client.post(url('/instructions'), { text: { kk: 'Жаңа', ru: 'Новое' } }, { token: secretary }),
      t.client.delete(url(`/speeches/${item.speeches[0].speechId}`), { token: secretary }),
      t.client.delete(url('/signatures/me'), { token: chairToken }),
    ]) {
      expect((await attempt).body.code).toBe('PROTOCOL_APPROVED');
    }

    // Behind the application's back, the database refuses too.
    await withClient(t.databaseUrl, async (client) => {
      for (const sql of [
        `UPDATE protocols SET place = '{"kk":"x","ru":"x"}' WHERE id = $1`,
        `UPDATE protocols SET attendance = '{}' WHERE id = $1`,
        `UPDATE protocol_items SET summary = '{"kk":"x","ru":"x"}' WHERE protocol_id = $1`,
        `DELETE FROM protocol_speeches WHERE protocol_id = $1`,
        `DELETE FROM protocol_signatures WHERE protocol_id = $1`,
        `UPDATE resolution_points SET text = '{"kk":"x","ru":"x"}' WHERE protocol_id = $1`,
        `INSERT INTO resolution_points (protocol_id, position, text) VALUES ($1, 9, '{"kk":"x","ru":"x"}')`,
        `DELETE FROM protocols WHERE id = $1`,
      ]) {
        await expect(client.query(sql, [protocolId])).rejects.toThrow(/approved/);
      }
    });
  });

  it('tracks its instructions like resolution points, in the execution report', async () => {
    const p = (await t.client.get(url(), { token: secretary })).body;
    const [later, late] = p.instructions;
    const district = await userWith(t, [{ role: 'secretary', kind: 'organization', id: districts[1].id }]);
    // The responsible district reports on its own instruction, not on another's.
    expect(
      (await t.client.patch(url(`/instructions/${late.id}/progress`), { percent: 50 }, { token: district })).status,
    ).toBe(403);
    const progress = await t.client.patch(
      url(`/instructions/${later.id}/progress`),
      { percent: 40, note: 'Мердігер таңдалды' },
      { token: district },
    );
    expect(progress.status).toBe(200);
    expect(progress.body.instructions[0]).toMatchObject({ status: 'in_progress', percent: 40 });
    expect(progress.body.instructions[1].status).toBe('overdue');

    const report = await t.client.get(`/api/v1/execution?event=${eventId}`, { token: organizer });
    expect(report.status).toBe(200);
    const overdue = report.body.overdue.filter((o: { source: string }) => o.source === 'protocol');
    expect(overdue).toEqual([expect.objectContaining({ protocolId, pointId: late.id, number: '1/2026' })]);
    expect(report.body.totals.points).toBe(3); // the resolution's point and the two instructions
  });

  it('prints as the official PDF and a DOCX that a real reader opens, with the kk names and the vote', async () => {
    expect((await t.client.get(`/api/v1/protocols/${protocolId}.pdf`)).status).toBe(404); // not published yet
    const pdf = async (lang: string): Promise<string> => {
      const res = await fetch(`${t.client.baseUrl}/api/v1/protocols/${protocolId}.pdf?lang=${lang}`, {
        headers: { authorization: `Bearer ${secretary}` },
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('application/pdf');
      const file = join(dir, `protocol-${lang}.pdf`);
      writeFileSync(file, Buffer.from(await res.arrayBuffer()));
      return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    };
    const kk = await pdf('kk');
    for (const text of [
      'БҚО әкімдігі',
      'ХАТТАМА',
      '№ 1/2026',
      '2026 жылғы 10 қаңтар',
      'Орал қ.',
      'Төраға: Нариман Төреғалиев, Облыс әкімі',
      'Қатысқандар: 4 (барлығы 6 мүше)',
      'Депутат 1',
      'Қатыспағандар: 2',
      'Қонақ 1',
      'КҮН ТӘРТІБІ',
      'ТЫҢДАЛДЫ',
      'Бақытжан Ахметов, Аудан әкімі — «1-баяндама»',
      'СӨЙЛЕДІ',
      'Ғалым Жұмабаев, Фермер',
      'ҚАУЛЫ ЕТТІ',
      'қолдағандар — 4, қарсы — 0, қалыс қалғандар — 0',
      'ТАПСЫРМАЛАР',
      'Жауапты: Бөрлі ауданы әкімдігі',
      'Хатшы',
      'Айгүл Сейітова',
    ]) {
      expect(kk).toContain(text);
    }
    const ru = await pdf('ru');
    for (const text of [
      'ПРОТОКОЛ',
      'СЛУШАЛИ',
      'ВЫСТУПИЛИ',
      'ПОСТАНОВИЛИ',
      'Отсутствовали: 2',
      'Акимат Теректинского района',
    ]) {
      expect(ru).toContain(text);
    }
    const both = await pdf('both');
    expect(both).toContain('ХАТТАМА');
    expect(both).toContain('ПРОТОКОЛ');

    const docx = await fetch(`${t.client.baseUrl}/api/v1/protocols/${protocolId}.docx?lang=kk`, {
      headers: { authorization: `Bearer ${secretary}` },
    });
    expect(docx.status).toBe(200);
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(await docx.arrayBuffer()) });
    const text = value.replace(/\s+/g, ' ');
    for (const line of [
      'ХАТТАМА',
      '№ 1/2026',
      'Бақытжан Ахметов',
      'Ғалым Жұмабаев',
      'ҚАУЛЫ ЕТТІ',
      'қолдағандар — 4',
      'Бөрлі ауданы әкімдігі',
    ]) {
      expect(text).toContain(line);
    }
  });

  it('is published for everyone, and corrected by an addendum that links both ways', async () => {
    const addendumBody = { body: { kk: '2-тармақтағы мерзім түзетілсін', ru: 'Исправить срок в пункте 2' } };
    const participant = await userWith(t, []);
    expect((await t.client.post(url('/publish'), undefined, { token: participant })).status).toBe(403);
    const published = await t.client.post(url('/publish'), undefined, { token: organizer });
    expect(published.status).toBe(200);
    expect(published.body.status).toBe('published');
    const open = await t.client.get(url());
    expect(open.status).toBe(200);
    expect(JSON.stringify(open.body)).not.toMatch(/@|badge/i);
    expect((await t.client.get(`/api/v1/events/${eventId}/protocols`)).body.map((x: { id: string }) => x.id)).toEqual([
      protocolId,
    ]);

    const addendum = await t.client.post(url('/addenda'), addendumBody, { token: secretary });
    expect(addendum.status).toBe(201);
    expect(addendum.body).toMatchObject({
      kind: 'addendum',
      status: 'draft',
      addends: { id: protocolId, number: '1/2026' },
    });
    expect((await t.client.get(url())).body.addenda).toEqual([{ id: addendum.body.id, number: null, status: 'draft' }]);
  });

  it('numbers concurrent approvals without a gap', async () => {
    const sessions = await Promise.all(
      [11, 12, 13, 14, 15].map(async (hour) => {
        const s = await t.client.post(
          `/api/v1/events/${eventId}/sessions`,
          {
            kind: 'round_table',
            title: { kk: `${hour}:00 дөңгелек үстел`, ru: `Круглый стол ${hour}:00` },
            startsAt: `${UNDER_WAY_SINCE}T${hour}:00:00+05:00`,
            endsAt: `${UNDER_WAY_SINCE}T${hour}:30:00+05:00`,
          },
          { token: organizer },
        );
        expect(s.status).toBe(201);
        return s.body.id as string;
      }),
    );
    const ids: string[] = [];
    for (const sessionId of sessions) {
      const p = await t.client.post(
        `/api/v1/events/${eventId}/protocols`,
        { sessionId, chairId: chair.id, secretaryId: clerk.id },
        { token: secretary },
      );
      expect(p.status).toBe(201);
      ids.push(p.body.id);
      expect(
        (await t.client.post(`/api/v1/protocols/${p.body.id}/sign`, undefined, { token: chairToken })).status,
      ).toBe(200);
    }
    const signed = await Promise.all(
      ids.map((id) => t.client.post(`/api/v1/protocols/${id}/sign`, undefined, { token: secretary })),
    );
    expect(signed.map((s) => s.status)).toEqual([200, 200, 200, 200, 200]);
    expect(signed.map((s) => s.body.number).sort()).toEqual(['2/2026', '3/2026', '4/2026', '5/2026', '6/2026']);
  });

  it('refuses bad input in the reader language', async () => {
    const bad = await t.client.post(
      `/api/v1/events/${eventId}/protocols`,
      { sessionId: plenaryId, meetingDate: '2026-02-30', chairId: chair.id, secretaryId: chair.id },
      { token: secretary, headers: { cookie: 'akim_lang=kk' } },
    );
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
    const unknownSession = await t.client.post(
      `/api/v1/events/${eventId}/protocols`,
      { sessionId: '00000000-0000-4000-8000-000000000000' },
      { token: secretary },
    );
    expect(unknownSession.status).toBe(422);
    expect(unknownSession.body.code).toBe('REFERENCE_NOT_FOUND');
    const unsigned = await t.client.post(
      `/api/v1/events/${eventId}/protocols`,
      { sessionId: plenaryId },
      { token: organizer },
    );
    expect(unsigned.status).toBe(201);
    expect(unsigned.body.secretary).toBeNull();
    const noSecretary = await t.client.post(`/api/v1/protocols/${unsigned.body.id}/sign`, undefined, {
      token: chairToken,
      headers: { cookie: 'akim_lang=ru' },
    });
    expect(noSecretary.status).toBe(422);
    expect(noSecretary.body).toMatchObject({
      code: 'SIGNATORIES_REQUIRED',
      message: expect.stringContaining('секретаря'),
    });
    const draftPublish = await t.client.post(`/api/v1/protocols/${unsigned.body.id}/publish`, undefined, {
      token: organizer,
    });
    expect(draftPublish.body.code).toBe('PROTOCOL_NOT_APPROVED');
  });
});
