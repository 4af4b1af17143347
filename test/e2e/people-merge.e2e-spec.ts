import { randomUUID } from 'node:crypto';
import {
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

describe('duplicate people: found by name, merged with their registrations and roles (POST /people/:id/merge)', () => {
  let t: TestApp;
  let admin: string;
  let orgId: string;
  let otherOrgId: string;
  let organizer: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.adminToken();
    orgId = (await createOrganization(t)).id;
    otherOrgId = (await createOrganization(t)).id;
    organizer = await userWith(t, [{ role: 'organizer', kind: 'organization', id: orgId }]);
  });

  afterAll(async () => {
    await t.close();
  });

  /** `token: ''` sends none. */
  const merge = (keptId: string, duplicateId: string, token = admin, lang = 'ru') =>
    t.client.post(`/api/v1/people/${keptId}/merge?lang=${lang}`, { duplicateId }, token ? { token } : {});

  async function exists(personId: string): Promise<boolean> {
    return withClient(t.databaseUrl, async (client) => {
      const result = await client.query('SELECT 1 FROM people WHERE id = $1', [personId]);
      return result.rowCount === 1;
    });
  }

  /** Two records of one akim: the second typed again with another case and spacing, an e-mail and a phone. */
  async function twins(name: string, organizationId = orgId): Promise<{ kept: string; duplicate: string }> {
    const kept = await createPerson(t, name, { organizationId, position: { kk: 'Ауыл әкімі', ru: 'Аким села' } });
    const duplicate = await createPerson(t, `  ${name.toLocaleLowerCase('kk')} `.replace(' ', '  '), {
      organizationId,
      email: `${randomUUID().slice(0, 8)}@test.kz`,
      phone: '+77011234567',
    });
    return { kept: kept.id, duplicate: duplicate.id };
  }

  it('lists people who share a normalised name, with position and organization to tell them apart', async () => {
    const { kept, duplicate } = await twins('Жұмабеков Нұрлан Серікұлы');
    const result = await t.client.get('/api/v1/people/duplicates?lang=kk', { token: organizer });
    expect(result.status).toBe(200);
    const group = result.body.groups.find((g: { key: string }) => g.key === 'жұмабеков нұрлан серікұлы');
    expect(group.people.map((p: { id: string }) => p.id)).toEqual([kept, duplicate]);
    expect(group.people[0]).toMatchObject({ positionText: 'Ауыл әкімі', organization: { id: orgId } });

    // Namesakes of another organization are not this organizer's to merge, so not listed to them; the admin sees them.
    const others = await twins('Сапарова Гүлнар Маратқызы', otherOrgId);
    const key = 'сапарова гүлнар маратқызы';
    const listed = await t.client.get('/api/v1/people/duplicates', { token: organizer });
    expect(listed.body.groups.map((g: { key: string }) => g.key)).not.toContain(key);
    const all = await t.client.get('/api/v1/people/duplicates', { token: admin });
    const theirs = all.body.groups.find((g: { key: string }) => g.key === key);
    expect(theirs.people.map((p: { id: string }) => p.id)).toEqual([others.kept, others.duplicate]);
  });

  it('moves registrations (with check-ins), session places and the account, fills empty fields, logs it', async () => {
    const { kept, duplicate } = await twins('Сейітқали Бауыржан');
    const forum = await publishedEvent(t, organizer, [orgId], underWay());
    const other = await publishedEvent(t, organizer, [orgId]);
    const [registration] = await registerAll(t, organizer, forum.id, [duplicate]);
    await registerAll(t, organizer, other.id, [kept]);
    const checkIn = await t.client.post(
      `/api/v1/events/${forum.id}/check-ins`,
      { registrationId: registration.body.id },
      { token: organizer },
    );
    expect(checkIn.body.status).toBe('checked_in');
    const session = await t.client.post(
      `/api/v1/events/${forum.id}/sessions`,
      {
        kind: 'speech',
        title: { kk: 'Баяндама', ru: 'Доклад' },
        startsAt: `${UNDER_WAY_SINCE}T11:00:00+05:00`,
        endsAt: `${UNDER_WAY_SINCE}T12:00:00+05:00`,
        speakers: [{ personId: duplicate, topic: { kk: 'Су', ru: 'Вода' } }],
      },
      { token: organizer },
    );
    expect(session.status).toBe(201);
    await userAs(t, duplicate);

    const merged = await merge(kept, duplicate, organizer);
    expect(merged.status).toBe(200);
    expect(merged.body).toMatchObject({
      mergedId: duplicate,
      moved: { registrations: 1, checkIns: 1, speakers: 1, accounts: 1 },
      person: { id: kept, phone: '+77011234567', positionText: 'Аким села' },
    });
    expect(merged.body.person.email).toMatch(/@test\.kz$/);
    expect(await exists(duplicate)).toBe(false);

    const registrations = await t.client.get(`/api/v1/events/${forum.id}/registrations`, { token: organizer });
    expect(registrations.body.items.map((r: { personId: string }) => r.personId)).toEqual([kept]);
    const agenda = await t.client.get(`/api/v1/sessions/${session.body.id}`, { token: organizer });
    expect(agenda.body.speakers.map((s: { personId: string }) => s.personId)).toEqual([kept]);
    const rows = await withClient(t.databaseUrl, async (client) => {
      const account = await client.query('SELECT count(*)::int AS n FROM users WHERE person_id = $1', [kept]);
      const audit = await client.query(
        `SELECT entity_id, changes FROM audit_log WHERE entity = 'person' AND action = 'merge' AND entity_id = ANY($1)`,
        [[kept, duplicate]],
      );
      return { accounts: account.rows[0].n as number, audit: audit.rows };
    });
    expect(rows.accounts).toBe(1);
    expect(rows.audit.map((row) => row.entity_id).sort()).toEqual([kept, duplicate].sort());
    expect(rows.audit[0].changes).toMatchObject({ mergedId: duplicate, keptId: kept });
    // The history of the removed id says what became of it (admins read a person's history).
    const history = await t.client.get(`/api/v1/audit?entity=person&entityId=${duplicate}`, { token: admin });
    expect(history.body.map((entry: { action: string }) => entry.action)).toEqual(['merge']);
    expect((await t.client.get(`/api/v1/audit?entity=person&entityId=${kept}`, { token: organizer })).status).toBe(403);
  });

  it('refuses, moving nothing, when both are registered to the same event, or both have accounts', async () => {
    const { kept, duplicate } = await twins('Оспанова Гүлжан');
    const forum = await publishedEvent(t, organizer, [orgId]);
    await registerAll(t, organizer, forum.id, [kept, duplicate]);
    const refused = await merge(kept, duplicate);
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('MERGE_BOTH_REGISTERED');
    expect(refused.body.message).toContain('«Форум сельских акимов»');
    expect(await exists(duplicate)).toBe(true);

    const pair = await twins('Қайратұлы Ерболат');
    await userAs(t, pair.kept);
    await userAs(t, pair.duplicate);
    const accounts = await merge(pair.kept, pair.duplicate);
    expect([accounts.status, accounts.body.code]).toEqual([409, 'MERGE_BOTH_ACCOUNTS']);
    expect(await exists(pair.duplicate)).toBe(true);
  });

  it('refuses a duplicate named in an adopted act (409 MERGE_IN_RECORDS), leaving both records as they were', async () => {
    const { kept, duplicate } = await twins('Ысқақов Мейрам');
    const forum = await publishedEvent(t, organizer, [orgId]);
    const act = await t.client.post(
      `/api/v1/events/${forum.id}/resolutions`,
      {
        title: { kk: 'Қаулы', ru: 'Постановление' },
        points: [{ text: { kk: 'Жолдарды жөндеу', ru: 'Отремонтировать дороги' }, executorId: duplicate }],
      },
      { token: admin },
    );
    expect(act.status).toBe(201);
    // Adopted as the adoption leaves it: numbered, dated, with chair and place (the vote's rules are another spec's).
    const chair = await createPerson(t, 'Төраға Бекзат');
    await withClient(t.databaseUrl, (client) =>
      client.query(
        `UPDATE resolutions SET status = 'adopted', number = 901, year = 2026, adopted_at = now(), chair_id = $2,
           place = '{"kk": "Орал қаласы", "ru": "г. Уральск"}' WHERE id = $1`,
        [act.body.id, chair.id],
      ),
    );
    const refused = await merge(kept, duplicate);
    expect([refused.status, refused.body.code]).toEqual([409, 'MERGE_IN_RECORDS']);
    expect(refused.body.message).toMatch(/[а-я]/);
    expect(await exists(duplicate)).toBe(true);
    // The other way round keeps the act's executor, so it goes through.
    expect((await merge(duplicate, kept)).status).toBe(200);
  });

  it('refuses a person merged into themselves (422), an unknown one (404) and a malformed id (400)', async () => {
    const { kept } = await twins('Әлібеков Тимур');
    expect((await merge(kept, kept)).body.code).toBe('MERGE_SAME_PERSON');
    expect((await merge(kept, kept)).status).toBe(422);
    expect((await merge(kept, randomUUID())).status).toBe(404);
    expect((await merge(kept, 'not-a-uuid')).status).toBe(400);
  });

  it('lets only admins and the organizers of both people’s organizations merge, and list duplicates', async () => {
    const { kept, duplicate } = await twins('Төлеуов Арман');
    const participant = await userWith(t, []);
    const checker = await userWith(t, [{ role: 'checker', kind: 'organization', id: orgId }]);
    const secretary = await userWith(t, [{ role: 'secretary', kind: 'organization', id: orgId }]);
    const eventOrganizer = await userWith(t, [{ role: 'organizer', kind: 'event', id: randomUUID() }]);
    const stranger = await userWith(t, [{ role: 'organizer', kind: 'organization', id: otherOrgId }]);
    expect((await merge(kept, duplicate, '')).status).toBe(401);
    for (const token of [participant, checker, secretary, eventOrganizer, stranger]) {
      expect((await merge(kept, duplicate, token)).status).toBe(403);
    }
    for (const token of [participant, checker, eventOrganizer]) {
      expect((await t.client.get('/api/v1/people/duplicates', { token })).status).toBe(403);
    }
    // A person of another organization is out of this organizer's reach even when the other is in it.
    const outsider = await createPerson(t, 'Төлеуов Арман', { organizationId: otherOrgId });
    expect((await merge(kept, outsider.id, organizer)).status).toBe(403);
    expect(await exists(duplicate)).toBe(true);
    expect((await merge(kept, duplicate, organizer)).status).toBe(200);
  });

  it('describes the routes in the OpenAPI document', async () => {
    const doc = await t.client.get('/api/docs-json');
    expect(doc.body.paths['/api/v1/people/{id}/merge'].post).toBeDefined();
    expect(doc.body.paths['/api/v1/people/duplicates'].get).toBeDefined();
    expect(doc.body.paths['/api/v1/people/me'].get).toBeDefined();
    expect(doc.body.components.schemas.MergePeopleDto.required).toEqual(['duplicateId']);
  });

  it('is safe under concurrency: the same pair merged both ways at once ends with one person, never a 5xx', async () => {
    for (let round = 0; round < 5; round++) {
      const { kept, duplicate } = await twins(`Бекжанов Дәурен ${round}`);
      const forum = await publishedEvent(t, organizer, [orgId]);
      await registerAll(t, organizer, forum.id, [duplicate]);
      const results = await Promise.all([merge(kept, duplicate), merge(duplicate, kept), merge(kept, duplicate)]);
      const statuses = results.map((r) => r.status);
      expect(statuses.filter((s) => s === 200)).toHaveLength(1);
      expect(statuses.every((s) => s === 200 || s === 404)).toBe(true);
      expect([await exists(kept), await exists(duplicate)].filter(Boolean)).toHaveLength(1);
      const survivor = results.find((r) => r.status === 200)!.body.person.id as string;
      const regs = await t.client.get(`/api/v1/events/${forum.id}/registrations`, { token: organizer });
      expect(regs.body.items.map((r: { personId: string }) => r.personId)).toEqual([survivor]);
    }
  });
  it('is safe against a registration racing the merge: never two places in one event, never a 5xx', async () => {
    for (let round = 0; round < 5; round++) {
      const { kept, duplicate } = await twins(`Жанқожин Әділ ${round}`);
      const forum = await publishedEvent(t, organizer, [orgId]);
      await registerAll(t, organizer, forum.id, [kept]);
      const [merged, registered] = await Promise.all([
        merge(kept, duplicate),
        t.client.post(`/api/v1/events/${forum.id}/registrations`, { personId: duplicate }, { token: organizer }),
      ]);
      expect(merged.status).toBeLessThan(500);
      expect(registered.status).toBeLessThan(500);
      // Either the merge came first (the registration finds no such person) or the registration did (both registered).
      expect([merged.status === 200, registered.status === 201]).not.toEqual([true, true]);
      const active = await withClient(t.databaseUrl, async (client) => {
        const result = await client.query(
          `SELECT person_id FROM registrations WHERE event_id = $1 AND status IN ('registered', 'waitlisted', 'pending')`,
          [forum.id],
        );
        return result.rows.map((row) => row.person_id as string);
      });
      expect(active.length).toBe(new Set(active).size);
    }
  });
});
