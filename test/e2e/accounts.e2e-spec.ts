import type { ParsedMail } from 'mailparser';
import { accountLinkIn, createOrganization, createPerson, publishedEvent, userWith } from '../support/factories';
import { eventually } from '../support/eventually';
import { SmtpSink } from '../support/smtp-sink';
import { withClient } from '../support/test-database';
import { startTestApp, type TestApp } from '../support/test-app';

/** Every password any test here typed: none may appear in any mail. */
const PASSWORDS = new Set<string>();
const password = (name: string): string => {
  const chosen = `${name}-Pass-${Math.random().toString(36).slice(2, 8)}`;
  PASSWORDS.add(chosen);
  return chosen;
};

describe('accounts: reset links, sign-up, invitations, deactivation', () => {
  let t: TestApp;
  let sink: SmtpSink;
  let admin: string;

  /** The `count`-th message to `email` (1-based), waiting for it. */
  const mailTo = async (email: string, count = 1): Promise<ParsedMail> =>
    eventually(
      async () => {
        const found = sink.messages.filter((m) => (m.to as { text: string }).text === email);
        expect(found.length).toBeGreaterThanOrEqual(count);
        return found[count - 1];
      },
      { timeoutMs: 20_000 },
    );

  const audit = async (userId: string): Promise<string[]> =>
    (await t.client.get(`/api/v1/audit?entity=user&entityId=${userId}`, { token: admin })).body
      .map((entry: { action: string }) => entry.action)
      .reverse();

  beforeAll(async () => {
    sink = await SmtpSink.start();
    t = await startTestApp({ SMTP_URL: sink.url, MAIL_POLL_MS: '100' });
    admin = await t.adminToken();
  });
  afterAll(async () => {
    await t?.close();
    await sink?.stop();
  });

  it('makes an account without a password, mails a one-time reset link in its language, and the link works once', async () => {
    const created = await t.client.post(
      '/api/v1/users',
      { email: 'Organizer@Akimat.kz', fullName: 'Нариман Төреғалиев', language: 'ru', roles: ['participant'] },
      { token: admin },
    );
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ email: 'organizer@akimat.kz', isActive: true, pendingConfirmation: false });
    const id = created.body.id;
    // No password yet: nothing signs in.
    expect((await t.client.post('/api/v1/auth/login', { email: 'organizer@akimat.kz', password: '!' })).status).toBe(
      401,
    );

    // Against the database's clock, which sets the expiry (the suite also runs with the clock moved ahead).
    const dbNow = async (): Promise<number> =>
      (await withClient(t.databaseUrl, (c) => c.query(`SELECT now() AS now`))).rows[0].now.getTime();
    const before = await dbNow();
    const sent = await t.client.post(`/api/v1/users/${id}/reset-link`, undefined, { token: admin });
    expect(sent.status).toBe(202);
    const expiresAt = new Date(sent.body.expiresAt).getTime();
    expect(expiresAt).toBeGreaterThanOrEqual(before + 24 * 3600_000 - 1000);
    expect(expiresAt).toBeLessThanOrEqual((await dbNow()) + 24 * 3600_000 + 1000);
    expect(sent.text).not.toMatch(/account-links/);

    const mail = await mailTo('organizer@akimat.kz');
    expect(mail.subject).toBe('Akim Forum: новый пароль');
    expect(mail.text).toContain('Уважаемый(ая) Нариман Төреғалиев!');
    expect(mail.html).toContain('<html lang="ru">');
    const token = accountLinkIn(mail.text);
    expect(mail.html).toContain(`href="http://localhost:3000/account-links/${token}"`);
    // Only the hash is kept.
    const stored = await withClient(t.databaseUrl, (c) =>
      c.query(`SELECT encode(token_hash, 'hex') AS hash FROM account_links WHERE user_id = $1`, [id]),
    );
    expect(stored.rows).toHaveLength(1);
    expect(stored.rows[0].hash).not.toContain(Buffer.from(token).toString('hex'));

    const view = await t.client.get(`/api/v1/accounts/links/${token}`);
    expect(view.body).toMatchObject({ purpose: 'reset', email: 'organizer@akimat.kz', language: 'ru' });
    const short = await t.client.post(
      `/api/v1/accounts/links/${token}`,
      { password: 'short' },
      {
        headers: { 'accept-language': 'kk' },
      },
    );
    expect(short.status).toBe(400);
    expect(short.body.errors[0]).toMatchObject({ field: 'password', code: 'minLength' });
    expect(short.body.errors[0].message).toMatch(/[әіңғүұқөһ]/);

    const chosen = password('organizer');
    const set = await t.client.post(`/api/v1/accounts/links/${token}`, { password: chosen });
    expect(set.status).toBe(200);
    expect(set.body).toEqual({ email: 'organizer@akimat.kz', language: 'ru' });
    expect(await t.client.login('organizer@akimat.kz', chosen)).toBeTruthy();

    const again = await t.client.post(
      `/api/v1/accounts/links/${token}`,
      { password: password('again') },
      {
        headers: { 'accept-language': 'ru' },
      },
    );
    expect(again.status).toBe(410);
    expect(again.body).toMatchObject({ statusCode: 410, code: 'LINK_INVALID' });
    expect(again.body.message).toContain('ссылк');
    expect((await t.client.get(`/api/v1/accounts/links/${token}`)).status).toBe(410);
    expect(await audit(id)).toEqual(['create', 'reset-link', 'password']);
  });

  it('lets a link lapse at its expiry, and only the newest link of an account works', async () => {
    const created = await t.client.post(
      '/api/v1/users',
      { email: 'lapse@akimat.kz', language: 'kk' },
      { token: admin },
    );
    const id = created.body.id;
    await t.client.post(`/api/v1/users/${id}/reset-link`, undefined, { token: admin });
    const first = accountLinkIn((await mailTo('lapse@akimat.kz', 1)).text);
    await t.client.post(`/api/v1/users/${id}/reset-link`, undefined, { token: admin });
    const second = accountLinkIn((await mailTo('lapse@akimat.kz', 2)).text);
    expect((await t.client.get(`/api/v1/accounts/links/${first}`)).status).toBe(410);
    expect((await t.client.get(`/api/v1/accounts/links/${second}`)).status).toBe(200);

    // The link's day passes: moved back in the database, relative to its own clock.
    await withClient(t.databaseUrl, (c) =>
      c.query(
        `UPDATE account_links SET created_at = now() - interval '25 hours', expires_at = now() - interval '1 second'
         WHERE user_id = $1 AND used_at IS NULL`,
        [id],
      ),
    );
    expect((await t.client.get(`/api/v1/accounts/links/${second}`)).status).toBe(410);
    const late = await t.client.post(`/api/v1/accounts/links/${second}`, { password: password('late') });
    expect(late.status).toBe(410);
    expect((await t.client.get('/api/v1/accounts/links/not-a-real-token')).status).toBe(410);
  });

  it('signs a delegate up: inactive until the mailed link is opened and a password chosen there', async () => {
    const signUp = await t.client.post('/api/v1/accounts/sign-up', {
      fullName: 'Айгүл Мұхамбетова',
      email: ' Aigul@Auyl.kz ',
      language: 'kk',
    });
    expect(signUp.status).toBe(202);
    expect(signUp.body).toEqual({ status: 'sent' });
    const mail = await mailTo('aigul@auyl.kz');
    expect(mail.subject).toBe('Akim Forum: тіркелуді растаңыз');
    expect(mail.text).toContain('Құрметті Айгүл Мұхамбетова!');
    const token = accountLinkIn(mail.text);

    const users = await t.client.get('/api/v1/users?q=aigul', { token: admin });
    expect(users.body.items[0]).toMatchObject({ isActive: false, pendingConfirmation: true, roles: ['participant'] });

    // Asked again before confirming: a new link, the old one stops.
    await t.client.post('/api/v1/accounts/sign-up', {
      fullName: 'Айгүл Мұхамбетова',
      email: 'aigul@auyl.kz',
      language: 'ru',
    });
    const second = await mailTo('aigul@auyl.kz', 2);
    expect(second.subject).toBe('Akim Forum: подтвердите регистрацию');
    const newer = accountLinkIn(second.text);
    expect((await t.client.get(`/api/v1/accounts/links/${token}`)).status).toBe(410);
    expect((await t.client.get(`/api/v1/accounts/links/${newer}`)).body).toMatchObject({
      purpose: 'confirm',
      fullName: 'Айгүл Мұхамбетова',
    });

    const chosen = password('aigul');
    expect((await t.client.post(`/api/v1/accounts/links/${newer}`, { password: chosen })).status).toBe(200);
    const session = await t.client.login('aigul@auyl.kz', chosen);
    const me = await t.client.get('/api/v1/auth/me', { token: session });
    expect(me.body).toMatchObject({
      isActive: true,
      pendingConfirmation: false,
      language: 'ru',
      roles: ['participant'],
    });
    expect(await audit(me.body.id)).toEqual(['sign-up', 'confirm']);
  });

  it('answers a sign-up with an e-mail in use exactly as any other, and tells the owner by mail', async () => {
    const owner = password('owner');
    await t.client.post(
      '/api/v1/users',
      { email: 'taken@akimat.kz', password: owner, fullName: 'Ерлан Төлегенов', language: 'ru' },
      { token: admin },
    );
    const answer = await t.client.post('/api/v1/accounts/sign-up', {
      fullName: 'Someone Else',
      email: 'taken@akimat.kz',
      language: 'en',
    });
    expect(answer.status).toBe(202);
    expect(answer.body).toEqual({ status: 'sent' });
    const mail = await mailTo('taken@akimat.kz');
    // In the owner's language and name, not the stranger's.
    expect(mail.subject).toBe('Akim Forum: с этой почтой уже есть учётная запись');
    expect(mail.text).toContain('Ерлан Төлегенов');
    expect(mail.text).toContain('http://localhost:3000/login');
    // The account is untouched: the old password signs in, the name stays.
    const session = await t.client.login('taken@akimat.kz', owner);
    expect((await t.client.get('/api/v1/auth/me', { token: session })).body.fullName).toBe('Ерлан Төлегенов');
    expect(accountLinkIn(mail.text)).toHaveLength(43);
  });

  it('refuses bad sign-ups in the reader language at each field, and limits sign-ups per e-mail', async () => {
    const bad = await t.client.post(
      '/api/v1/accounts/sign-up',
      { fullName: '  ', email: 'not-an-email', language: 'de' },
      { headers: { 'accept-language': 'ru' } },
    );
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['email', 'fullName', 'language']);
    expect(bad.body.message).toMatch(/[а-я]/);

    const body = { fullName: 'Руслан Бисенов', email: 'limit@auyl.kz', language: 'ru' };
    for (let i = 0; i < 3; i++) {
      expect((await t.client.post('/api/v1/accounts/sign-up', body)).status).toBe(202);
    }
    const limited = await t.client.post('/api/v1/accounts/sign-up', body, { headers: { 'accept-language': 'kk' } });
    expect(limited.status).toBe(429);
    expect(limited.body.code).toBe('TOO_MANY_REQUESTS');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('ends a deactivated account’s sessions at once and lets it back in when reactivated', async () => {
    const chosen = password('deactivated');
    const created = await t.client.post(
      '/api/v1/users',
      { email: 'off@akimat.kz', password: chosen },
      { token: admin },
    );
    const session = await t.client.login('off@akimat.kz', chosen);
    expect((await t.client.get('/api/v1/auth/me', { token: session })).status).toBe(200);

    const off = await t.client.patch(`/api/v1/users/${created.body.id}`, { isActive: false }, { token: admin });
    expect(off.status).toBe(200);
    expect((await t.client.get('/api/v1/auth/me', { token: session })).status).toBe(401);
    expect((await t.client.post('/api/v1/auth/login', { email: 'off@akimat.kz', password: chosen })).status).toBe(401);

    await t.client.patch(`/api/v1/users/${created.body.id}`, { isActive: true }, { token: admin });
    expect((await t.client.get('/api/v1/auth/me', { token: session })).status).toBe(401);
    expect(await t.client.login('off@akimat.kz', chosen)).toBeTruthy();

    const org = await createOrganization(t);
    await t.client.patch(
      `/api/v1/users/${created.body.id}`,
      { roles: ['participant'], scopes: [{ role: 'organizer', kind: 'organization', id: org.id }] },
      { token: admin },
    );
    expect(await audit(created.body.id)).toEqual(['create', 'deactivate', 'reactivate', 'update']);
    const entries = (await t.client.get(`/api/v1/audit?entity=user&entityId=${created.body.id}`, { token: admin }))
      .body;
    expect(entries[0].changes.scopes.to).toEqual([{ role: 'organizer', kind: 'organization', id: org.id }]);
    expect(JSON.stringify(entries)).not.toContain(chosen);
  });

  it('refuses every account route to anonymous clients, participants and scoped organizers (who cannot grant admin)', async () => {
    const org = await createOrganization(t);
    const organizer = await userWith(t, [{ role: 'organizer', kind: 'organization', id: org.id }]);
    const participant = await userWith(t, []);
    const target = (await t.client.post('/api/v1/users', { email: 'target@akimat.kz' }, { token: admin })).body.id;
    const routes: [string, string, unknown][] = [
      ['GET', '/api/v1/users', undefined],
      ['POST', '/api/v1/users', { email: 'new-admin@akimat.kz', password: 'password-123', roles: ['admin'] }],
      ['PATCH', `/api/v1/users/${target}`, { roles: ['admin'] }],
      ['POST', `/api/v1/users/${target}/reset-link`, undefined],
      ['GET', `/api/v1/audit?entity=user&entityId=${target}`, undefined],
    ];
    for (const [method, path, body] of routes) {
      expect([method, path, (await t.client.request(method, path, { body })).status]).toEqual([method, path, 401]);
      for (const token of [participant, organizer]) {
        expect([method, path, (await t.client.request(method, path, { body, token })).status]).toEqual([
          method,
          path,
          403,
        ]);
      }
    }
    const still = await t.client.get(`/api/v1/users/${target}`, { token: admin });
    expect(still.body.roles).toEqual(['participant']);
    expect((await t.client.get('/api/v1/users?q=new-admin', { token: admin })).body.total).toBe(0);
    expect(
      (
        await t.client.post(`/api/v1/users/00000000-0000-4000-8000-000000000000/reset-link`, undefined, {
          token: admin,
        })
      ).status,
    ).toBe(404);
  });

  it('makes the invited person’s account from the invitation link, with the password chosen there', async () => {
    const org = await createOrganization(t);
    const organizer = await userWith(t, [{ role: 'organizer', kind: 'organization', id: org.id }]);
    const eventId = (await publishedEvent(t, organizer, [org.id])).id;
    const withEmail = await createPerson(t, 'Бауыржан Есенғалиев', { email: 'baurzhan@auyl.kz', language: 'kk' });
    const withoutEmail = await createPerson(t, 'Гүлнар Сағынғалиева', { language: 'ru' });
    const invited = await t.client.post(
      `/api/v1/events/${eventId}/invitations`,
      { personIds: [withEmail.id, withoutEmail.id] },
      { token: organizer },
    );
    const links = new Map<string, string>(
      invited.body.invitations.map((i: { personId: string; link: string }) => [
        i.personId,
        new URL(i.link).pathname.split('/').pop()!,
      ]),
    );
    const token = links.get(withEmail.id)!;
    const invitationMail = await mailTo('baurzhan@auyl.kz');

    expect((await t.client.get(`/api/v1/invitations/${token}/account`)).body).toEqual({
      hasAccount: false,
      email: 'baurzhan@auyl.kz',
    });
    const short = await t.client.post(`/api/v1/invitations/${token}/account`, { password: '123' });
    expect(short.status).toBe(400);
    expect(short.body.errors[0].field).toBe('password');
    const chosen = password('baurzhan');
    const made = await t.client.post(`/api/v1/invitations/${token}/account`, { password: chosen });
    expect(made.status).toBe(201);
    expect(made.body).toEqual({ email: 'baurzhan@auyl.kz', language: 'kk' });
    const session = await t.client.login('baurzhan@auyl.kz', chosen);
    const me = (await t.client.get('/api/v1/auth/me', { token: session })).body;
    expect(me).toMatchObject({ personId: withEmail.id, fullName: 'Бауыржан Есенғалиев', isActive: true });
    expect((await t.client.get(`/api/v1/invitations/${token}/account`)).body.hasAccount).toBe(true);
    const twice = await t.client.post(`/api/v1/invitations/${token}/account`, { password: password('twice') });
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('ACCOUNT_EXISTS');
    // The invitation itself still waits for its answer.
    expect((await t.client.get(`/api/v1/invitations/${token}`)).body.status).toBe('invited');
    expect(invitationMail.text).not.toContain(chosen);

    const other = links.get(withoutEmail.id)!;
    const noEmail = await t.client.post(
      `/api/v1/invitations/${other}/account`,
      { password: password('gulnar') },
      { headers: { 'accept-language': 'ru' } },
    );
    expect(noEmail.status).toBe(400);
    expect(noEmail.body.errors[0]).toMatchObject({ field: 'email' });
    const takenEmail = await t.client.post(`/api/v1/invitations/${other}/account`, {
      password: password('gulnar'),
      email: 'baurzhan@auyl.kz',
    });
    expect(takenEmail.status).toBe(409);
    expect(takenEmail.body.errors[0]).toMatchObject({ field: 'email', code: 'accountExists' });
    const gulnar = password('gulnar');
    const second = await t.client.post(`/api/v1/invitations/${other}/account`, {
      password: gulnar,
      email: 'Gulnar@Auyl.kz',
    });
    expect(second.body).toEqual({ email: 'gulnar@auyl.kz', language: 'ru' });
    expect(await t.client.login('gulnar@auyl.kz', gulnar)).toBeTruthy();
    expect((await t.client.post('/api/v1/invitations/not-a-token/account', { password: gulnar })).status).toBe(404);
  });

  it('ends the sessions of an account whose password a link reset', async () => {
    const old = password('before-reset');
    const created = await t.client.post('/api/v1/users', { email: 'reset@akimat.kz', password: old }, { token: admin });
    const session = await t.client.login('reset@akimat.kz', old);
    await t.client.post(`/api/v1/users/${created.body.id}/reset-link`, undefined, { token: admin });
    const token = accountLinkIn((await mailTo('reset@akimat.kz')).text);
    // Still signed in until the link is used: sending it changes nothing.
    expect((await t.client.get('/api/v1/auth/me', { token: session })).status).toBe(200);
    expect((await t.client.post(`/api/v1/accounts/links/${token}`, { password: password('after-reset') })).status).toBe(
      200,
    );
    expect((await t.client.get('/api/v1/auth/me', { token: session })).status).toBe(401);
    expect((await t.client.post('/api/v1/auth/login', { email: 'reset@akimat.kz', password: old })).status).toBe(401);
  });

  it('describes the new routes in the OpenAPI document', async () => {
    const doc = await t.client.get('/api/docs-json');
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/accounts/sign-up',
        '/api/v1/accounts/links/{token}',
        '/api/v1/users/{id}/reset-link',
        '/api/v1/invitations/{token}/account',
      ]),
    );
    expect(doc.body.paths['/api/v1/accounts/sign-up'].post.responses).toHaveProperty('202');
  });

  it('never puts a password in any mail', async () => {
    expect(sink.messages.length).toBeGreaterThan(8);
    expect(PASSWORDS.size).toBeGreaterThan(5);
    for (const message of sink.messages) {
      for (const chosen of [...PASSWORDS, 'password-123']) {
        expect(`${message.subject}\n${message.text}\n${message.html}`).not.toContain(chosen);
      }
    }
  });
});
