import { startTestApp, type TestApp } from '../support/test-app';

describe('regions import', () => {
  let t: TestApp;
  let admin: string;
  const send = (csv: string, query = '', lang = 'ru') =>
    t.client.request('POST', `/api/v1/regions/import${query}`, {
      rawBody: csv,
      token: admin,
      headers: { 'content-type': 'text/csv', cookie: `akim_lang=${lang}` },
    });

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.adminToken();
  });
  afterAll(async () => {
    await t.close();
  });

  it('imports districts and their rural districts from one file, parents first', async () => {
    const csv = [
      'code;parentCode;level;nameKk;nameRu;nameEn',
      'KZ-31-BAIZAK;KZ-31;district;Байзақ ауданы;Байзакский район;Baizak district',
      'KZ-31-BAIZAK-SARYKEMER;KZ-31-BAIZAK;rural_district;Сарыкемер ауылдық округі;Сарыкемерский сельский округ;',
      '',
    ].join('\r\n');
    const dry = await send(`\uFEFF${csv}`, '?dryRun=true');
    expect(dry.body).toMatchObject({ imported: 0, dryRun: true, errors: [] });
    expect((await t.client.get('/api/v1/regions?parent=KZ-31')).body.total).toBe(0);

    const result = await send(`\uFEFF${csv}`);
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({ totalRows: 2, imported: 2, errors: [] });
    const rural = await t.client.get('/api/v1/regions/KZ-31-BAIZAK-SARYKEMER?lang=kk');
    expect(rural.body).toMatchObject({
      name: 'Сарыкемер ауылдық округі',
      level: 'rural_district',
      path: ['KZ-31', 'KZ-31-BAIZAK', 'KZ-31-BAIZAK-SARYKEMER'],
    });
  });

  it('reports every bad row and imports nothing', async () => {
    const csv = [
      'code,parentCode,level,nameKk,nameRu',
      'KZ-31-TALAS,KZ-31,district,Талас ауданы,Таласский район',
      'KZ-31-BAIZAK,KZ-31,district,Байзақ,Байзак',
      'KZ-31-X,KZ-99,district,Х,Х',
      'KZ-31-Y,KZ-31,village,Ы,Ы',
      'bad code!,KZ-31,district,,Z',
    ].join('\n');
    const result = await send(csv);
    expect(result.body.imported).toBe(0);
    expect(
      result.body.errors.map((e: { row: number; field: string; code: string }) => `${e.row}:${e.field}:${e.code}`),
    ).toEqual([
      '3:code:alreadyExists',
      '4:parentCode:exists',
      '5:level:regionLevel',
      '6:code:regionCode',
      '6:nameKk:isNotEmpty',
    ]);
    expect(result.body.errors[0].message).toBe('Это значение уже занято');
    expect((await t.client.get('/api/v1/regions/KZ-31-TALAS')).status).toBe(404);
  });

  it('is for organizers and admins only', async () => {
    const created = await t.client.post(
      '/api/v1/users',
      { email: 'p@test.kz', password: 'password-123' },
      { token: admin },
    );
    expect(created.status).toBe(201);
    const participant = await t.client.login('p@test.kz', 'password-123');
    const result = await t.client.request('POST', '/api/v1/regions/import', {
      rawBody: 'code',
      token: participant,
      headers: { 'content-type': 'text/csv' },
    });
    expect(result.status).toBe(403);
  });
});
