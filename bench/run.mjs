// `npm run bench`: starts the built app (embedded PostgreSQL, or DATABASE_URL), loads the
// data set with SQL, drives the scenarios with autocannon and the baselines (a bare agenda
// server, pgbench), then writes bench/results/latest.{md,json}. BENCH_SMOKE=1: a short
// correctness run of the agenda only. See bench/README.md.
import { randomBytes } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { clearTimeout, setTimeout } from 'node:timers';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { agendaVerifier, checkAgenda } from './agenda-check.mjs';
import { controlScenario } from './control.mjs';
import { loadDataset, removeDataset, SIZE } from './dataset.mjs';
import { cannon, hasPgbench, hasWrk, pgbench, wrk } from './load.mjs';
import {
  alive,
  canPin,
  killAllSync,
  onCore,
  pinSelf,
  pinTree,
  running,
  sampleRss,
  start,
  stop,
  words,
} from './proc.mjs';
import { writeReport } from './report.mjs';
import { npmStartCommand } from '../scripts/start-command.mjs';

const BENCH = dirname(fileURLToPath(import.meta.url));
const ROOT = dirname(BENCH);
// The app runs as `npm start` runs it: its environment settings, node flags and entry file.
const START = npmStartCommand(ROOT);
const MAIN = join(ROOT, START.entry);
const SMOKE = process.env.BENCH_SMOKE === '1';
const SCALE = Number(process.env.BENCH_DURATION || 1);
const EXTERNAL_DB = process.env.DATABASE_URL || undefined;
const ADMIN = { email: 'bench-admin@example.kz', password: 'bench-admin-password-1' };
const seconds = (s) => Math.max(1, Math.round(s * SCALE));
const WARM_UP = seconds(3);
// BENCH_ONLY=agenda,checkin runs just those scenarios (and their baselines): for profiling.
const ONLY = process.env.BENCH_ONLY ? new Set(process.env.BENCH_ONLY.split(',').map((s) => s.trim())) : undefined;
const want = (name) => !ONLY || ONLY.has(name);
// BENCH_CPU_PROF=dir: the app runs with --cpu-prof and writes its profile there when it stops.
// BENCH_NODE_ARGS='--trace-gc ...': more flags for the app's node (a GC or heap experiment);
// BENCH_APP_ENV='NAME=value ...': more environment for the app (a malloc experiment);
// BENCH_APP_LOG=file: all the app's output goes there too.
const CPU_PROF = process.env.BENCH_CPU_PROF || undefined;

const state = {
  app: undefined,
  baseline: undefined,
  dataDir: undefined,
  pool: undefined,
  dataset: undefined,
  rss: undefined,
};
const log = (message) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function http(url, { method = 'GET', token, body } = {}) {
  const response = await globalThis.fetch(url, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body ? { 'content-type': 'application/json' } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
    signal: globalThis.AbortSignal.timeout(30_000),
  });
  const text = await response.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, contentType: response.headers.get('content-type') ?? '', json, text };
}

async function waitFor(url, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!running(child)) {
      throw new Error(`${child.name} exited (${child.exitCode ?? child.signalCode}):\n${child.output()}`);
    }
    try {
      if ((await http(url)).status === 200) {
        return;
      }
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  throw new Error(`${child.name} not ready within ${timeoutMs / 1000} s:\n${child.output()}`);
}

/** The embedded server's pid and URL: lines 1 and 4 of postmaster.pid. */
function embeddedServer(dataDir) {
  const lines = readFileSync(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n');
  return { pid: Number(lines[0]), url: `postgres://postgres:embedded@127.0.0.1:${lines[3].trim()}/postgres` };
}

async function startApp(dataDir) {
  if (!existsSync(MAIN)) {
    throw new Error(`${MAIN} is missing: run through \`npm run bench\` (it builds first)`);
  }
  const port = await freePort();
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'production',
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    LOG_LEVEL: 'warn',
    DEMO_DATA: 'false',
    ...(EXTERNAL_DB ? { DATABASE_URL: EXTERNAL_DB } : {}),
    ...START.env,
    ...Object.fromEntries(words(process.env.BENCH_APP_ENV).map((pair) => pair.split(/=(.*)/s, 2))),
  };
  // The app's directory is the temporary one: a developer's ./.env must not change the run.
  const nodeArgs = [
    ...START.nodeArgs,
    ...(CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${CPU_PROF}`] : []),
    ...words(process.env.BENCH_NODE_ARGS),
  ];
  const [cmd, args] = onCore(1, process.execPath, [...nodeArgs, MAIN]);
  const app = start('app', cmd, args, { env, cwd: dataDir, logFile: process.env.BENCH_APP_LOG });
  state.app = app;
  const base = `http://127.0.0.1:${port}`;
  await waitFor(`${base}/health/ready`, app, 90_000);
  return base;
}

async function login(base) {
  const response = await http(`${base}/api/v1/auth/login`, { method: 'POST', body: ADMIN });
  if (response.status >= 300 || !response.json?.accessToken) {
    throw new Error(`login failed: ${response.status} ${response.text.slice(0, 300)}`);
  }
  return response.json.accessToken;
}

function expectedAgenda(dataset) {
  return { ...dataset.agenda, eventId: dataset.events.forum };
}

async function smoke(base, dataset) {
  const expected = expectedAgenda(dataset);
  const result = await cannon({
    url: `${base}/api/v1/events/${dataset.events.forum}/agenda`,
    connections: 20,
    duration: seconds(5),
    verifyBody: agendaVerifier(expected),
  });
  log(
    `smoke: ${result.requests} agenda requests, ${result.throughput} req/s, p99 ${result.p99Ms} ms, ` +
      `${result.non2xx} non-2xx, ${result.socketErrors} socket errors, ${result.mismatches} wrong bodies`,
  );
  const ok = result.requests > 0 && result.errors === 0 && result.mismatches === 0;
  log(ok ? 'smoke passed' : 'smoke FAILED');
  return ok ? 0 : 1;
}

/**
 * Waits until the database has no query of anyone else under way (two readings in a row, at
 * most 30 s): the app goes on with queued requests after autocannon stops, and they must not
 * weigh on the next scenario. Logs the app's peak RSS so far: which scenario raised it.
 */
async function settle() {
  if (state.rss) {
    log(`    app peak RSS so far: ${state.rss.peak()} MB`);
  }
  const deadline = Date.now() + 30_000;
  for (let quiet = 0; quiet < 2 && Date.now() < deadline;) {
    const { rows } = await state.pool.query(
      `SELECT count(*)::int AS n FROM pg_stat_activity
       WHERE state = 'active' AND pid <> pg_backend_pid() AND datname = current_database()`,
    );
    quiet = rows[0].n === 0 ? quiet + 1 : 0;
    await sleep(250);
  }
}

/**
 * A timed HTTP load: wrk where it is installed, else autocannon (its own JavaScript then shares
 * core 0 with the database and caps what is measured). `badges`: check-in scans, `tokens`: a
 * bearer token each request in turn, see `wrk`.
 */
function timedLoad({ url, connections, duration, method = 'GET', headers = {}, badges, clientPrefix, tokens }) {
  if (hasWrk) {
    return wrk({ url, connections, duration, method, headers, badges, clientPrefix, tokens });
  }
  if (tokens) {
    let n = 0;
    const { origin, pathname } = new URL(url);
    const setupRequest = (req) => ({
      ...req,
      headers: { ...req.headers, authorization: `Bearer ${tokens[n++ % tokens.length]}` },
    });
    return cannon({
      url: origin,
      connections,
      duration,
      requests: [{ method, path: pathname, headers, setupRequest }],
    });
  }
  if (!badges) {
    return cannon({ url, connections, duration, method, headers });
  }
  let n = 0;
  const { origin, pathname } = new URL(url);
  return cannon({
    url: origin,
    connections,
    duration,
    requests: [
      {
        method,
        path: pathname,
        headers,
        setupRequest: (req) => ({
          ...req,
          body: JSON.stringify({
            badgeCode: badges[Math.floor(Math.random() * badges.length)],
            clientId: `${clientPrefix}-${n++}`,
          }),
        }),
      },
    ],
  });
}

/** The same load for a few seconds first, not counted: the app's JIT and pools warm up. */
async function warmed(options) {
  await timedLoad({ ...options, duration: WARM_UP });
  return timedLoad(options);
}

const scenario = (name, r, baseline = null, baselineLabel = null) => ({
  name,
  throughput: r?.throughput ?? null,
  p50Ms: r?.p50Ms ?? null,
  p99Ms: r?.p99Ms ?? null,
  errors: r?.errors ?? null,
  baselineThroughput: baseline,
  baselineLabel,
  ratio: baseline && r ? Number((r.throughput / baseline).toFixed(2)) : null,
});

/** The bare node:http + pg server on the app's core, at 50 connections like the app. */
async function agendaBaseline(dbUrl, dataset, appAgenda, notes) {
  const port = await freePort();
  const [cmd, args] = onCore(1, process.execPath, [join(BENCH, 'baseline-server.mjs')]);
  const env = { PATH: process.env.PATH, DATABASE_URL: dbUrl, PORT: String(port), POOL_SIZE: '10' };
  state.baseline = start('baseline', cmd, args, { env });
  const url = `http://127.0.0.1:${port}/agenda/${dataset.events.forum}`;
  try {
    await waitFor(url, state.baseline, 15_000);
    const own = (await http(url)).json;
    const problems = checkAgenda(own, expectedAgenda(dataset));
    if (problems.length) {
      throw new Error(`the baseline's agenda is wrong: ${problems.join('; ')}`);
    }
    const same = JSON.stringify(own) === JSON.stringify(appAgenda);
    notes.push(`The baseline's agenda JSON is ${same ? 'identical to' : 'NOT identical to'} the app's.`);
    return await warmed({ url, connections: 50, duration: seconds(15) });
  } finally {
    await stop(state.baseline);
    state.baseline = undefined;
  }
}

/**
 * Scenario 5, the server-rendered public forum page (`GET /events/:slug`, HTML) at 50
 * connections for 15 s, like the agenda. Runs as soon as the app serves that page; until then
 * (no 200 text/html answer) it is reported as skipped. A baseline, when there is one, goes in
 * the `scenario('page', ...)` call below like the agenda's.
 */
async function pageScenario(base, dataset) {
  const url = `${base}/events/${dataset.forumSlug}`;
  const probe = await http(url);
  if (probe.status !== 200 || !probe.contentType.startsWith('text/html')) {
    log('5/6 public forum page: skipped (not built yet)');
    return null;
  }
  log(`5/6 public forum page: 50 connections, ${seconds(15)} s`);
  return warmed({ url, connections: 50, duration: seconds(15) });
}

/** The goals of the votes scenario (p99 in ms, at the loads below); reported as met or missed. */
const VOTE_GOALS = { screen: 50, mine: 100, votes: 200 };

/** Voter i's last choice: 60 % for, 20 % against, 20 % abstain; every tenth first votes against. */
const finalChoice = (i) => (i % 5 < 3 ? 'for' : i % 5 === 3 ? 'against' : 'abstained');
const changes = (i) => i % 10 === 0;

/**
 * Scenario 6, the votes by name. A secretary (a user made through the API) drafts a resolution of
 * the voting forum (800 delegates checked in, each signed in on a phone) and opens an electronic
 * poll; then, together, for 20 s: the phones read their vote card (`GET /polls/mine`, 50
 * connections, each request with the next phone's token), the hall's screen is read as fast as 10
 * connections go (`GET /screen/:eventId`), and every delegate votes once at a steady rate over the
 * first three quarters of it (`PUT /polls/:id/votes/me`, autocannon), every tenth changing their
 * vote later. The poll is then closed: its count must equal the votes cast, choice by choice.
 */
async function votesScenario(base, adminToken, dataset, notes) {
  const event = dataset.events.vote;
  const tokens = dataset.voterTokens;
  const secretary = {
    email: `bench-voter-${dataset.tag.toLowerCase()}-secretary@example.kz`,
    password: ADMIN.password,
  };
  const made = await http(`${base}/api/v1/users`, {
    method: 'POST',
    token: adminToken,
    body: { ...secretary, roles: ['participant'], scopes: [{ role: 'secretary', kind: 'event', id: event }] },
  });
  if (made.status !== 201) {
    throw new Error(`secretary: ${made.status} ${made.text.slice(0, 300)}`);
  }
  const token = (await http(`${base}/api/v1/auth/login`, { method: 'POST', body: secretary })).json?.accessToken;
  const draft = await http(`${base}/api/v1/events/${event}/resolutions`, {
    method: 'POST',
    token,
    body: {
      title: { kk: 'Ауыл шаруашылығын дамыту туралы', ru: 'О развитии сельского хозяйства' },
      points: [{ text: { kk: 'Бағдарламаны мақұлдау', ru: 'Одобрить программу' } }],
    },
  });
  const opened =
    draft.status === 201
      ? await http(`${base}/api/v1/resolutions/${draft.json.id}/polls`, {
          method: 'POST',
          token,
          body: { mode: 'electronic' },
        })
      : draft;
  if (opened.status !== 201 || opened.json.present !== tokens.length) {
    throw new Error(`opening the poll: ${opened.status} ${opened.text.slice(0, 300)}`);
  }
  const poll = opened.json.id;
  const duration = seconds(20);
  log(`6/6 votes by name: ${tokens.length} phones on 50 connections, the screen on 10, the votes, ${duration} s`);
  const phones = { url: `${base}/api/v1/polls/mine`, connections: 50, tokens };
  const screen = { url: `${base}/api/v1/screen/${event}`, connections: 10 };
  await Promise.all([timedLoad({ ...phones, duration: WARM_UP }), timedLoad({ ...screen, duration: WARM_UP })]);

  const casts = [
    ...tokens.map((_, i) => [i, changes(i) ? 'against' : finalChoice(i)]),
    ...tokens
      .map((_, i) => i)
      .filter(changes)
      .map((i) => [i, finalChoice(i)]),
  ];
  const rate = Math.ceil(casts.length / (duration * 0.75));
  let next = 0;
  const [mine, shown, votes] = await Promise.all([
    timedLoad({ ...phones, duration }),
    timedLoad({ ...screen, duration }),
    cannon(
      {
        url: base,
        connections: 20,
        amount: casts.length,
        overallRate: rate,
        requests: [
          {
            method: 'PUT',
            path: `/api/v1/polls/${poll}/votes/me`,
            setupRequest: (req) => {
              const [i, choice] = casts[next++ % casts.length];
              const headers = {
                ...req.headers,
                authorization: `Bearer ${tokens[i]}`,
                'content-type': 'application/json',
              };
              return { ...req, headers, body: JSON.stringify({ choice }) };
            },
          },
        ],
      },
      duration + 60,
    ),
  ]);

  const closed = await http(`${base}/api/v1/polls/${poll}/close`, { method: 'POST', token });
  const after = await http(`${base}/api/v1/screen/${event}`);
  const stored = (
    await state.pool.query(
      `SELECT count(*)::int AS votes, COALESCE(sum(changes), 0)::int AS changes FROM poll_votes WHERE poll_id = $1`,
      [poll],
    )
  ).rows[0];
  const expected = { for: 0, against: 0, abstained: 0, cast: tokens.length };
  tokens.forEach((_, i) => expected[finalChoice(i)]++);
  const tally = closed.json?.tally;
  const problems = [
    closed.status !== 200 && `closing: ${closed.status} ${closed.text.slice(0, 200)}`,
    votes.requests !== casts.length && `${votes.requests} of ${casts.length} votes sent`,
    JSON.stringify(tally) !== JSON.stringify(expected) &&
      `count ${JSON.stringify(tally)}, cast ${JSON.stringify(expected)}`,
    stored.votes !== tokens.length && `${stored.votes} votes stored for ${tokens.length} voters`,
    stored.changes !== casts.length - tokens.length && `${stored.changes} changes stored`,
    (after.json?.poll?.status !== 'closed' || JSON.stringify(after.json.poll.tally) !== JSON.stringify(expected)) &&
      `the screen after closing: ${after.text.slice(0, 200)}`,
  ].filter(Boolean);
  const check = {
    voters: tokens.length,
    votesSent: votes.requests,
    changes: stored.changes,
    tally: tally ?? null,
    correct: problems.length === 0,
  };
  log(
    check.correct
      ? '    closed poll: the count equals the votes cast'
      : `    votes check FAILED: ${problems.join('; ')}`,
  );
  notes.push(
    check.correct
      ? `Votes: ${tokens.length} voters, ${casts.length} votes (${stored.changes} changed), closed count ${JSON.stringify(tally)} = the votes cast.`
      : `Votes check FAILED: ${problems.join('; ')}.`,
    `Votes answers: ${JSON.stringify(votes.statusCodes)}, asked at ${rate} a second, all in within ${votes.seconds} s (the vote row's req/s is that pace, not a capacity).`,
    `Goals (p99): screen < ${VOTE_GOALS.screen} ms: ${shown.p99Ms} ms; vote card < ${VOTE_GOALS.mine} ms: ${mine.p99Ms} ms; ` +
      `vote < ${VOTE_GOALS.votes} ms: ${votes.p99Ms} ms; errors ${shown.errors + mine.errors + votes.errors} (goal 0): ` +
      (shown.p99Ms < VOTE_GOALS.screen &&
      mine.p99Ms < VOTE_GOALS.mine &&
      votes.p99Ms < VOTE_GOALS.votes &&
      shown.errors + mine.errors + votes.errors === 0
        ? 'met.'
        : 'MISSED.'),
  );
  return { screen: shown, mine, votes, check };
}

async function runPgbench(name, options, notes) {
  if (!hasPgbench) {
    notes.push(`pgbench not found: no ${name} baseline.`);
    return null;
  }
  try {
    const r = await pgbench(options);
    notes.push(
      `pgbench ${name}: ${r.tps} TPS, ${r.latencyMs} ms average latency, ${r.transactions} transactions, ${r.failed} failed.`,
    );
    return r.tps;
  } catch (error) {
    notes.push(`pgbench ${name} failed: ${error.message.split('\n').slice(0, 6).join(' / ')}`);
    return null;
  }
}

async function full(base, token, dbUrl, dataset, appAgenda, notes) {
  const auth = { authorization: `Bearer ${token}` };
  const json = { ...auth, 'content-type': 'application/json' };
  const events = dataset.events;
  const scenarios = [];
  let registration = { registered: null, waitlisted: null, seconds: null };

  if (want('agenda')) {
    log(`1/6 agenda: 50 connections, ${seconds(15)} s`);
    const agenda = await warmed({
      url: `${base}/api/v1/events/${events.forum}/agenda`,
      connections: 50,
      duration: seconds(15),
    });
    await settle();
    // A phone asks for brotli: the kept agenda's compressed bytes, not one compression per answer.
    log(`    agenda with Accept-Encoding: br, 50 connections, ${seconds(5)} s`);
    const brotli = await timedLoad({
      url: `${base}/api/v1/events/${events.forum}/agenda`,
      connections: 50,
      duration: seconds(5),
      headers: { 'accept-encoding': 'br' },
    });
    notes.push(
      `Agenda with Accept-Encoding: br (as phones ask): ${brotli.throughput} req/s, p99 ${brotli.p99Ms} ms, ${brotli.errors} errors.`,
    );
    await settle();
    log(`    baseline agenda server: 50 connections, ${seconds(15)} s`);
    const bare = await agendaBaseline(dbUrl, dataset, appAgenda, notes);
    scenarios.push(scenario('agenda', agenda, bare.throughput, 'bare node:http + pg'));
    notes.push(`Baseline agenda server: p50 ${bare.p50Ms} ms, p99 ${bare.p99Ms} ms, ${bare.errors} errors.`);
    await settle();
  }

  let rush;
  if (want('registration')) {
    log(`2/6 registration rush: ${SIZE.registrations} people, ${SIZE.rushCapacity} seats, 100 connections`);
    let next = 0;
    rush = await cannon(
      {
        url: base,
        connections: 100,
        amount: SIZE.registrations,
        requests: [
          {
            method: 'POST',
            path: `/api/v1/events/${events.rush}/registrations`,
            headers: json,
            setupRequest: (req) => ({
              ...req,
              body: JSON.stringify({ personId: dataset.rushPeople[next++ % dataset.rushPeople.length] }),
            }),
          },
        ],
      },
      120 * Math.max(1, SCALE),
    );
    const counts = Object.fromEntries(
      (
        await state.pool.query(
          `SELECT status, count(*)::int AS n FROM registrations WHERE event_id = $1 GROUP BY status`,
          [events.rush],
        )
      ).rows.map((r) => [r.status, r.n]),
    );
    registration = { registered: counts.registered ?? 0, waitlisted: counts.waitlisted ?? 0, seconds: rush.seconds };
    notes.push(`Registration rush answers: ${JSON.stringify(rush.statusCodes)}.`);
    await settle();
  }

  let runs = 0;
  const scans = (connections, duration, event = events.forum, badges = dataset.badges) =>
    timedLoad({
      url: `${base}/api/v1/events/${event}/check-ins`,
      connections,
      duration,
      method: 'POST',
      headers: json,
      badges,
      clientPrefix: `${dataset.tag}-${runs++}`,
    });
  if (want('checkin') || want('attendance')) {
    // Warm-up at another door: the rush forum's registered people (the forum's own when the
    // rush did not run), so the forum's burst still starts with nobody in. Then ANALYZE, as
    // autovacuum does within a minute of the first check-ins: plans made while check_ins was
    // empty would scan it whole at every scan.
    const warmEvent = rush ? events.rush : events.forum;
    const warmBadges = rush
      ? (
          await state.pool.query(`SELECT badge_code FROM registrations WHERE event_id = $1 AND status = 'registered'`, [
            events.rush,
          ])
        ).rows.map((r) => r.badge_code)
      : dataset.badges;
    await scans(50, WARM_UP, warmEvent, warmBadges);
    await state.pool.query('ANALYZE registrations, check_ins, check_in_clients');
    await settle();
  }
  let checkin;
  if (want('checkin')) {
    log(`3/6 check-in burst: 50 connections, ${seconds(60)} s`);
    checkin = await scans(50, seconds(60));
    await settle();
  }

  let attendance;
  if (want('attendance')) {
    log(`4/6 attendance report: 10 connections, ${seconds(15)} s, with check-ins at 50 connections meanwhile`);
    let during;
    [attendance, during] = await Promise.all([
      warmed({
        url: `${base}/api/v1/events/${events.forum}/attendance?by=region`,
        connections: 10,
        duration: seconds(15),
        headers: auth,
      }),
      scans(50, WARM_UP + seconds(15)),
    ]);
    notes.push(
      `Check-ins running alongside the attendance report: ${during.throughput} req/s, p99 ${during.p99Ms} ms, ${during.errors} errors.`,
    );
    await settle();
  }
  const page = want('page') ? await pageScenario(base, dataset) : undefined;
  await settle();
  const votes = want('votes') ? await votesScenario(base, token, dataset, notes) : undefined;
  await settle();
  const control = want('control')
    ? await controlScenario({
        base,
        adminToken: token,
        pool: state.pool,
        tag: dataset.tag,
        http,
        warmed,
        settle,
        log,
        duration: seconds(10),
        password: ADMIN.password,
      })
    : undefined;

  const common = { url: dbUrl, seconds: seconds(10), clients: 10, threads: 2 };
  let regTps = null;
  if (rush) {
    log(`pgbench baseline: registration, -c 10 -j 2, ${seconds(10)} s`);
    regTps = await runPgbench(
      'registration',
      {
        ...common,
        script: join(BENCH, 'pgbench/registration.sql'),
        defines: { tag: dataset.tag, clients: 10, people: SIZE.people, events: events.pgRegistration.length, k: 0 },
      },
      notes,
    );
    const inserted = await state.pool.query(
      `SELECT count(*) FILTER (WHERE status = 'registered')::int AS registered, count(*)::int AS total
       FROM registrations WHERE event_id = ANY($1::uuid[])`,
      [events.pgRegistration],
    );
    notes.push(
      `pgbench registration inserted ${inserted.rows[0].total} registrations ` +
        `(${inserted.rows[0].registered} registered, the rest waitlisted) over ${events.pgRegistration.length} events.`,
    );
    await settle();
  }
  let checkinTps = null;
  if (checkin) {
    log(`pgbench baseline: check-in, -c 10 -j 2, ${seconds(10)} s`);
    checkinTps = await runPgbench(
      'check-in',
      {
        ...common,
        script: join(BENCH, 'pgbench/checkin.sql'),
        defines: { tag: dataset.tag, event: events.pgCheckin, regs: SIZE.registrations },
      },
      notes,
    );
  }

  if (rush) scenarios.push(scenario('registration', rush, regTps, 'pgbench'));
  if (checkin) scenarios.push(scenario('checkin', checkin, checkinTps, 'pgbench'));
  if (attendance) scenarios.push(scenario('attendance', attendance));
  if (page) {
    scenarios.push(scenario('page', page));
  } else if (page === null) {
    scenarios.push({ ...scenario('page', null), skipped: true });
    notes.push('page (the public forum page): skipped, it does not exist yet.');
  }
  if (votes) {
    scenarios.push(scenario('screen', votes.screen), scenario('vote-card', votes.mine), scenario('vote', votes.votes));
  }
  for (const [name, r] of Object.entries(control ?? {})) {
    scenarios.push(scenario(name, r));
  }
  return { scenarios, registration, votes: votes?.check };
}

async function main() {
  if (!(SCALE > 0)) {
    throw new Error('BENCH_DURATION must be a positive number (a scale factor, 1 = the standard durations)');
  }
  const pinned = pinSelf(0);
  const loadBefore = loadavg()[0].toFixed(2);
  const notes = [];
  state.dataDir = mkdtempSync(join(tmpdir(), 'akim-bench-'));
  chmodSync(state.dataDir, 0o755); // the embedded server runs as the `postgres` user
  log(`starting the app (${EXTERNAL_DB ? 'DATABASE_URL' : 'embedded PostgreSQL'})${pinned ? ' on core 1' : ''}`);
  const base = await startApp(state.dataDir);
  const rss = sampleRss(state.app.pid);
  state.rss = rss;
  const embedded = EXTERNAL_DB ? undefined : embeddedServer(state.dataDir);
  const dbUrl = EXTERNAL_DB ?? embedded.url;
  // The embedded PostgreSQL is the app's child, so it started on the app's core. Like a database
  // on its own host, it goes to the other core (with the load generators): the app's core is the
  // app's alone, and pgbench, the bare server and the app all find the database in the same place.
  const dbPinned = pinned && embedded ? pinTree(embedded.pid, 0) : false;
  state.pool = new pg.Pool({ connectionString: dbUrl, max: 2 });

  const tag = `B${randomBytes(3).toString('hex').toUpperCase()}`;
  state.dataset = await loadDataset(state.pool, tag);
  const dataset = state.dataset;
  log(
    `data set ${tag} loaded in ${dataset.seconds.toFixed(1)} s: ${SIZE.people} people, ${dataset.regions} regions, ` +
      `${dataset.agenda.sessions} sessions, ${SIZE.registrations} registrations`,
  );
  const first = await http(`${base}/api/v1/events/${dataset.events.forum}/agenda`);
  const problems = first.status === 200 ? checkAgenda(first.json, expectedAgenda(dataset)) : [`HTTP ${first.status}`];
  if (problems.length) {
    throw new Error(`the app's agenda is wrong: ${problems.join('; ')}`);
  }
  log(`agenda OK (${(first.text.length / 1024).toFixed(0)} KB)`);

  if (SMOKE) {
    const code = await smoke(base, dataset);
    rss.stop();
    return code;
  }
  const token = await login(base);
  if (process.env.BENCH_HOLD) {
    // For a look by hand (psql, wrk, a profiler): the app and its data stay up that long.
    const details = { base, token, db: dbUrl, forum: dataset.events.forum, badge: dataset.badges[0] };
    log(`holding for ${process.env.BENCH_HOLD} s: ${JSON.stringify(details)}`);
    await sleep(Number(process.env.BENCH_HOLD) * 1000);
    rss.stop();
    return 0;
  }
  notes.push(
    hasWrk
      ? 'Timed loads by wrk (one thread on core 0); the registration rush by autocannon (a fixed number of requests).'
      : 'wrk is missing: every load by autocannon, whose own JavaScript shares core 0 with the database and caps the figures.',
  );
  const { scenarios, registration, votes } = await full(base, token, dbUrl, dataset, first.json, notes);
  const peakRssMb = rss.stop();
  const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout?.trim();
  const table = await writeReport(
    // A partial run (BENCH_ONLY) must not pass for the full report.
    ONLY ? join(tmpdir(), 'akim-bench-partial') : join(BENCH, 'results'),
    { scenarios, peakRssMb, registration, ...(votes ? { votes } : {}) },
    {
      date: new Date().toISOString(),
      commit: commit || 'unknown',
      machine: `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, load average ${loadBefore} before the run (other work skews the figures)`,
      database: EXTERNAL_DB ? 'DATABASE_URL' : 'embedded PostgreSQL (a child of the app, moved to core 0)',
      pinning: pinned
        ? `app and the bare server on core 1; autocannon, pgbench${dbPinned ? ' and the embedded PostgreSQL' : ''} on core 0` +
          (embedded && !dbPinned ? ' (moving the embedded PostgreSQL to core 0 failed: it shares core 1)' : '')
        : `none (${canPin ? 'taskset failed' : 'taskset or a second core missing'})`,
      scale: SCALE,
      dataset: `${SIZE.people} people in ${dataset.regions} regions below the 20 top-level ones, a 3-day forum with ${dataset.agenda.sessions} sessions and ${dataset.agenda.distinctSpeakers} speakers (${(first.text.length / 1024).toFixed(0)} KB agenda), ${SIZE.registrations} registrations; loaded in ${dataset.seconds.toFixed(1)} s`,
      notes,
    },
  );
  console.log(`\n${table}\n`);
  console.log(
    `registration rush: ${registration.registered} registered, ${registration.waitlisted} waitlisted, ${registration.seconds} s; peak RSS ${peakRssMb} MB`,
  );
  for (const note of notes) {
    console.log(`- ${note}`);
  }
  console.log(
    ONLY
      ? '\npartial run (BENCH_ONLY): bench/results left alone'
      : `\nwritten: bench/results/latest.md, bench/results/latest.json`,
  );
  return votes && !votes.correct ? 1 : 0;
}

/** Stops the embedded PostgreSQL when its app could not (killed): it would hold the data directory. */
function stopLeftoverPostgres(signal) {
  const pidFile = state.dataDir && join(state.dataDir, 'postgres', 'postmaster.pid');
  if (!pidFile || !existsSync(pidFile)) {
    return undefined;
  }
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (Number.isInteger(pid) && pid > 0 && alive(pid)) {
    process.kill(pid, signal);
    return pid;
  }
  return undefined;
}

let cleaning;
function cleanup() {
  cleaning ??= (async () => {
    if (state.baseline) {
      await stop(state.baseline);
    }
    if (EXTERNAL_DB && state.dataset && state.pool) {
      await Promise.race([removeDataset(state.pool, state.dataset.tag, state.dataset.events), sleep(30_000)]).catch(
        (error) => log(`could not remove the data set: ${error.message}`),
      );
    }
    await state.pool?.end().catch(() => undefined);
    if (state.app) {
      const code = await stop(state.app, 'SIGTERM', 30_000);
      if (code !== 0) {
        log(`the app stopped with ${code}:\n${state.app.output()}`);
      }
    }
    const leftover = stopLeftoverPostgres('SIGINT');
    for (let i = 0; leftover && alive(leftover) && i < 100; i++) {
      await sleep(100);
    }
    if (state.dataDir) {
      rmSync(state.dataDir, { recursive: true, force: true });
      state.dataDir = undefined;
    }
  })();
  return cleaning;
}

process.on('exit', () => {
  killAllSync();
  stopLeftoverPostgres('SIGKILL');
  if (state.dataDir) {
    rmSync(state.dataDir, { recursive: true, force: true });
  }
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    log(`${signal}: stopping`);
    void cleanup().finally(() => process.exit(130));
  });
}

const limitSeconds = (SMOKE ? 180 : 900) * Math.max(1, SCALE);
let watchdog;
const timedOut = new Promise((_, reject) => {
  watchdog = setTimeout(() => reject(new Error(`the benchmark took more than ${limitSeconds} s`)), limitSeconds * 1000);
});
let exitCode = 1;
try {
  exitCode = await Promise.race([main(), timedOut]);
} catch (error) {
  console.error(`[bench] failed: ${error.stack ?? error}`);
  exitCode = 1;
} finally {
  clearTimeout(watchdog);
  await cleanup();
}
process.exit(exitCode);
