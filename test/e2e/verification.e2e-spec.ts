import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import {
  adoptionRecord,
  adoptionSession,
  createOrganization,
  createPerson,
  publishedEvent,
  underWay,
  userWith,
} from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';
import { withClient } from '../support/test-database';

const CODE = /\b([0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5})\b/;
const URALSK = 'oral-offsite-session-qaladan-auylga';

describe('acts anyone can verify: a sealed digest, a printed code and a public page', () => {
  let t: TestApp;
  let organizer: string;
  let secretary: string;
  let eventId: string;
  let sessionId: string;
  let district: { id: string };
  const dir = mkdtempSync(join(tmpdir(), 'verify-'));
  const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> =>
    withClient(t.databaseUrl, async (c) => (await c.query(text, params)).rows as T[]);
  /** A change behind the application's back: as the tables' owner, with the table's triggers switched off. */
  const tamper = (table: string, text: string, params: unknown[] = []): Promise<unknown> =>
    withClient(t.databaseUrl, async (c) => {
      await c.query('BEGIN');
      await c.query(`ALTER TABLE ${table} DISABLE TRIGGER USER`);
      await c.query(text, params);
      await c.query(`ALTER TABLE ${table} ENABLE TRIGGER USER`);
      await c.query('COMMIT');
    });
  const download = async (path: string): Promise<Buffer> => {
    const res = await fetch(`${t.client.baseUrl}${path}`);
    expect(res.status).toBe(200);
    return Buffer.from(await res.arrayBuffer());
  };
  const pdfText = async (path: string): Promise<string> => {
    const file = join(dir, `${createHash('sha1').update(path).digest('hex')}.pdf`);
    writeFileSync(file, await download(path));
    return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  };
  const page = (path: string, lang = 'kk') =>
    fetch(`${t.client.baseUrl}${path}${path.includes('?') ? '&' : '?'}lang=${lang}`, { redirect: 'manual' });

  beforeAll(async () => {
    t = await startTestApp({ DEMO_DATA: 'true' });
    const org = await createOrganization(t, {
      name: { kk: 'Жамбыл облысының әкімдігі', ru: 'Акимат Жамбылской области' },
    });
    district = await createOrganization(t, { name: { kk: 'Тараз қаласының әкімдігі', ru: 'Акимат города Тараз' } });
    organizer = await userWith(t, [{ role: 'organizer', kind: 'organization', id: org.id }]);
    eventId = (await publishedEvent(t, organizer, [org.id], { ...underWay(), quorum: { memberCount: 10 } })).id;
    sessionId = await adoptionSession(t, organizer, eventId);
    secretary = await userWith(t, [{ role: 'secretary', kind: 'event', id: eventId }]);
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await t.close();
  });

  async function adopted(): Promise<{ id: string; number: string; code: string }> {
    const created = await t.client.post(
      `/api/v1/events/${eventId}/resolutions`,
      {
        title: { kk: 'Белсенділер жиналысының қаулысы', ru: 'Постановление собрания активистов' },
        preamble: { kk: 'Жиналыс қаулы етеді:', ru: 'Собрание постановляет:' },
        sessionId,
        points: [
          { text: { kk: 'Жолдарды жөндеу', ru: 'Отремонтировать дороги' }, responsibleOrganizationId: district.id },
          { text: { kk: 'Мектептерді жабдықтау', ru: 'Оснастить школы' }, dueDate: '2099-06-30' },
        ],
      },
      { token: secretary },
    );
    expect(created.status).toBe(201);
    const adoption = await t.client.post(
      `/api/v1/resolutions/${created.body.id}/adopt`,
      {
        votesFor: 7,
        votesAgainst: 1,
        votesAbstained: 0,
        presentCount: 8,
        ...adoptionRecord((await createPerson(t, 'Төраға')).id),
      },
      { token: secretary },
    );
    expect(adoption.status).toBe(200);
    const text = await pdfText(`/api/v1/resolutions/${created.body.id}.pdf?lang=kk`);
    const code = CODE.exec(text)?.[1];
    expect(code).toBeDefined();
    expect(text).toContain(`/verify/${code}`);
    return { id: created.body.id, number: adoption.body.number, code: code! };
  }

  it('seals a resolution at adoption: its PDF prints the code, and the API and the page say it matches', async () => {
    const { id, number, code } = await adopted();
    const seals = await sql<{ digest: string; kind: string }>(`SELECT digest, kind FROM act_seals WHERE act_id = $1`, [
      id,
    ]);
    expect(seals).toHaveLength(1);

    const verified = await t.client.get(`/api/v1/verify/${code}`);
    expect(verified.status).toBe(200);
    expect(verified.body).toMatchObject({
      code,
      kind: 'resolution',
      documentKind: 'resolution',
      number,
      matches: true,
      digest: seals[0].digest,
      organization: { kk: 'Жамбыл облысының әкімдігі' },
      signature: null,
    });
    // Typed from paper: lower case, no separator, O for zero.
    const typed = code.toLowerCase().replace('-', '').replace(/0/g, 'o');
    expect((await t.client.get(`/api/v1/verify/${typed}`)).body.code).toBe(code);

    // Anyone can recompute the digest over the published canonical form.
    const canonical = await download(new URL(verified.body.canonicalUrl).pathname);
    expect(createHash('sha256').update(canonical).digest('hex')).toBe(seals[0].digest);
    expect(JSON.parse(canonical.toString('utf8'))).toMatchObject({
      act: 'resolution',
      number: Number(number.split('/')[0]),
    });

    const kk = await page(`/verify/${code}`);
    expect(kk.status).toBe(200);
    const kkHtml = await kk.text();
    expect(kkHtml).toContain('Сәйкес келеді');
    expect(kkHtml).toContain(`№ ${number}`);
    expect(kkHtml).toContain('<html lang="kk">');
    const ru = await (await page(`/verify/${code}`, 'ru')).text();
    expect(ru).toContain('Совпадает');
    expect(ru).toContain('Постановление');
    // The QR code's address is this page: the form redirects a typed code to it.
    const typedForm = await page(`/verify?code=${typed}`);
    expect(typedForm.status).toBe(303);
    expect(typedForm.headers.get('location')).toBe(`/verify/${code}`);
  });

  it('says "does not match" once a stored point is changed behind the application with SQL', async () => {
    const { id, code } = await adopted();
    // The database itself refuses the change while its triggers run...
    await expect(
      sql(`UPDATE resolution_points SET text = '{"kk":"x","ru":"x"}' WHERE resolution_id = $1`, [id]),
    ).rejects.toThrow(/adopted resolution/);
    await expect(sql(`UPDATE resolutions SET votes_against = 0 WHERE id = $1`, [id])).rejects.toThrow(/is adopted/);
    await expect(
      sql(`INSERT INTO resolution_points (resolution_id, position, text) VALUES ($1, 3, '{"kk":"x","ru":"x"}')`, [id]),
    ).rejects.toThrow(/adopted resolution/);
    await expect(sql(`UPDATE act_seals SET digest = repeat('0', 64) WHERE act_id = $1`, [id])).rejects.toThrow(/fixed/);
    await expect(sql(`DELETE FROM act_seals WHERE act_id = $1`, [id])).rejects.toThrow(/fixed/);
    expect((await t.client.get(`/api/v1/verify/${code}`)).body.matches).toBe(true);

    // ...so a forger must go around them; the page still tells.
    await tamper(
      'resolution_points',
      `UPDATE resolution_points SET text = jsonb_set(text, '{ru}', '"Отремонтировать две дороги"') WHERE resolution_id = $1 AND position = 1`,
      [id],
    );
    const verified = await t.client.get(`/api/v1/verify/${code}`);
    expect(verified.status).toBe(200);
    expect(verified.body.matches).toBe(false);
    const kk = await (await page(`/verify/${code}`)).text();
    expect(kk).toContain('Сәйкес келмейді');
    expect(kk).not.toContain('✓');
    expect(await (await page(`/verify/${code}`, 'ru')).text()).toContain('Не совпадает');

    const { code: other, id: otherId } = await adopted();
    await tamper('resolutions', `UPDATE resolutions SET votes_for = 8, votes_against = 0 WHERE id = $1`, [otherId]);
    expect((await t.client.get(`/api/v1/verify/${other}`)).body.matches).toBe(false);
  });

  it('verifies the approved protocol of the Uralsk demo session, printed on its PDF and its DOCX, and tells a changed speech', async () => {
    const [protocol] = (await t.client.get(`/api/v1/events/${URALSK}/protocols?lang=kk`)).body as {
      id: string;
      number: string;
    }[];
    const text = await pdfText(`/api/v1/protocols/${protocol.id}.pdf?lang=both`);
    const code = CODE.exec(text)?.[1];
    expect(code).toBeDefined();
    expect(text).toContain('Актінің түпнұсқалығын тексеру коды / Код проверки подлинности акта');
    const docx = await mammoth.extractRawText({
      buffer: await download(`/api/v1/protocols/${protocol.id}.docx?lang=kk`),
    });
    expect(docx.value).toContain(`Актінің түпнұсқалығын тексеру коды: ${code}`);

    const verified = await t.client.get(`/api/v1/verify/${code}?lang=ru`);
    expect(verified.body).toMatchObject({
      kind: 'protocol',
      documentKind: 'protocol',
      number: protocol.number,
      matches: true,
    });
    expect(verified.body.eventUrl).toMatch(new RegExp(`/events/${URALSK}$`));
    // It confirms the act, not who attended: no name, badge or contact of anyone in the attendance log.
    const attendees = await sql<{ name: string; badge: string; email: string | null }>(
      `SELECT p.full_name->>'kk' AS name, r.badge_code AS badge, p.email
       FROM registrations r JOIN people p ON p.id = r.person_id JOIN events e ON e.id = r.event_id WHERE e.slug = $1`,
      [URALSK],
    );
    expect(attendees.length).toBeGreaterThan(5);
    const page1 = await (await page(`/verify/${code}`)).text();
    for (const { name, badge, email } of attendees) {
      for (const secret of [name, badge, email].filter((v): v is string => !!v)) {
        expect(verified.text).not.toContain(secret);
        expect(page1).not.toContain(secret);
      }
    }
    expect(page1).toContain('Сәйкес келеді');

    await tamper(
      'protocol_speeches',
      `UPDATE protocol_speeches SET summary = '{"kk":"басқа сөз","ru":"другие слова"}'
       WHERE id = (SELECT id FROM protocol_speeches WHERE protocol_id = $1 ORDER BY spoken_at LIMIT 1)`,
      [protocol.id],
    );
    expect((await t.client.get(`/api/v1/verify/${code}`)).body.matches).toBe(false);
  });

  it('hides the text of a protocol approved but not yet published, and confirms only that it exists', async () => {
    const [{ id }] = await sql<{ id: string }>(`SELECT id FROM protocols WHERE status = 'published' LIMIT 1`);
    const [{ code }] = await sql<{ code: string }>(`SELECT code FROM act_seals WHERE act_id = $1`, [id]);
    await tamper('protocols', `UPDATE protocols SET status = 'approved', published_at = NULL WHERE id = $1`, [id]);
    try {
      const verified = await t.client.get(`/api/v1/verify/${code}`);
      expect(verified.body.canonicalUrl).toBeNull();
      expect((await t.client.get(`/api/v1/verify/${code}/canonical.json`)).status).toBe(404);
    } finally {
      await tamper('protocols', `UPDATE protocols SET status = 'published', published_at = approved_at WHERE id = $1`, [
        id,
      ]);
    }
  });

  it('answers an unknown code with 404 and a malformed one with 400, in the reader’s language', async () => {
    const unknown = await t.client.get('/api/v1/verify/ZZZZZ-ZZZZZ', { headers: { 'accept-language': 'ru' } });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ code: 'NOT_FOUND' });
    const malformed = await t.client.get('/api/v1/verify/ABC', { headers: { 'accept-language': 'ru' } });
    expect(malformed.status).toBe(400);
    expect(malformed.body).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ field: 'code', code: 'format' }] });
    const unknownPage = await page('/verify/ZZZZZ-ZZZZZ', 'ru');
    expect(unknownPage.status).toBe(404);
    expect(await unknownPage.text()).toContain('Код не найден');
    const malformedPage = await page('/verify?code=ABC');
    expect(malformedPage.status).toBe(400);
    expect(await malformedPage.text()).toContain('aria-invalid="true"');
    const form = await page('/verify', 'en');
    expect(form.status).toBe(200);
    expect(await form.text()).toContain('Verify an act');
  });

  it('limits how many codes one address may check a minute (429 with Retry-After)', async () => {
    const answers = await Promise.all(Array.from({ length: 70 }, () => t.client.get('/api/v1/verify/ZZZZZ-ZZZZY')));
    const limited = answers.filter((a) => a.status === 429);
    expect(limited.length).toBeGreaterThan(0);
    expect(Number(limited[0].headers.get('retry-after'))).toBeGreaterThan(0);
    expect(limited[0].body).toMatchObject({ code: 'TOO_MANY_REQUESTS' });
  });
});
