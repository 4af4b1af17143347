import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import jsQR from 'jsqr';
import {
  bulkPeople,
  createOrganization,
  createPerson,
  publishedEvent,
  registerAll,
  underWay,
  userAs,
  userWith,
} from '../support/factories';
import { SmtpSink } from '../support/smtp-sink';
import { startTestApp, type TestApp } from '../support/test-app';
import { withClient } from '../support/test-database';

/** The fields the verification API may answer for an award: the act's frame and the recipient's name, nothing else. */
const VERIFY_FIELDS = [
  'canonicalUrl',
  'code',
  'date',
  'digest',
  'documentKind',
  'eventTitle',
  'eventUrl',
  'format',
  'kind',
  'matches',
  'number',
  'organization',
  'recipient',
  'revoked',
  'sealedAt',
  'signature',
  'title',
];

describe('letters of gratitude and certificates', () => {
  let t: TestApp;
  let org: { id: string };
  let organizer: string;
  let otherOrganizer: string;
  let eventId: string;
  let signatory: { id: string };
  let kkAkim: { id: string };
  let ruAkim: { id: string };
  let absent: { id: string };
  let delegate: string;
  let registrations: Map<string, string>;
  const dir = mkdtempSync(join(tmpdir(), 'awards-'));
  let files = 0;

  const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> =>
    withClient(t.databaseUrl, async (c) => (await c.query(text, params)).rows as T[]);
  const download = async (path: string, token?: string): Promise<Buffer> => {
    const res = await fetch(`${t.client.baseUrl}${path}`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
    expect(res.status).toBe(200);
    return Buffer.from(await res.arrayBuffer());
  };
  const pdfFile = (bytes: Buffer): string => {
    const file = join(dir, `${files++}.pdf`);
    writeFileSync(file, bytes);
    return file;
  };
  const pdfText = (file: string): string =>
    execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  /** The QR code printed on the first page, read back: pdfimages writes 1-bit images as PBM, which jsQR reads as RGBA. */
  const qrOf = (file: string): string | undefined => {
    const prefix = join(dir, `img${files++}`);
    execFileSync('pdfimages', ['-f', '1', '-l', '1', file, prefix]);
    const pbm = readdirSync(dir)
      .filter((name) => join(dir, name).startsWith(prefix) && name.endsWith('.pbm'))
      .map((name) => readFileSync(join(dir, name)))[0];
    const header = /^P4\s+(\d+)\s+(\d+)\s/.exec(pbm.subarray(0, 40).toString('latin1'))!;
    const [width, height] = [Number(header[1]), Number(header[2])];
    const bits = pbm.subarray(header[0].length);
    const stride = Math.ceil(width / 8);
    const rgba = new Uint8ClampedArray(width * height * 4);
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const black = (bits[y * stride + (x >> 3)] >> (7 - (x & 7))) & 1;
        rgba.fill(black ? 0 : 255, (y * width + x) * 4, (y * width + x) * 4 + 3);
        rgba[(y * width + x) * 4 + 3] = 255;
      }
    }
    return jsQR(rgba, width, height)?.data;
  };
  const issue = (body: Record<string, unknown>, token = organizer) =>
    t.client.post(
      `/api/v1/events/${eventId}/awards`,
      { signatoryId: signatory.id, date: '2026-01-10', ...body },
      { token },
    );

  beforeAll(async () => {
    t = await startTestApp();
    org = await createOrganization(t, { name: { kk: 'Алматы облысының әкімдігі', ru: 'Акимат Алматинской области' } });
    const otherOrg = await createOrganization(t);
    organizer = await userWith(t, [{ role: 'organizer', kind: 'organization', id: org.id }]);
    otherOrganizer = await userWith(t, [{ role: 'organizer', kind: 'organization', id: otherOrg.id }]);
    eventId = (await publishedEvent(t, organizer, [org.id], underWay())).id;
    signatory = await createPerson(t, 'Марат Сұлтанғазиев', {
      fullName: { kk: 'Марат Сұлтанғазиев', ru: 'Марат Султангазиев' },
      position: { kk: 'Алматы облысының әкімі', ru: 'Аким Алматинской области' },
      category: 'oblast_akim',
    });
    kkAkim = await createPerson(t, 'Ержан Қасымшалов', {
      fullName: { kk: 'Ержан Қасымшалов', ru: 'Ержан Касымшалов' },
      position: { kk: 'Ақсеңгір ауылдық округінің әкімі', ru: 'Аким Аксенгирского сельского округа' },
      email: 'kasymshalov@test.kz',
      phone: '+77011234567',
      regionCode: 'KZ-19',
    });
    ruAkim = await createPerson(t, 'Жанар Исабекова', {
      fullName: { kk: 'Жанар Исабекова', ru: 'Жанар Исабекова' },
      language: 'ru',
      email: 'isabekova@test.kz',
      regionCode: 'KZ-19',
    });
    absent = await createPerson(t, 'Айдос Нұрпейісов', { regionCode: 'KZ-27' });
    const answers = await registerAll(t, organizer, eventId, [kkAkim.id, ruAkim.id, absent.id]);
    registrations = new Map([kkAkim.id, ruAkim.id, absent.id].map((id, i) => [id, answers[i].body.id as string]));
    for (const answer of answers.slice(0, 2)) {
      const checkIn = await t.client.post(
        `/api/v1/events/${eventId}/check-ins`,
        { badgeCode: answer.body.badgeCode },
        { token: organizer },
      );
      expect(checkIn.body.status).toBe('checked_in');
    }
    delegate = await userAs(t, kkAkim.id);
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await t.close();
  });

  it('issues letters of gratitude: numbered, listed, printed in each recipient language with a QR code that verifies', async () => {
    const issued = await issue({ kind: 'gratitude', personIds: [ruAkim.id, kkAkim.id] });
    expect(issued.status).toBe(201);
    expect(issued.body).toHaveLength(2);
    // Numbered in name order (kk-KZ): Ержан before Жанар.
    expect(issued.body.map((a: { recipient: { personId: string } }) => a.recipient.personId)).toEqual([
      kkAkim.id,
      ruAkim.id,
    ]);
    expect(issued.body.map((a: { number: string }) => a.number)).toEqual(['1/2026', '2/2026']);
    expect(issued.body[1]).toMatchObject({ kind: 'gratitude', language: 'ru', date: '2026-01-10', revokedAt: null });
    const [kk, ru] = issued.body;

    const listed = await t.client.get(`/api/v1/events/${eventId}/awards`, { token: organizer });
    expect(listed.status).toBe(200);
    expect(listed.body.map((a: { id: string }) => a.id)).toEqual([kk.id, ru.id]);

    const kkFile = pdfFile(await download(kk.pdfUrl, organizer));
    const kkText = pdfText(kkFile);
    expect(kkText).toContain('АЛҒЫС ХАТ');
    expect(kkText).toContain('Ержан Қасымшалов');
    expect(kkText).toContain('№ 1/2026');
    expect(kkText).toContain('2026 жылғы 10 қаңтар');
    expect(kkText).toContain('Марат Сұлтанғазиев');
    expect(kkText).toContain(kk.verificationCode);
    expect(qrOf(kkFile)).toBe(kk.verificationUrl);

    const ruFile = pdfFile(await download(ru.pdfUrl, organizer));
    const ruText = pdfText(ruFile);
    expect(ruText).toContain('БЛАГОДАРСТВЕННОЕ ПИСЬМО');
    expect(ruText).toContain('Жанар Исабекова');
    expect(ruText).toContain('№ 2/2026');
    expect(ruText).toContain('Аким Алматинской области');
    expect(qrOf(ruFile)).toBe(ru.verificationUrl);
    // The Kazakh copy of a Russian reader's letter on request.
    expect(pdfText(pdfFile(await download(`${ru.pdfUrl}?lang=kk`, organizer)))).toContain('АЛҒЫС ХАТ');
  });

  it('the verification page and API confirm an award: name, event, date and number, nothing private', async () => {
    const [award] = (await t.client.get(`/api/v1/events/${eventId}/awards`, { token: organizer })).body;
    const verified = await t.client.get(`/api/v1/verify/${award.verificationCode}`);
    expect(verified.status).toBe(200);
    expect(Object.keys(verified.body).sort()).toEqual(VERIFY_FIELDS);
    expect(verified.body).toMatchObject({
      kind: 'award',
      documentKind: 'gratitude',
      number: '1/2026',
      date: '2026-01-10',
      recipient: { kk: 'Ержан Қасымшалов' },
      eventTitle: { kk: 'Ауыл әкімдерінің форумы' },
      matches: true,
    });
    const raw = verified.text;
    for (const secret of [
      'kasymshalov@test.kz',
      '7011234567',
      award.recipient.personId,
      registrations.get(kkAkim.id),
    ]) {
      expect(raw).not.toContain(secret);
    }
    const canonical = (await download(new URL(verified.body.canonicalUrl).pathname)).toString('utf8');
    expect(canonical).not.toContain(award.recipient.personId);
    expect(canonical).not.toContain('kasymshalov@test.kz');

    for (const lang of ['kk', 'ru']) {
      const page = await fetch(`${t.client.baseUrl}/verify/${award.verificationCode}?lang=${lang}`);
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain(lang === 'kk' ? 'Ержан Қасымшалов' : 'Ержан Касымшалов');
      expect(html).toContain('№ 1/2026');
      expect(html).toContain(lang === 'kk' ? 'Алғыс хат' : 'Благодарственное письмо');
      expect(html).not.toContain('kasymshalov@test.kz');
      expect(html).not.toContain('7011234567');
    }
  });

  it('issues a certificate of participation only to people checked in', async () => {
    const refused = await issue({ kind: 'participation', personIds: [kkAkim.id, absent.id] });
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('AWARD_NOT_ATTENDED');
    expect(refused.body.message).toContain('Айдос Нұрпейісов');
    const ru = await t.client.post(
      `/api/v1/events/${eventId}/awards?lang=ru`,
      {
        kind: 'participation',
        registrationIds: [registrations.get(absent.id)],
        signatoryId: signatory.id,
        date: '2026-01-10',
      },
      { token: organizer },
    );
    expect(ru.status).toBe(422);
    expect(ru.body.message).toMatch(/действительно пришёл/);
    // Nobody was numbered by the refusals.
    expect(await sql(`SELECT count(*)::int AS n FROM awards WHERE kind = 'participation'`)).toEqual([{ n: 0 }]);

    // Picked by region from the registrations: the two who came.
    const byRegion = await issue({ kind: 'participation', select: { regionCode: 'KZ-19' } });
    expect(byRegion.status).toBe(201);
    expect(byRegion.body.map((a: { number: string }) => a.number)).toEqual(['3/2026', '4/2026']);
    const text = pdfText(pdfFile(await download(byRegion.body[0].pdfUrl, organizer)));
    expect(text).toContain('СЕРТИФИКАТ');
    expect(text).toContain('қатысқаны туралы');

    // The same award twice: refused as a whole.
    const again = await issue({ kind: 'participation', registrationIds: [registrations.get(kkAkim.id)] });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('AWARD_EXISTS');
    // Bad picks are 4xx in the contract's shape.
    expect((await issue({ kind: 'gratitude' })).body.errors[0]).toMatchObject({ field: 'registrationIds' });
    expect((await issue({ kind: 'gratitude', select: { regionCode: 'KZ-63' } })).status).toBe(400);
    expect((await issue({ kind: 'gratitude', personIds: [eventId] })).status).toBe(422);
    expect((await issue({ kind: 'gratitude', personIds: [kkAkim.id], date: '2025-12-31' })).status).toBe(400);
    expect((await issue({ kind: 'medal', personIds: [kkAkim.id] })).status).toBe(400);
  });

  it('issues a certificate of a seminar-training completed, naming the seminar, to those checked in', async () => {
    const seminar = await t.client.post(
      `/api/v1/events/${eventId}/sessions`,
      {
        kind: 'seminar',
        title: { kk: 'Мемлекеттік сатып алу туралы семинар-тренинг', ru: 'Семинар-тренинг о государственных закупках' },
        startsAt: '2026-01-10T11:00:00+05:00',
        endsAt: '2026-01-10T12:00:00+05:00',
      },
      { token: organizer },
    );
    expect(seminar.status).toBe(201);
    const refused = await issue({ kind: 'training', sessionId: seminar.body.id, personIds: [absent.id] });
    expect(refused.body.code).toBe('AWARD_NOT_ATTENDED');
    const issued = await issue({ kind: 'training', sessionId: seminar.body.id, personIds: [ruAkim.id] });
    expect(issued.status).toBe(201);
    const text = pdfText(pdfFile(await download(issued.body[0].pdfUrl, organizer)));
    expect(text).toContain('о прохождении семинара-тренинга');
    // Broken at its hyphen, the line comes out of pdftotext joined.
    expect(text).toMatch(/«Семинар-?тренинг о государственных закупках»/);
    expect((await issue({ kind: 'training', sessionId: eventId, personIds: [kkAkim.id] })).status).toBe(422);
  });

  it('numbers gaplessly when many organizers issue at once, and a refused issue gives its number back', async () => {
    const people = await bulkPeople(t, 12, (n) => ({ fullName: { kk: `Ауыл әкімі ${n}` } }));
    const before = (await sql<{ n: number }>(`SELECT max(number)::int AS n FROM awards WHERE year = 2026`))[0].n;
    // Twelve letters one by one in parallel, and three duplicates of the first racing them.
    const results = await Promise.all([
      ...people.map((id) => issue({ kind: 'gratitude', personIds: [id] })),
      ...[1, 2, 3].map(() => issue({ kind: 'gratitude', personIds: [people[0]] })),
    ]);
    const created = results.filter((r) => r.status === 201);
    expect(created).toHaveLength(12);
    expect(results.filter((r) => r.status === 409)).toHaveLength(3);
    const numbers = created.map((r) => Number(r.body[0].number.split('/')[0])).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 12 }, (_, i) => before + 1 + i));
    const [{ last }] = await sql<{ last: number }>(
      `SELECT last_number AS last FROM award_counters WHERE organization_id = $1 AND year = 2026`,
      [org.id],
    );
    expect(last).toBe(before + 12);
  });

  it('prints every award of the event in one PDF and in a ZIP of one file each', async () => {
    const listed = (await t.client.get(`/api/v1/events/${eventId}/awards`, { token: organizer })).body;
    const all = pdfText(pdfFile(await download(`/api/v1/events/${eventId}/awards.pdf`, organizer)));
    for (const award of listed) {
      expect(all).toContain(`№ ${award.number}`);
    }
    const zip = await download(`/api/v1/events/${eventId}/awards.zip`, organizer);
    // Walk the local headers: each entry is a whole PDF whose CRC matches.
    const names: string[] = [];
    let at = 0;
    while (zip.readUInt32LE(at) === 0x04034b50) {
      const method = zip.readUInt16LE(at + 8);
      const size = zip.readUInt32LE(at + 18);
      const nameLength = zip.readUInt16LE(at + 26);
      const name = zip.subarray(at + 30, at + 30 + nameLength).toString('utf8');
      const data = zip.subarray(at + 30 + nameLength, at + 30 + nameLength + size);
      const content = method === 8 ? inflateRawSync(data) : data;
      expect(content.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(content.length).toBe(zip.readUInt32LE(at + 22));
      names.push(name);
      at += 30 + nameLength + size;
    }
    expect(names).toHaveLength(listed.length);
    expect(names).toContain('gratitude-2026-0001.pdf');
    const zipFile = join(dir, 'all.zip');
    writeFileSync(zipFile, zip);
    expect(execFileSync('unzip', ['-tq', zipFile], { encoding: 'utf8' })).toContain('No errors');
  });

  it('refuses every caller who may not issue or read them', async () => {
    const body = { kind: 'gratitude', personIds: [absent.id], signatoryId: signatory.id, date: '2026-01-10' };
    expect((await t.client.post(`/api/v1/events/${eventId}/awards`, body)).status).toBe(401);
    expect((await t.client.post(`/api/v1/events/${eventId}/awards`, body, { token: otherOrganizer })).status).toBe(403);
    expect((await t.client.post(`/api/v1/events/${eventId}/awards`, body, { token: delegate })).status).toBe(403);
    const secretary = await userWith(t, [{ role: 'secretary', kind: 'event', id: eventId }]);
    expect((await t.client.post(`/api/v1/events/${eventId}/awards`, body, { token: secretary })).status).toBe(403);

    expect((await t.client.get(`/api/v1/events/${eventId}/awards`)).status).toBe(401);
    expect((await t.client.get(`/api/v1/events/${eventId}/awards`, { token: delegate })).status).toBe(403);
    expect((await t.client.get(`/api/v1/events/${eventId}/awards`, { token: otherOrganizer })).status).toBe(403);
    expect((await t.client.get(`/api/v1/events/${eventId}/awards`, { token: secretary })).status).toBe(200);
    for (const file of ['awards.pdf', 'awards.zip']) {
      expect((await t.client.get(`/api/v1/events/${eventId}/${file}`)).status).toBe(401);
      expect((await t.client.get(`/api/v1/events/${eventId}/${file}`, { token: otherOrganizer })).status).toBe(403);
      expect((await t.client.get(`/api/v1/events/${eventId}/${file}`, { token: delegate })).status).toBe(403);
    }

    const listed = (await t.client.get(`/api/v1/events/${eventId}/awards`, { token: organizer })).body;
    const others = listed.find((a: { recipient: { personId: string } }) => a.recipient.personId === ruAkim.id);
    // Someone else's award: not found, unless the printed code is given (the e-mail's link).
    expect((await t.client.get(others.pdfUrl)).status).toBe(404);
    expect((await t.client.get(others.pdfUrl, { token: delegate })).status).toBe(404);
    expect((await t.client.get(others.pdfUrl, { token: otherOrganizer })).status).toBe(404);
    expect((await t.client.get(`${others.pdfUrl}?code=AAAAA-AAAAA`)).status).toBe(404);
    expect((await t.client.get(`${others.pdfUrl}?code=${others.verificationCode}`)).status).toBe(200);

    const revoke = `/api/v1/awards/${others.id}/revoke`;
    expect((await t.client.post(revoke, { reason: 'x' })).status).toBe(401);
    expect((await t.client.post(revoke, { reason: 'x' }, { token: delegate })).status).toBe(403);
    expect((await t.client.post(revoke, { reason: 'x' }, { token: otherOrganizer })).status).toBe(403);
  });

  it('lists only the signed-in person their own awards, with PDFs they may open', async () => {
    const mine = await t.client.get('/api/v1/awards/mine', { token: delegate });
    expect(mine.status).toBe(200);
    expect(mine.body.length).toBeGreaterThanOrEqual(2);
    expect(mine.body.every((a: { recipient: { personId: string } }) => a.recipient.personId === kkAkim.id)).toBe(true);
    expect(new Set(mine.body.map((a: { kind: string }) => a.kind))).toEqual(new Set(['gratitude', 'participation']));
    expect((await t.client.get(mine.body[0].pdfUrl, { token: delegate })).status).toBe(200);
    expect((await t.client.get('/api/v1/awards/mine')).status).toBe(401);
    expect((await t.client.get('/api/v1/awards/mine', { token: otherOrganizer })).body).toEqual([]);
  });

  it('mails each recipient with an e-mail in their language, whose link opens the PDF without sign-in', async () => {
    const messages = await sql<{ recipient: string; language: string; subject: string; text: string }>(
      `SELECT recipient, language, subject, text_body AS text FROM mail_outbox WHERE purpose = 'award.issued'
       ORDER BY id`,
    );
    const toRu = messages.find((m) => m.recipient === 'isabekova@test.kz' && m.subject.startsWith('Благодарственное'))!;
    expect(toRu.language).toBe('ru');
    expect(toRu.text).toContain('Уважаемый(ая) Жанар Исабекова');
    const toKk = messages.find((m) => m.recipient === 'kasymshalov@test.kz' && m.subject.startsWith('Алғыс хат'))!;
    expect(toKk.text).toContain('сізге Алғыс хат № 1/2026 берілді');
    const link = /https?:\/\/\S+\.pdf\?\S+/.exec(toKk.text)![0];
    const pdf = await download(new URL(link).pathname + new URL(link).search);
    expect(pdfText(pdfFile(pdf))).toContain('Ержан Қасымшалов');
  });

  it('limits how many PDFs one address may ask for by code alone (429 with Retry-After)', async () => {
    const [award] = (await t.client.get(`/api/v1/events/${eventId}/awards`, { token: organizer })).body;
    let status = 0;
    let tries = 0;
    let retryAfter: string | null = null;
    while (status !== 429 && tries < 40) {
      const res = await t.client.get(`${award.pdfUrl}?code=AAAAA-AAAAA`);
      status = res.status;
      retryAfter = res.headers.get('retry-after');
      tries++;
    }
    expect(status).toBe(429);
    expect(tries).toBeLessThanOrEqual(31);
    expect(Number(retryAfter)).toBeGreaterThan(0);
    // Signed in, the recipient is not counted.
    expect((await t.client.get(award.pdfUrl, { token: delegate })).status).toBe(200);
  });

  it('keeps issued awards as they were: the database refuses a change or a deletion; revocation happens once', async () => {
    const [award] = (await t.client.get('/api/v1/awards/mine', { token: delegate })).body;
    await expect(sql(`UPDATE awards SET number = 999 WHERE id = $1`, [award.id])).rejects.toThrow(/is issued/);
    await expect(sql(`UPDATE awards SET recipient_name = '{"kk":"Басқа"}' WHERE id = $1`, [award.id])).rejects.toThrow(
      /is issued/,
    );
    await expect(sql(`DELETE FROM awards WHERE id = $1`, [award.id])).rejects.toThrow(/is issued/);

    const revoked = await t.client.post(`/api/v1/awards/${award.id}/revoke`, { reason: 'Қате' }, { token: organizer });
    expect(revoked.status).toBe(200);
    expect(revoked.body).toMatchObject({ id: award.id, number: award.number });
    expect(revoked.body.revokedAt).not.toBeNull();
    // Its code now answers that it was revoked, with its number, and nothing of the recipient or the event.
    const verified = await t.client.get(`/api/v1/verify/${award.verificationCode}`);
    expect(verified.status).toBe(200);
    expect(verified.body).toEqual({
      code: award.verificationCode,
      kind: 'award',
      documentKind: award.kind,
      number: award.number,
      revoked: true,
    });
    const canonicalUrl = `/api/v1/verify/${award.verificationCode}/canonical.json`;
    expect((await t.client.get(canonicalUrl)).status).toBe(404);
    const [{ digest, title }] = await sql<{ digest: string; title: { kk: string; ru: string } }>(
      `SELECT z.digest, a.event_title AS title FROM act_seals z JOIN awards a ON a.id = z.act_id WHERE z.act_id = $1`,
      [award.id],
    );
    for (const [lang, word] of [
      ['kk', 'Кері қайтарылған'],
      ['ru', 'Отозван'],
    ]) {
      const page = await fetch(`${t.client.baseUrl}/verify/${award.verificationCode}?lang=${lang}`);
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain(word);
      expect(html).toContain(`№ ${award.number}`);
      expect(html).not.toContain('Сәйкес келеді');
      expect(html).not.toContain('Совпадает');
      for (const secret of ['Қасымшалов', 'Касымшалов', title.kk, title.ru, 'kasymshalov@test.kz', award.id, digest]) {
        expect(html).not.toContain(secret);
      }
    }
    const twice = await t.client.post(`/api/v1/awards/${award.id}/revoke`, { reason: 'Қате' }, { token: organizer });
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('AWARD_REVOKED');
    // Both the issue and the revocation are in the event's audit log.
    const audit = await t.client.get(`/api/v1/audit?entity=event&entityId=${eventId}`, { token: organizer });
    expect(audit.body.some((e: { action: string }) => e.action === 'issue')).toBe(true);
    expect(await sql(`SELECT action FROM audit_log WHERE entity = 'award' AND entity_id = $1`, [award.id])).toEqual([
      { action: 'revoke' },
    ]);
    await expect(sql(`UPDATE awards SET revoked_at = NULL WHERE id = $1`, [award.id])).rejects.toThrow(/is issued/);
  });
});

describe('the demo forum of rural akims of Almaty oblast', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ DEMO_DATA: 'true' });
  });
  afterAll(async () => {
    await t.close();
  });

  it('handed five letters of gratitude to rural akims, signed by the oblast akim, whose verification pages answer', async () => {
    const event = await t.client.get('/api/v1/events/almaty-oblast-rural-akims-forum');
    const awards = await t.client.get(`/api/v1/events/${event.body.id}/awards`, { token: await t.adminToken() });
    expect(awards.status).toBe(200);
    expect(awards.body).toHaveLength(5);
    expect(awards.body[0]).toMatchObject({
      kind: 'gratitude',
      number: expect.stringMatching(/^1\/\d{4}$/),
      recipient: { name: 'Ержан Қасымшалов', position: 'Ақсеңгір ауылдық округінің әкімі' },
      signatory: { name: 'Марат Сұлтанғазиев', position: 'Алматы облысының әкімі' },
    });
    for (const award of awards.body) {
      const verified = await t.client.get(`/api/v1/verify/${award.verificationCode}`);
      expect(verified.body).toMatchObject({ kind: 'award', matches: true, number: award.number });
      const page = await fetch(`${t.client.baseUrl}/verify/${award.verificationCode}?lang=ru`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('Благодарственное письмо');
    }
  });
});

describe('the e-mail of an award', () => {
  it('carries the award as a PDF attachment, in the recipient language', async () => {
    const sink = await SmtpSink.start();
    const t = await startTestApp({ SMTP_URL: sink.url, MAIL_POLL_MS: '100' });
    try {
      const org = await createOrganization(t);
      const organizer = await userWith(t, [{ role: 'organizer', kind: 'organization', id: org.id }]);
      const eventId = (await publishedEvent(t, organizer, [org.id], underWay())).id;
      const signatory = await createPerson(t, 'Нариман Төреғалиев');
      const akim = await createPerson(t, 'Ғалым Сәрсенов', { email: 'sarsenov@test.kz', language: 'ru' });
      const issued = await t.client.post(
        `/api/v1/events/${eventId}/awards`,
        { kind: 'gratitude', personIds: [akim.id], signatoryId: signatory.id, date: '2026-01-10' },
        { token: organizer },
      );
      expect(issued.status).toBe(201);
      const [mail] = await sink.waitFor(1);
      expect(mail.subject).toBe('Благодарственное письмо № 1/2026: Форум сельских акимов');
      const pdf = mail.attachments.find((a) => a.filename === 'award-1-2026.pdf')!;
      expect(pdf.contentType).toBe('application/pdf');
      const dir = mkdtempSync(join(tmpdir(), 'award-mail-'));
      try {
        writeFileSync(join(dir, 'a.pdf'), pdf.content);
        const text = execFileSync('pdftotext', ['-enc', 'UTF-8', join(dir, 'a.pdf'), '-'], {
          encoding: 'utf8',
        }).replace(/\s+/g, ' ');
        expect(text).toContain('БЛАГОДАРСТВЕННОЕ ПИСЬМО');
        expect(text).toContain(issued.body[0].verificationCode);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    } finally {
      await t.close();
      await sink.stop();
    }
  });
});
