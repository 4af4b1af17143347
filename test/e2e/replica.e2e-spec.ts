import { setTimeout as sleep } from 'node:timers/promises';
import { createOrganization, publishedEvent } from '../support/factories';
import { eventually } from '../support/eventually';
import { startReplicaPair, type ReplicaPair } from '../support/replica-pair';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * DATABASE_REPLICA_URL: what anonymous visitors read (public agendas, pages, event lists) may come from a streaming
 * replica; what a signed-in user reads, and everything that decides, comes from the primary. The replica's replay is
 * paused to make its lag visible.
 */
describe('reads on a streaming replica', () => {
  let pair: ReplicaPair;
  /** Trusts a replica up to a minute behind: a paused one keeps serving. */
  let tolerant: TestApp;
  /** Trusts it up to a second behind. */
  let strict: TestApp;
  let admin: string;
  let event: { id: string };
  let slug: string;

  const titleOf = async (t: TestApp, token?: string): Promise<string> => {
    const answer = await t.client.get(`/api/v1/events/${event.id}?lang=ru`, { token });
    expect(answer.status).toBe(200);
    return answer.body.title.ru ?? answer.body.title;
  };
  const agendaTitle = async (t: TestApp): Promise<string> => {
    const answer = await t.client.get(`/api/v1/events/${event.id}/agenda?lang=ru`);
    expect(answer.status).toBe(200);
    return JSON.stringify(answer.body);
  };
  const rename = async (ru: string) => {
    const changed = await tolerant.client.patch(
      `/api/v1/events/${event.id}`,
      { title: { kk: 'Ауыл әкімдерінің форумы', ru } },
      { token: admin },
    );
    expect(changed.text).toContain(ru);
    expect(changed.status).toBe(200);
  };

  beforeAll(async () => {
    pair = await startReplicaPair('akim_replica_test');
    const database = { url: pair.primaryUrl, drop: async () => undefined };
    tolerant = await startTestApp(
      { DATABASE_REPLICA_URL: pair.replicaUrl, DATABASE_REPLICA_MAX_LAG_MS: '60000' },
      database,
    );
    strict = await startTestApp(
      { DATABASE_REPLICA_URL: pair.replicaUrl, DATABASE_REPLICA_MAX_LAG_MS: '1000' },
      database,
    );
    admin = await tolerant.adminToken();
    const org = await createOrganization(tolerant);
    event = await publishedEvent(tolerant, admin, [org.id]);
    slug = (await tolerant.client.get(`/api/v1/events/${event.id}`, { token: admin })).body.slug;
  }, 120_000);
  afterAll(async () => {
    await strict?.close();
    await tolerant?.close();
    await pair?.stop();
  });

  it("serves anonymous visitors from the replica, and a signed-in user's own change from the primary", async () => {
    await rename('Форум до паузы');
    await eventually(async () => expect(await titleOf(tolerant)).toBe('Форум до паузы'), { timeoutMs: 5_000 });
    // The strict instance has compared the replica with the primary and serves from it: only its lag guard can
    // make it read the primary below.
    expect(await titleOf(strict)).toBe('Форум до паузы');
    await sleep(1_500);
    await pair.onReplica(`SELECT pg_wal_replay_pause()`);
    try {
      await rename('Форум после паузы');
      // The organizer sees their change at once; the anonymous visitor still reads the paused replica.
      expect(await titleOf(tolerant, admin)).toBe('Форум после паузы');
      expect(await titleOf(tolerant)).toBe('Форум до паузы');
      expect(await agendaTitle(tolerant)).toContain('Форум до паузы');
      const page = await tolerant.client.get(`/events/${slug}?lang=ru`);
      expect(page.status).toBe(200);
      expect(page.text).toContain('Форум до паузы');
      // The organizer's agenda is rendered from the primary, whatever an anonymous read left in memory.
      const own = await tolerant.client.get(`/api/v1/events/${event.id}/agenda?lang=ru`, { token: admin });
      expect(JSON.stringify(own.body)).toContain('Форум после паузы');

      // A replica more than a second behind is not used: the strict instance reads the primary.
      await eventually(async () => expect(await titleOf(strict)).toBe('Форум после паузы'), { timeoutMs: 6_000 });
      expect(await agendaTitle(strict)).toContain('Форум после паузы');
    } finally {
      await pair.onReplica(`SELECT pg_wal_replay_resume()`);
    }
    await eventually(async () => expect(await titleOf(tolerant)).toBe('Форум после паузы'), { timeoutMs: 5_000 });
  });

  it('answers from the primary when the replica is down, without an error', async () => {
    pair.stopReplica();
    await rename('Форум без реплики');
    for (const t of [tolerant, strict]) {
      expect(await titleOf(t)).toBe('Форум без реплики');
      expect(await agendaTitle(t)).toContain('Форум без реплики');
      expect((await t.client.get(`/events/${slug}?lang=ru`)).status).toBe(200);
    }
    expect((await tolerant.client.get('/api/v1/events?lang=ru')).body.items.map((e: { id: string }) => e.id)).toContain(
      event.id,
    );
  });
});
