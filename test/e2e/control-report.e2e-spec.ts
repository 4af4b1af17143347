import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Excel from 'exceljs';
import { createOrganization, dayFromNow, userWith } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';

describe('execution control: the report for the superior body', () => {
  // Judged on a day the test names, so that the figures do not depend on the database's clock.
  const today = dayFromNow(0);
  const day = (days: number): string =>
    new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  const dir = mkdtempSync(join(tmpdir(), 'control-report-'));
  let t: TestApp;
  let organizer: string;
  let stranger: string;
  let participant: string;
  const org: Record<'oblast' | 'zhanakala' | 'kaztalov', string> = {} as never;

  async function download(
    path: string,
    token?: string,
  ): Promise<{ status: number; type: string; disposition: string; body: Buffer }> {
    const response = await fetch(`${t.client.baseUrl}${path}`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
    return {
      status: response.status,
      type: response.headers.get('content-type') ?? '',
      disposition: response.headers.get('content-disposition') ?? '',
      body: Buffer.from(await response.arrayBuffer()),
    };
  }

  beforeAll(async () => {
    t = await startTestApp();
    org.oblast = (await createOrganization(t, { name: { kk: 'БҚО әкімдігі', ru: 'Акимат ЗКО' } })).id;
    for (const [key, kk, ru] of [
      ['zhanakala', 'Жаңақала ауданының әкімдігі', 'Акимат Жанакалинского района'],
      ['kaztalov', 'Казталов ауданының әкімдігі', 'Акимат Казталовского района'],
    ] as const) {
      org[key] = (await createOrganization(t, { name: { kk, ru }, parentId: org.oblast })).id;
    }
    organizer = await userWith(t, [{ role: 'organizer', kind: 'organization', id: org.oblast }]);
    stranger = await userWith(t, [{ role: 'organizer', kind: 'organization', id: (await createOrganization(t)).id }]);
    participant = await userWith(t, []);
    const plan = await t.client.post(
      '/api/v1/plans',
      {
        title: { kk: 'Жол картасы', ru: 'Дорожная карта' },
        ownerOrganizationId: org.oblast,
        startsOn: day(-90),
        endsOn: day(400),
      },
      { token: organizer },
    );
    const points: [keyof typeof org, string, number, Record<string, unknown> | undefined][] = [
      ['zhanakala', 'Построить школу', -5, { percent: 40, note: 'Подрядчик задержал поставку' }],
      ['zhanakala', 'Осветить улицу', -2, { status: 'done', percent: 100 }],
      ['kaztalov', 'Провести водопровод', 30, { percent: 20 }],
    ];
    for (const [who, ru, due, progress] of points) {
      const point = await t.client.post(
        `/api/v1/plans/${plan.body.id}/points`,
        { text: { kk: `${ru} (kk)`, ru }, responsibleOrganizationId: org[who], dueDate: day(due) },
        { token: organizer },
      );
      await t.client.patch(`/api/v1/plans/${plan.body.id}/points/${point.body.id}`, progress, { token: organizer });
    }
  });
  afterAll(async () => {
    await t?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('gives the figures by responsible body and the overdue list with its reason, under the control room’s filters', async () => {
    const report = await t.client.get(`/api/v1/control/report?date=${today}&lang=ru`, { token: organizer });
    expect(report.status).toBe(200);
    expect(report.body.date).toBe(today);
    // Worked out by hand: 3 points, 1 done, 2 in progress, 1 overdue; (40 + 100 + 20) / 3 = 53.3 %.
    expect(report.body.totals).toEqual({ points: 3, done: 1, inProgress: 2, overdue: 1, percent: 53.3 });
    const byName = Object.fromEntries(
      report.body.byOrganization.map((o: { name: string; points: number; overdue: number; percent: number }) => [
        o.name,
        [o.points, o.overdue, o.percent],
      ]),
    );
    expect(byName).toEqual({ 'Акимат Жанакалинского района': [2, 1, 70], 'Акимат Казталовского района': [1, 0, 20] });
    expect(report.body.overdue).toHaveLength(1);
    expect(report.body.overdue[0]).toMatchObject({
      daysOverdue: 5,
      lastNote: 'Подрядчик задержал поставку',
      point: { text: 'Построить школу', dueDate: day(-5), responsible: { name: 'Акимат Жанакалинского района' } },
    });
    // The same filters as the control room.
    const kaztalov = await t.client.get(`/api/v1/control/report?date=${today}&organization=${org.kaztalov}`, {
      token: organizer,
    });
    expect(kaztalov.body.totals.points).toBe(1);
    expect(kaztalov.body.overdue).toEqual([]);
    // A later day: the water pipe is overdue too.
    const later = await t.client.get(`/api/v1/control/report?date=${day(31)}`, { token: organizer });
    expect(later.body.totals.overdue).toBe(2);
  });

  it('gives the same figures as PDF (kk and ru) and XLSX', async () => {
    for (const [lang, words] of [
      ['ru', ['Отчёт о контроле исполнения', 'Акимат Жанакалинского района', 'Подрядчик задержал поставку', '53.3%']],
      ['kk', ['Орындалуын бақылау туралы есеп', 'Жаңақала ауданының әкімдігі', 'Построить школу (kk)']],
    ] as const) {
      const pdf = await download(`/api/v1/control/report.pdf?date=${today}&lang=${lang}`, organizer);
      expect(pdf.status).toBe(200);
      expect(pdf.type).toBe('application/pdf');
      expect(pdf.disposition).toMatch(new RegExp(`^inline; filename="control-report-${today}\\.pdf"`));
      const file = join(dir, `${lang}.pdf`);
      writeFileSync(file, pdf.body);
      const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      for (const word of words) {
        expect(text).toContain(word);
      }
    }
    const xlsx = await download(`/api/v1/control/report.xlsx?date=${today}&lang=ru`, organizer);
    expect(xlsx.status).toBe(200);
    expect(xlsx.type).toContain('spreadsheetml');
    expect(xlsx.disposition).toMatch(new RegExp(`^attachment; filename="control-report-${today}\\.xlsx"`));
    const workbook = new Excel.Workbook();
    await workbook.xlsx.load(xlsx.body as unknown as ArrayBuffer);
    const [figures, overdue] = workbook.worksheets;
    const rows = (sheet: Excel.Worksheet) =>
      sheet.getSheetValues().flatMap((row) => (Array.isArray(row) ? [row.slice(1)] : []));
    expect(rows(figures)[1]).toEqual(['Всего', 3, 1, 2, 1, 53.3]);
    expect(
      rows(figures)
        .slice(2)
        .map((row) => row[0]),
    ).toEqual(['Акимат Казталовского района', 'Акимат Жанакалинского района']);
    expect(rows(overdue)).toHaveLength(2);
    expect(rows(overdue)[1]).toEqual(expect.arrayContaining(['Построить школу', 5, 40, 'Подрядчик задержал поставку']));
  });

  it('refuses the anonymous and participants, and shows others only what they follow', async () => {
    for (const path of ['/api/v1/control/report', '/api/v1/control/report.pdf', '/api/v1/control/report.xlsx']) {
      expect((await download(path)).status).toBe(401);
      const denied = await download(path, participant);
      expect(denied.status).toBe(403);
      expect(JSON.parse(denied.body.toString('utf8')).code).toBe('FORBIDDEN');
    }
    // An organizer of another organization: none of these points, even when asking for them by organization.
    const other = await t.client.get(`/api/v1/control/report?date=${today}&organization=${org.zhanakala}`, {
      token: stranger,
    });
    expect(other.status).toBe(200);
    expect(other.body.totals.points).toBe(0);
    expect(other.body.overdue).toEqual([]);
    expect(JSON.stringify(other.body)).not.toContain('Построить школу');
    const otherPdf = await download(`/api/v1/control/report.pdf?date=${today}`, stranger);
    writeFileSync(join(dir, 'other.pdf'), otherPdf.body);
    expect(
      execFileSync('pdftotext', ['-enc', 'UTF-8', join(dir, 'other.pdf'), '-'], { encoding: 'utf8' }),
    ).not.toContain('Подрядчик');
    // Bad filters are a 400, never a 500.
    expect((await t.client.get('/api/v1/control/report?date=tomorrow', { token: organizer })).status).toBe(400);
  });
});
