import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import {
  atDayFromNow,
  createOrganization,
  createPerson,
  eventBody,
  publishedEvent,
  userAs,
  userWith,
} from '../support/factories';
import { freePort } from '@app/database';
import { npmStartCommand } from '../../scripts/start-command.mjs';
import { eventually } from '../support/eventually';
import { ADMIN, startTestApp, TestClient, type HttpResult, type TestApp } from '../support/test-app';
import { createTestDatabase } from '../support/test-database';
import { type FilePart, materialForm, pdfBytes, uploadForm } from '../support/materials';
import { ANONYMOUS_DOWNLOADS_PER_MINUTE } from '../../apps/api/src/participation/materials/materials.service';

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]);

/** A ZIP archive of these entries (deflated), as an Office suite writes one. */
function zipOf(entries: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(entries)) {
    const data = Buffer.from(content);
    const packed = deflateRawSync(data);
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc32(data), 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

function contentTypes(main: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    `<Override PartName="/word/document.xml" ContentType="${main}"/></Types>`
  );
}

const DOCX_MAIN = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const TITLE = JSON.stringify({ kk: 'Облыс әкімінің баяндамасы', ru: 'Доклад акима области' });

describe('materials of forums and sessions', () => {
  let t: TestApp;
  let dataDir: string;
  let org: { id: string };
  let organizer: string;
  let secretary: string;
  let checker: string;
  let otherOrganizer: string;
  let participant: string;
  let outsider: string;
  let eventId: string;
  let sessionId: string;
  const materials: Record<'public' | 'participants' | 'staff', string> = { public: '', participants: '', staff: '' };

  const upload = (path: string, form: FormData, token?: string): Promise<HttpResult> =>
    uploadForm(t.client.baseUrl, path, form, token);

  async function download(
    id: string,
    token?: string,
    headers: Record<string, string> = {},
    query = '',
  ): Promise<{ status: number; headers: Headers; body: Buffer }> {
    const response = await fetch(`${t.client.baseUrl}/api/v1/materials/${id}${query}`, {
      headers: { ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    });
    return { status: response.status, headers: response.headers, body: Buffer.from(await response.arrayBuffer()) };
  }

  const pdf = (text?: string): FilePart => ({ content: pdfBytes(text), name: 'report.pdf', type: 'application/pdf' });
  const fields = (visibility = 'public', extra: Record<string, string> = {}) => ({
    title: TITLE,
    language: 'kk',
    visibility,
    ...extra,
  });

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'akim-materials-'));
    t = await startTestApp({ DATA_DIR: dataDir, MATERIALS_MAX_MB: '1' });
    org = await createOrganization(t);
    organizer = await userWith(t, [{ role: 'organizer', kind: 'organization', id: org.id }]);
    eventId = (await publishedEvent(t, organizer, [org.id])).id;
    const session = await t.client.post(
      `/api/v1/events/${eventId}/sessions`,
      {
        kind: 'plenary',
        title: { kk: 'Пленарлық отырыс', ru: 'Пленарное заседание' },
        startsAt: atDayFromNow(30, '11:00'),
        endsAt: atDayFromNow(30, '12:00'),
      },
      { token: organizer },
    );
    expect(session.status).toBe(201);
    sessionId = session.body.id;
    secretary = await userWith(t, [{ role: 'secretary', kind: 'event', id: eventId }]);
    checker = await userWith(t, [{ role: 'checker', kind: 'event', id: eventId }]);
    const otherOrg = await createOrganization(t);
    otherOrganizer = await userWith(t, [{ role: 'organizer', kind: 'organization', id: otherOrg.id }]);
    const delegate = await createPerson(t, 'Серік Ахметов');
    participant = await userAs(t, delegate.id);
    const registered = await t.client.post(`/api/v1/events/${eventId}/registrations`, {}, { token: participant });
    expect(registered.body.status).toBe('registered');
    outsider = await userAs(t, (await createPerson(t, 'Асқар Жұмабаев')).id);

    for (const visibility of ['public', 'participants', 'staff'] as const) {
      const created = await upload(
        `/events/${eventId}/materials`,
        materialForm(pdf(visibility), fields(visibility, { sessionId })),
        organizer,
      );
      expect(created.status).toBe(201);
      materials[visibility] = created.body.id;
    }
  });

  afterAll(async () => {
    await t?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('takes a PDF for a session, lists it with its size, and serves it with its ETag and a title for a name', async () => {
    const content = pdfBytes('Баяндама');
    const created = await upload(
      `/events/${eventId}/materials`,
      materialForm(
        { content, name: 'doklad.pdf', type: 'application/pdf' },
        {
          'title[kk]': 'Әкімнің баяндамасы',
          'title[ru]': 'Доклад акима',
          language: 'ru',
          visibility: 'public',
          sessionId,
        },
      ),
      secretary,
    );
    expect(created.status).toBe(201);
    const sha256 = createHash('sha256').update(content).digest('hex');
    expect(created.body).toMatchObject({
      eventId,
      sessionId,
      title: 'Әкімнің баяндамасы',
      titles: { kk: 'Әкімнің баяндамасы', ru: 'Доклад акима' },
      language: 'ru',
      visibility: 'public',
      fileType: 'pdf',
      size: content.length,
      sizeLabel: `${content.length} Б`,
      version: 1,
      versions: [{ number: 1, size: content.length, sha256, mimeType: 'application/pdf' }],
    });

    const listed = await t.client.get(`/api/v1/events/${eventId}/materials?lang=ru`);
    expect(listed.status).toBe(200);
    const item = listed.body.find((m: { id: string }) => m.id === created.body.id);
    expect(item).toMatchObject({ title: 'Доклад акима', size: content.length, sizeLabel: `${content.length} Б` });

    const file = await download(created.body.id, undefined, {}, '?lang=ru');
    expect(file.status).toBe(200);
    expect(file.body.equals(content)).toBe(true);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(file.headers.get('content-length')).toBe(String(content.length));
    expect(file.headers.get('etag')).toBe(`"${sha256}"`);
    expect(file.headers.get('accept-ranges')).toBe('bytes');
    expect(file.headers.get('content-disposition')).toBe(
      `attachment; filename="______ _____.pdf"; filename*=UTF-8''${encodeURIComponent('Доклад акима.pdf')}`,
    );
    const kk = await download(created.body.id, undefined, { 'accept-language': 'kk' });
    expect(kk.headers.get('content-disposition')).toContain(encodeURIComponent('Әкімнің баяндамасы.pdf'));

    const again = await download(created.body.id, undefined, { 'if-none-match': `"${sha256}"` });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });

  it('serves ranges: 206 with Content-Range, 416 past the end', async () => {
    const whole = pdfBytes('public');
    const head = await download(materials.public, undefined, { range: 'bytes=0-4' });
    expect(head.status).toBe(206);
    expect(head.body.toString()).toBe('%PDF-');
    expect(head.headers.get('content-range')).toBe(`bytes 0-4/${whole.length}`);
    expect(head.headers.get('content-length')).toBe('5');

    const tail = await download(materials.public, undefined, { range: 'bytes=-6' });
    expect(tail.status).toBe(206);
    expect(tail.body.toString()).toBe('%%EOF\n');

    const past = await download(materials.public, undefined, { range: `bytes=${whole.length}-` });
    expect(past.status).toBe(416);
    expect(past.headers.get('content-range')).toBe(`bytes */${whole.length}`);
    expect(JSON.parse(past.body.toString())).toMatchObject({ statusCode: 416, code: 'RANGE_NOT_SATISFIABLE' });
  });

  it('refuses a file whose content is not the type it claims, or not a type it takes', async () => {
    const post = (file: FilePart) => upload(`/events/${eventId}/materials`, materialForm(file, fields()), organizer);
    const notPdf = await post({
      content: Buffer.from('just some words, not a PDF'),
      name: 'a.pdf',
      type: 'application/pdf',
    });
    expect(notPdf.status).toBe(415);
    expect(notPdf.body).toMatchObject({ statusCode: 415, code: 'FILE_CONTENT_MISMATCH' });
    expect(notPdf.body.message).toContain('PDF');

    const pngAsPdf = await post({ content: PNG, name: 'a.pdf', type: 'application/pdf' });
    expect(pngAsPdf.body.code).toBe('FILE_CONTENT_MISMATCH');

    const cut = await post({ content: pdfBytes().subarray(0, 40), name: 'cut.pdf', type: 'application/pdf' });
    expect(cut.body.code).toBe('FILE_CONTENT_MISMATCH');

    const program = await post({
      content: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200)]),
      name: 'setup.bin',
      type: 'application/octet-stream',
    });
    expect(program.status).toBe(415);
    expect(program.body.code).toBe('FILE_TYPE_NOT_ALLOWED');

    const notDocx = await post({ content: zipOf({ 'a.txt': 'hello' }), name: 'a.docx', type: DOCX });
    expect(notDocx.body.code).toBe('FILE_CONTENT_MISMATCH');
    const plainZip = await post({ content: zipOf({ 'a.txt': 'hello' }), name: 'a.zip', type: 'application/zip' });
    expect(plainZip.body.code).toBe('FILE_TYPE_NOT_ALLOWED');

    const docx = await post({
      content: zipOf({ '[Content_Types].xml': contentTypes(DOCX_MAIN), 'word/document.xml': '<w:document/>' }),
      name: 'шешім жобасы.docx',
      type: 'application/octet-stream',
    });
    expect(docx.status).toBe(201);
    expect(docx.body).toMatchObject({ fileType: 'docx', versions: [{ mimeType: DOCX }] });

    const png = await post({ content: PNG, name: 'photo', type: 'application/octet-stream' });
    expect(png.body.fileType).toBe('png');
    // Nothing refused was left behind on the disk.
    expect(readdirSync(join(dataDir, 'files', '.incoming'))).toEqual([]);
  });

  it('refuses a file over MATERIALS_MAX_MB, a missing file and bad fields, with field errors', async () => {
    const big = Buffer.concat([pdfBytes(), Buffer.alloc(1024 * 1024 + 10, 32), Buffer.from('%%EOF')]);
    const tooLarge = await upload(
      `/events/${eventId}/materials`,
      materialForm({ content: big, name: 'big.pdf', type: 'application/pdf' }, fields()),
      organizer,
    );
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body.code).toBe('FILE_TOO_LARGE');

    const none = await upload(`/events/${eventId}/materials`, materialForm(undefined, fields()), organizer);
    expect(none.status).toBe(400);
    expect(none.body.code).toBe('FILE_REQUIRED');

    const bad = await upload(
      `/events/${eventId}/materials`,
      materialForm(pdf(), { title: JSON.stringify({ kk: 'Тек қазақша' }), language: 'de', visibility: 'everyone' }),
      organizer,
    );
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'language',
      'title.ru',
      'visibility',
    ]);

    const otherEvent = (await publishedEvent(t, organizer, [org.id])).id;
    const foreignSession = await upload(
      `/events/${otherEvent}/materials`,
      materialForm(pdf(), fields('public', { sessionId })),
      organizer,
    );
    expect(foreignSession.status).toBe(400);
    expect(foreignSession.body.errors).toEqual([expect.objectContaining({ field: 'sessionId', code: 'exists' })]);

    const json = await t.client.post(`/api/v1/events/${eventId}/materials`, { title: 'x' }, { token: organizer });
    expect(json.status).toBe(415);
    expect(json.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('drops what an upload broken off halfway had written', async () => {
    const boundary = 'brokenoff';
    const token = organizer;
    await new Promise<void>((resolve) => {
      const url = new URL(`${t.client.baseUrl}/api/v1/events/${eventId}/materials`);
      const request = httpRequest(url, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': `multipart/form-data; boundary=${boundary}`,
          'content-length': String(10 * 1024 * 1024),
        },
      });
      request.on('error', () => resolve());
      request.write(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n`,
      );
      request.write(Buffer.alloc(256 * 1024, 0x20), () => setTimeout(() => request.destroy(), 200));
      request.on('close', () => resolve());
    });
    await eventually(async () => expect(readdirSync(join(dataDir, 'files', '.incoming'))).toEqual([]));
    // The app goes on answering.
    expect((await t.client.get(`/api/v1/events/${eventId}/materials`)).status).toBe(200);
  });

  it('describes its routes in the OpenAPI document, the uploads as multipart', async () => {
    const doc = (await t.client.get('/api/docs-json')).body;
    const upload = doc.paths['/api/v1/events/{id}/materials'].post;
    expect(Object.keys(upload.requestBody.content)).toEqual(['multipart/form-data']);
    expect(doc.paths['/api/v1/materials/{id}/versions'].post.requestBody.content['multipart/form-data']).toBeDefined();
    expect(Object.keys(doc.paths['/api/v1/materials/{id}']).sort()).toEqual(['delete', 'get', 'patch']);
  });

  describe('who sees what', () => {
    const visible = async (token?: string): Promise<string[]> => {
      const listed = await t.client.get(`/api/v1/events/${eventId}/materials`, { token });
      expect(listed.status).toBe(200);
      return (listed.body as { id: string; visibility: string }[])
        .filter((m) => Object.values(materials).includes(m.id))
        .map((m) => m.visibility)
        .sort();
    };

    it('anyone: public ones only; the others ask to sign in', async () => {
      expect(await visible()).toEqual(['public']);
      expect((await download(materials.public)).status).toBe(200);
      const participants = await download(materials.participants);
      expect(participants.status).toBe(401);
      expect(JSON.parse(participants.body.toString()).code).toBe('AUTH_REQUIRED');
      expect((await download(materials.staff)).status).toBe(401);
    });

    it('someone signed in but not registered: public ones only; the others are forbidden', async () => {
      expect(await visible(outsider)).toEqual(['public']);
      const participants = await download(materials.participants, outsider);
      expect(participants.status).toBe(403);
      expect(JSON.parse(participants.body.toString()).code).toBe('FORBIDDEN');
      expect((await download(materials.staff, outsider)).status).toBe(403);
    });

    it("a registered participant: public and participants' ones, not the staff's", async () => {
      expect(await visible(participant)).toEqual(['participants', 'public']);
      expect((await download(materials.participants, participant)).status).toBe(200);
      expect((await download(materials.staff, participant)).status).toBe(403);
    });

    it('the staff (organizers, secretaries, checkers of the event) and admins: all', async () => {
      for (const token of [organizer, secretary, checker, await t.adminToken()]) {
        expect(await visible(token)).toEqual(['participants', 'public', 'staff']);
        expect((await download(materials.staff, token)).status).toBe(200);
      }
      // An organizer of another body is no staff of this forum.
      expect(await visible(otherOrganizer)).toEqual(['public']);
      expect((await download(materials.staff, otherOrganizer)).status).toBe(403);
    });

    it('nothing of a draft or an invite-only forum for those who may not see the forum', async () => {
      for (const overrides of [{ visibility: 'invite_only' }, {}]) {
        const created = await t.client.post('/api/v1/events', eventBody([org.id], overrides), { token: organizer });
        if (overrides.visibility) {
          await t.client.post(`/api/v1/events/${created.body.id}/publish`, undefined, { token: organizer });
        }
        const material = await upload(`/events/${created.body.id}/materials`, materialForm(pdf(), fields()), organizer);
        expect(material.status).toBe(201);
        expect((await t.client.get(`/api/v1/events/${created.body.id}/materials`)).status).toBe(404);
        expect((await t.client.get(`/api/v1/events/${created.body.id}/materials`, { token: outsider })).status).toBe(
          404,
        );
        expect((await download(material.body.id)).status).toBe(404);
        expect((await download(material.body.id, outsider)).status).toBe(404);
        expect((await download(material.body.id, organizer)).status).toBe(200);
      }
    });

    it('uploads, new versions and deletions by the organizers and secretaries only', async () => {
      const post = (token?: string) => upload(`/events/${eventId}/materials`, materialForm(pdf(), fields()), token);
      expect((await post()).status).toBe(401);
      expect((await post(participant)).status).toBe(403);
      expect((await post(checker)).status).toBe(403);
      expect((await post(otherOrganizer)).status).toBe(403);
      const version = (token?: string) => upload(`/materials/${materials.public}/versions`, materialForm(pdf()), token);
      expect((await version()).status).toBe(401);
      expect((await version(participant)).status).toBe(403);
      expect((await version(checker)).status).toBe(403);
      expect((await version(otherOrganizer)).status).toBe(403);
      for (const token of [undefined, participant, checker, otherOrganizer]) {
        expect((await t.client.delete(`/api/v1/materials/${materials.public}`, { token })).status).toBe(
          token ? 403 : 401,
        );
      }
    });
  });

  it('keeps every version: a new upload becomes current, the old one stays readable, two at once get two numbers', async () => {
    const created = await upload(`/events/${eventId}/materials`, materialForm(pdf('v1'), fields()), organizer);
    const id = created.body.id;
    const second = await upload(`/materials/${id}/versions`, materialForm(pdf('v2 — түзетілген')), secretary);
    expect(second.status).toBe(201);
    expect(second.body.version).toBe(2);
    expect(second.body.versions.map((v: { number: number }) => v.number)).toEqual([2, 1]);
    expect((await download(id)).body.equals(pdfBytes('v2 — түзетілген'))).toBe(true);
    expect((await download(id, undefined, {}, '?version=1')).body.equals(pdfBytes('v1'))).toBe(true);
    expect((await download(id, undefined, {}, '?version=9')).status).toBe(404);
    expect((await download(id, undefined, {}, '?version=zero')).status).toBe(400);

    const bad = await upload(`/materials/${id}/versions`, materialForm({ ...pdf(), content: PNG }), organizer);
    expect(bad.body.code).toBe('FILE_CONTENT_MISMATCH');

    const racing = await Promise.all(
      ['v3', 'v4'].map((text) => upload(`/materials/${id}/versions`, materialForm(pdf(text)), organizer)),
    );
    expect(racing.map((r) => r.status)).toEqual([201, 201]);
    expect(racing.map((r) => r.body.version).sort()).toEqual([3, 4]);
    const listed = await t.client.get(`/api/v1/events/${eventId}/materials`);
    expect(listed.body.find((m: { id: string }) => m.id === id).versions).toHaveLength(4);
  });

  it('limits the files one address fetches without signing in, not those of a signed-in reader', async () => {
    let refused: Awaited<ReturnType<typeof download>> | undefined;
    for (let i = 0; i <= ANONYMOUS_DOWNLOADS_PER_MINUTE && !refused; i++) {
      const answer = await download(materials.public, undefined, { range: 'bytes=0-0' });
      if (answer.status === 429) {
        refused = answer;
      }
    }
    expect(refused).toBeDefined();
    expect(JSON.parse(refused!.body.toString()).code).toBe('TOO_MANY_REQUESTS');
    expect(Number(refused!.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await download(materials.public, participant)).status).toBe(200);
  });

  it('deletes a material with all its versions and their files', async () => {
    const created = await upload(`/events/${eventId}/materials`, materialForm(pdf('to delete'), fields()), organizer);
    const id = created.body.id;
    await upload(`/materials/${id}/versions`, materialForm(pdf('to delete, 2')), organizer);
    const filesBefore = readdirSync(join(dataDir, 'files'), { recursive: true }).length;
    const removed = await t.client.delete(`/api/v1/materials/${id}`, { token: secretary });
    expect(removed.status).toBe(204);
    expect((await download(id, organizer)).status).toBe(404);
    const listed = await t.client.get(`/api/v1/events/${eventId}/materials`, { token: organizer });
    expect(listed.body.map((m: { id: string }) => m.id)).not.toContain(id);
    expect(readdirSync(join(dataDir, 'files'), { recursive: true }).length).toBe(filesBefore - 2);
    expect((await t.client.delete(`/api/v1/materials/${id}`, { token: secretary })).status).toBe(404);
    expect(existsSync(join(dataDir, 'files', '.incoming'))).toBe(true);
  });
});

/** The resident set of a process, from Linux's /proc. */
function residentMb(pid: number): number {
  const kb = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return kb ? Number(kb[1]) / 1024 : 0;
}

/** The built app as `npm start` runs it: a process of its own whose memory can be watched. */
describe('a 200 MB upload to the built app', () => {
  const START = npmStartCommand(process.cwd());
  let child: ChildProcess;
  let database: { url: string; drop: () => Promise<void> };
  let dataDir: string;
  let client: TestClient;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataDir = mkdtempSync(join(tmpdir(), 'akim-materials-big-'));
    const port = await freePort();
    child = spawn(process.execPath, [...START.nodeArgs, join(process.cwd(), START.entry)], {
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        // A suite run on a shifted clock (faketime) shifts the app's too: it dates sessions the database checks.
        ...(process.env.LD_PRELOAD ? { LD_PRELOAD: process.env.LD_PRELOAD } : {}),
        ...(process.env.FAKETIME ? { FAKETIME: process.env.FAKETIME } : {}),
        PORT: String(port),
        HOST: '127.0.0.1',
        DATABASE_URL: database.url,
        DATA_DIR: dataDir,
        DEMO_DATA: 'false',
        MAIL_POLL_MS: '0',
        LOG_LEVEL: 'warn',
        ADMIN_EMAIL: ADMIN.email,
        ADMIN_PASSWORD: ADMIN.password,
        ...START.env,
      },
      stdio: ['ignore', 'ignore', 'ignore'],
    });
    client = new TestClient(`http://127.0.0.1:${port}`);
    await eventually(async () => expect((await client.get('/health/ready')).status).toBe(200), {
      timeoutMs: 60_000,
      everyMs: 200,
    });
  }, 90_000);

  afterAll(async () => {
    if (child?.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
    await database?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('goes through while the app stays flat in memory, and is served back by range', async () => {
    const admin = await client.login(ADMIN.email, ADMIN.password);
    const org = await client.post('/api/v1/organizations', { name: { kk: 'Әкімдік', ru: 'Акимат' } }, { token: admin });
    const created = await client.post(
      '/api/v1/events',
      eventBody([org.body.id], { startsAt: atDayFromNow(30, '10:00'), endsAt: atDayFromNow(30, '18:00') }),
      { token: admin },
    );
    const eventId = created.body.id;
    await client.post(`/api/v1/events/${eventId}/publish`, undefined, { token: admin });

    const boundary = `akim${Date.now()}`;
    const fieldPart = (name: string, value: string) =>
      `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
    const send = async (bodyMb: number) => {
      const chunk = Buffer.alloc(1024 * 1024, 0x20);
      const head = Buffer.from(
        fieldPart('title', TITLE) +
          fieldPart('language', 'kk') +
          fieldPart('visibility', 'public') +
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.pdf"\r\n` +
          'Content-Type: application/pdf\r\n\r\n%PDF-1.4\n',
      );
      const tail = Buffer.from(`\n%%EOF\n\r\n--${boundary}--\r\n`);
      const hash = createHash('sha256').update('%PDF-1.4\n');
      let sent = 0;
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (sent === 0) {
            controller.enqueue(head);
          }
          if (sent < bodyMb) {
            hash.update(chunk);
            controller.enqueue(chunk);
            sent++;
          } else {
            hash.update('\n%%EOF\n');
            controller.enqueue(tail);
            controller.close();
          }
        },
      });
      const response = await fetch(`${client.baseUrl}/api/v1/events/${eventId}/materials`, {
        method: 'POST',
        body,
        duplex: 'half',
        headers: { authorization: `Bearer ${admin}`, 'content-type': `multipart/form-data; boundary=${boundary}` },
      } as RequestInit);
      return {
        status: response.status,
        body: (await response.json()) as HttpResult['body'],
        sha256: hash.digest('hex'),
      };
    };

    // A small one first, so that what the first upload loads is in the baseline.
    expect((await send(1)).status).toBe(201);
    const baseline = residentMb(child.pid!);
    let peak = baseline;
    const sampler = setInterval(() => (peak = Math.max(peak, residentMb(child.pid!))), 20);
    const started = Date.now();
    let big: Awaited<ReturnType<typeof send>>;
    try {
      big = await send(200);
    } finally {
      clearInterval(sampler);
    }
    process.stdout.write(
      `200 MB upload: ${Date.now() - started} ms; resident memory ${baseline.toFixed(0)} MB, at most +${(peak - baseline).toFixed(1)} MB\n`,
    );
    expect(big.status).toBe(201);
    expect(big.body).toMatchObject({ size: 200 * 1024 * 1024 + 16, versions: [{ sha256: big.sha256 }] });
    expect(big.body.sizeLabel).toBe('200 МБ');
    // Held in memory, 200 MB would show here many times over; streamed, the app grows by its buffers alone.
    expect(peak - baseline).toBeLessThan(48);

    const end = await fetch(`${client.baseUrl}${big.body.url}`, { headers: { range: 'bytes=-7' } });
    expect(end.status).toBe(206);
    expect(await end.text()).toBe('\n%%EOF\n');
  }, 60_000);
});
