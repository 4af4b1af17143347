import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import {
  adoptionRecord,
  adoptionSession,
  bulkPeople,
  bulkTokens,
  createOrganization,
  publishedEvent,
  registerAll,
  underWay,
  userWith,
} from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';
import { withClient } from '../support/test-database';

describe('votes by name: roll call and electronic polls, the vote card, the hall screen', () => {
  let t: TestApp;
  let organizer: string;
  let secretary: string;
  let checker: string;
  let participant: string;
  let eventId: string;
  let members: string[];
  let tokens: string[];
  let absentToken: string;
  /** The resolution the sixty phones adopt, and its poll: the protocol's annex lists its votes by name. */
  let electronic: { id: string; pollId: string } | undefined;
  const dir = mkdtempSync(join(tmpdir(), 'akim-polls-'));

  const draft = async (title: string): Promise<string> => {
    const created = await t.client.post(
      `/api/v1/events/${eventId}/resolutions`,
      { title: { kk: `${title} (kk)`, ru: `${title} (ru)` }, points: [{ text: { kk: 'Тармақ', ru: 'Пункт' } }] },
      { token: secretary },
    );
    expect(created.status).toBe(201);
    return created.body.id as string;
  };

  beforeAll(async () => {
    t = await startTestApp();
    const org = await createOrganization(t, {
      name: { kk: 'Ақтөбе облысының әкімдігі', ru: 'Акимат Актюбинской области' },
    });
    organizer = await userWith(t, [{ role: 'organizer', kind: 'organization', id: org.id }]);
    eventId = (
      await publishedEvent(t, organizer, [org.id], { ...underWay(), quorum: { roles: ['delegate'], fraction: 0.5 } })
    ).id;
    // One agenda item, so that the protocol records the adopted resolutions under it.
    await adoptionSession(t, organizer, eventId);
    secretary = await userWith(t, [{ role: 'secretary', kind: 'event', id: eventId }]);
    checker = await userWith(t, [{ role: 'checker', kind: 'event', id: eventId }]);
    participant = await userWith(t, []);
    // Sixty-one members; sixty come through the door, the last does not.
    members = await bulkPeople(t, 61, (n) => ({ fullName: { kk: `Мүше ${n}`, ru: `Член ${n}` } }));
    const badges = (await registerAll(t, organizer, eventId, members, { concurrently: true })).map(
      (r) => r.body.badgeCode as string,
    );
    await Promise.all(
      badges.slice(0, 60).map(async (badgeCode) => {
        const checkIn = await t.client.post(
          `/api/v1/events/${eventId}/check-ins`,
          { badgeCode, at: '2026-01-10T09:30:00+05:00' },
          { token: organizer },
        );
        expect(checkIn.status).toBeLessThan(300);
      }),
    );
    [absentToken, ...tokens] = await bulkTokens(t, [members[60], ...members.slice(0, 60)]);
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await t.close();
  });

  it('lets only the secretary open a poll, with the voters checked in at that moment, one open poll at a time', async () => {
    const id = await draft('Денсаулық сақтау');
    const url = `/api/v1/resolutions/${id}/polls`;
    expect((await t.client.post(url, { mode: 'electronic' })).status).toBe(401);
    for (const token of [participant, checker, tokens[0]]) {
      const denied = await t.client.post(url, { mode: 'electronic' }, { token });
      expect([403, 404]).toContain(denied.status);
    }
    const bad = await t.client.post(
      url,
      { mode: 'show_of_hands' },
      { token: secretary, headers: { 'accept-language': 'ru' } },
    );
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ code: 'VALIDATION_FAILED', errors: [expect.objectContaining({ field: 'mode' })] });

    const opened = await t.client.post(url, { mode: 'electronic' }, { token: secretary });
    expect(opened.status).toBe(201);
    expect(opened.body).toMatchObject({
      status: 'open',
      mode: 'electronic',
      members: 61,
      present: 60,
      required: 31,
      quorum: true,
      majority: 31,
      tally: { for: 0, against: 0, abstained: 0, cast: 0 },
      carried: null,
    });
    expect(opened.body.voters).toHaveLength(60);
    expect(opened.body.voters.map((v: { personId: string }) => v.personId)).not.toContain(members[60]);

    const second = await t.client.post(
      `/api/v1/resolutions/${await draft('Екінші')}/polls?lang=ru`,
      { mode: 'roll_call' },
      { token: secretary, headers: { 'accept-language': 'ru' } },
    );
    expect(second.status).toBe(409);
    expect(second.body.code).toBe('POLL_OPEN');
    expect(second.body.message).toMatch(/уже идёт голосование/);

    const cancelled = await t.client.post(`/api/v1/polls/${opened.body.id}/cancel`, undefined, { token: secretary });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.status).toBe('cancelled');
    const late = await t.client.put(
      `/api/v1/polls/${opened.body.id}/votes/me`,
      { choice: 'for' },
      { token: tokens[0] },
    );
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('POLL_CLOSED');
  });

  it('counts exactly one vote per checked-in member when sixty phones vote at once, and refuses the others', async () => {
    const id = await draft('Ауыл шаруашылығы');
    const opened = await t.client.post(`/api/v1/resolutions/${id}/polls`, { mode: 'electronic' }, { token: secretary });
    expect(opened.status).toBe(201);
    const pollId = opened.body.id as string;
    const vote = (token: string | undefined, choice: string, headers: Record<string, string> = {}) =>
      t.client.put(`/api/v1/polls/${pollId}/votes/me`, { choice }, { token, headers });

    // The vote card of a voter sees it at once; a member who is not checked in does not.
    const card = await t.client.get('/api/v1/polls/mine', { token: tokens[5] });
    expect(card.status).toBe(200);
    expect(card.body).toEqual([expect.objectContaining({ id: pollId, choice: null, mode: 'electronic' })]);
    expect((await t.client.get('/api/v1/polls/mine', { token: absentToken })).body).toEqual([]);

    // 59 members vote (the first of them twice, from two phones, changing their mind), 40 for, 12 against,
    // 7 abstain; the member who is not checked in, a checker, a participant and an anonymous caller try too.
    const choiceOf = (i: number): string => (i < 40 ? 'for' : i < 52 ? 'against' : 'abstained');
    const answers = await Promise.all([
      ...tokens.slice(0, 59).map((token, i) => vote(token, choiceOf(i))),
      vote(tokens[0], 'against'),
      vote(absentToken, 'for', { 'accept-language': 'kk' }),
      vote(checker, 'for'),
      vote(participant, 'for'),
      vote(undefined, 'for'),
    ]);
    expect(answers.slice(0, 60).map((a) => a.status)).toEqual(Array(60).fill(200));
    expect(answers.slice(60).map((a) => [a.status, a.body.code])).toEqual([
      [403, 'NOT_A_VOTER'],
      [403, 'NOT_A_VOTER'],
      [403, 'NOT_A_VOTER'],
      [401, 'AUTH_REQUIRED'],
    ]);
    expect(answers[60].body.message).toMatch(/дауыс беру ашылған кезде/);
    expect((await vote(tokens[1], 'maybe')).status).toBe(400);

    const poll = await t.client.get(`/api/v1/polls/${pollId}`, { token: secretary });
    expect(poll.status).toBe(200);
    expect(poll.body.tally.cast).toBe(59);
    const first = poll.body.voters.find((v: { personId: string }) => v.personId === members[0]);
    expect(['for', 'against']).toContain(first.choice);
    const expectedFor = 39 + (first.choice === 'for' ? 1 : 0);
    expect(poll.body.tally).toEqual({ for: expectedFor, against: 52 - expectedFor, abstained: 7, cast: 59 });
    expect(poll.body.voters.find((v: { personId: string }) => v.personId === members[59]).choice).toBeNull();
    const stored = await withClient(t.databaseUrl, (c) =>
      c.query<{ n: number; self: number }>(
        `SELECT count(*)::int AS n, count(*) FILTER (WHERE via = 'self' AND recorded_by IS NOT NULL)::int AS self
         FROM poll_votes WHERE poll_id = $1`,
        [pollId],
      ),
    );
    expect(stored.rows[0]).toEqual({ n: 59, self: 59 });
    // Who voted how is the staff's: a participant does not read it, the secretary cannot vote for a phone.
    expect((await t.client.get(`/api/v1/polls/${pollId}`, { token: participant })).status).toBe(404);
    const forSomeone = await t.client.put(
      `/api/v1/polls/${pollId}/votes/${members[59]}`,
      { choice: 'for' },
      {
        token: secretary,
      },
    );
    expect(forSomeone.status).toBe(409);
    expect(forSomeone.body.code).toBe('POLL_WRONG_MODE');

    // The hall's screen counts the votes and names nobody.
    const screen = await t.client.get(`/api/v1/screen/${eventId}`);
    expect(screen.status).toBe(200);
    expect(screen.body.poll).toMatchObject({ id: pollId, status: 'open', present: 60, tally: { cast: 59 } });
    expect(screen.text).not.toMatch(/Мүше|Член|personId/);
    for (const person of members.slice(0, 3)) {
      expect(screen.text).not.toContain(person);
    }

    const early = await t.client.post(
      `/api/v1/resolutions/${id}/adopt`,
      { pollId, ...adoptionRecord(members[0]) },
      { token: secretary },
    );
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('POLL_NOT_CLOSED');
    expect((await t.client.post(`/api/v1/polls/${pollId}/close`, undefined, { token: checker })).status).toBe(403);
    const closed = await t.client.post(`/api/v1/polls/${pollId}/close`, undefined, { token: secretary });
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ status: 'closed', carried: true, tally: poll.body.tally });
    expect((await vote(tokens[59], 'for')).body.code).toBe('POLL_CLOSED');
    expect((await t.client.post(`/api/v1/polls/${pollId}/close`, undefined, { token: secretary })).status).toBe(409);

    // The adoption takes the counts and the quorum from the poll, and the act seals the names.
    const adopted = await t.client.post(
      `/api/v1/resolutions/${id}/adopt`,
      { pollId, ...adoptionRecord(members[0]) },
      { token: secretary },
    );
    expect(adopted.status).toBe(200);
    expect(adopted.body.vote).toEqual({
      for: expectedFor,
      against: 52 - expectedFor,
      abstained: 7,
      present: 60,
      mode: 'electronic',
      pollId,
    });
    expect(adopted.body.verification.code).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
    electronic = { id, pollId };
    const verified = await t.client.get(`/api/v1/verify/${adopted.body.verification.code}`);
    expect(verified.body).toMatchObject({ matches: true, format: 2 });
    const canonical = await t.client.get(`/api/v1/verify/${adopted.body.verification.code}/canonical.json`);
    const sealed = JSON.parse(canonical.text) as { poll: { id: string; votes: { person: string; choice: string }[] } };
    expect(sealed.poll.id).toBe(pollId);
    expect(sealed.poll.votes).toHaveLength(59);
    expect(sealed.poll.votes).toContainEqual({ person: members[58], choice: 'abstained' });

    // Nothing of a closed poll changes, in the database too; the verification page would notice if it did.
    await withClient(t.databaseUrl, async (c) => {
      await expect(
        c.query(`UPDATE poll_votes SET choice = 'for' WHERE poll_id = $1 AND person_id = $2`, [pollId, members[58]]),
      ).rejects.toThrow(/poll .* is closed/);
      await expect(c.query(`UPDATE polls SET votes_for = 60 WHERE id = $1`, [pollId])).rejects.toThrow(/is closed/);
      await expect(
        c.query(`INSERT INTO poll_votes (poll_id, person_id, choice, via) VALUES ($1, $2, 'for', 'secretary')`, [
          pollId,
          members[59],
        ]),
      ).rejects.toThrow(/is closed/);
      await expect(c.query(`UPDATE resolutions SET poll_id = NULL WHERE id = $1`, [id])).rejects.toThrow(/adopted/);
    });
    // The projector now shows the result.
    const result = await t.client.get(`/api/v1/screen/${eventId}`);
    expect(result.body.poll).toMatchObject({ id: pollId, status: 'closed', carried: true });
  });

  it('takes a roll call from the secretary, and a poll that does not carry does not adopt', async () => {
    const id = await draft('Туризм');
    const opened = await t.client.post(`/api/v1/resolutions/${id}/polls`, { mode: 'roll_call' }, { token: secretary });
    expect(opened.status).toBe(201);
    const pollId = opened.body.id as string;
    const mark = (personId: string, choice: string, token = secretary) =>
      t.client.put(`/api/v1/polls/${pollId}/votes/${personId}`, { choice }, { token });

    expect((await mark(members[0], 'for', checker)).status).toBe(403);
    expect((await mark(members[0], 'for', participant)).status).toBe(403);
    const own = await t.client.put(`/api/v1/polls/${pollId}/votes/me`, { choice: 'for' }, { token: tokens[0] });
    expect(own.status).toBe(409);
    expect(own.body.code).toBe('POLL_WRONG_MODE');
    const absent = await mark(members[60], 'for');
    expect(absent.status).toBe(400);
    expect(absent.body.errors).toEqual([expect.objectContaining({ field: 'personId' })]);

    for (const [i, choice] of ['for', 'for', 'against', 'abstained'].entries()) {
      expect((await mark(members[i], choice)).status).toBe(200);
    }
    const changed = await mark(members[3], 'against');
    expect(changed.body.tally).toEqual({ for: 2, against: 2, abstained: 0, cast: 4 });
    expect(changed.body.voters.find((v: { personId: string }) => v.personId === members[3])).toMatchObject({
      choice: 'against',
      via: 'secretary',
    });

    const closed = await t.client.post(`/api/v1/polls/${pollId}/close`, undefined, { token: secretary });
    expect(closed.body).toMatchObject({ status: 'closed', carried: false });
    const refused = await t.client.post(
      `/api/v1/resolutions/${id}/adopt`,
      { pollId, ...adoptionRecord(members[0]) },
      { token: secretary },
    );
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ code: 'NOT_ADOPTED' });
    const wrong = await t.client.post(
      `/api/v1/resolutions/${await draft('Басқа')}/adopt`,
      { pollId, ...adoptionRecord(members[0]) },
      { token: secretary },
    );
    expect(wrong.status).toBe(422);
    expect(wrong.body.errors).toEqual([expect.objectContaining({ field: 'pollId' })]);
    // Counts typed by hand remain a way to adopt; without a poll they are required.
    const missing = await t.client.post(`/api/v1/resolutions/${id}/adopt`, {}, { token: secretary });
    expect(missing.status).toBe(400);
    const typed = await t.client.post(
      `/api/v1/resolutions/${id}/adopt`,
      { votesFor: 50, votesAgainst: 5, votesAbstained: 5, ...adoptionRecord(members[0]) },
      { token: secretary },
    );
    expect(typed.status).toBe(200);
    expect(typed.body.vote).toMatchObject({ for: 50, mode: 'counts', pollId: null });
  });

  it("lists who voted how in the protocol's annex, in its response, its PDF and its DOCX", async () => {
    expect(electronic).toBeDefined();
    const { id, pollId } = electronic!;
    const created = await t.client.post(`/api/v1/events/${eventId}/protocols`, {}, { token: secretary });
    expect(created.status).toBe(201);
    const protocolId = created.body.id as string;
    const poll = await t.client.get(`/api/v1/polls/${pollId}`, { token: secretary });
    const voters = poll.body.voters as { personId: string; fullName: { kk: string; ru: string }; choice: string }[];
    expect(voters).toHaveLength(60);

    const read = await t.client.get(`/api/v1/protocols/${protocolId}`, { token: secretary });
    const decisions = read.body.items.flatMap((item: { resolutions: { id: string }[] }) => item.resolutions);
    const decision = decisions.find((r: { id: string }) => r.id === id);
    expect(decision.votes).toEqual(voters.map((v) => expect.objectContaining({ id: v.personId, choice: v.choice })));
    expect(decision.votes.filter((v: { choice: string | null }) => v.choice === null)).toHaveLength(1);
    // A resolution adopted by typed counts has no names to list.
    for (const other of decisions.filter((r: { id: string }) => r.id !== id)) {
      expect(other.votes).toEqual([]);
    }

    const words = {
      kk: { for: 'қолдады', against: 'қарсы', abstained: 'қалыс қалды', none: 'дауыс бермеді' },
      ru: { for: 'за', against: 'против', abstained: 'воздержался', none: 'не голосовал' },
    };
    const lineOf = (v: (typeof voters)[number], lang: 'kk' | 'ru'): string =>
      `${v.fullName[lang]} — ${words[lang][(v.choice ?? 'none') as keyof (typeof words)['kk']]}`;
    const pdf = async (lang: 'kk' | 'ru'): Promise<string> => {
      const res = await fetch(`${t.client.baseUrl}/api/v1/protocols/${protocolId}.pdf?lang=${lang}`, {
        headers: { authorization: `Bearer ${secretary}` },
      });
      expect(res.status).toBe(200);
      const file = join(dir, `protocol-${lang}.pdf`);
      writeFileSync(file, Buffer.from(await res.arrayBuffer()));
      return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    };
    const kk = await pdf('kk');
    expect(kk).toContain('1-қосымша. Қатысқандар тізімі');
    expect(kk).toContain('2-қосымша. Атаулы дауыс беру нәтижелері');
    expect(kk).toContain('Электронды атаулы дауыс беру: кім қалай дауыс бергені қосымшада');
    for (const v of voters) {
      expect(kk).toContain(lineOf(v, 'kk'));
    }
    const ru = await pdf('ru');
    expect(ru).toContain('Приложение 2. Результаты поимённого голосования');
    for (const v of voters) {
      expect(ru).toContain(lineOf(v, 'ru'));
    }

    const docx = await fetch(`${t.client.baseUrl}/api/v1/protocols/${protocolId}.docx?lang=kk`, {
      headers: { authorization: `Bearer ${secretary}` },
    });
    expect(docx.status).toBe(200);
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(await docx.arrayBuffer()) });
    const text = value.replace(/\s+/g, ' ');
    expect(text).toContain('2-қосымша. Атаулы дауыс беру нәтижелері');
    for (const v of voters) {
      expect(text).toContain(lineOf(v, 'kk'));
    }
  });
});
