// `npm run cluster`: the deployment of docker/compose.yml without Docker, on this machine. N instances of the
// built app (as `npm start` runs it) on their own ports, Debian's HAProxy in front with a configuration made
// here, one PostgreSQL: DATABASE_URL's, or an embedded server under DATA_DIR when it is unset.
//
//   CLUSTER_INSTANCES  how many instances (3)
//   PORT               the balancer's port (3000); the instances take the next ones (3001, 3002, 3003)
//   CLUSTER_STATS_PORT HAProxy's statistics page (PORT + 99, so 3099), on 127.0.0.1
//   SHUTDOWN_DRAIN_MS  how long an instance says it drains before it stops (2500 here)
//
// An instance that dies is started again after a second. SIGHUP restarts the instances one after another
// (each drained, stopped and ready again before the next), for a new build; SIGINT or SIGTERM stops them all,
// drained, then the balancer and the database. The ports and process ids are written to
// DATA_DIR/cluster/state.json for scripts and tests.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { haproxyConfig } from './haproxy-config.mjs';
import { npmStartCommand } from './start-command.mjs';

const root = resolve(import.meta.dirname, '..');
const env = process.env;
const count = Number(env.CLUSTER_INSTANCES ?? 3);
const port = Number(env.PORT ?? 3000);
const statsPort = Number(env.CLUSTER_STATS_PORT ?? port + 99);
const dataDir = resolve(root, env.DATA_DIR ?? './var');
const clusterDir = join(dataDir, 'cluster');
const ports = Array.from({ length: count }, (_, i) => port + 1 + i);
const start = npmStartCommand(root);

function log(message) {
  process.stderr.write(`[cluster] ${message}\n`);
}

if (!Number.isInteger(count) || count < 1 || count > 32) {
  log('CLUSTER_INSTANCES must be a whole number from 1 to 32');
  process.exit(2);
}
if (spawnSync('haproxy', ['-v']).error) {
  log('HAProxy is not installed: apt-get install haproxy (or see README, "Several instances")');
  process.exit(2);
}
mkdirSync(clusterDir, { recursive: true });

let embedded;
let databaseUrl = env.DATABASE_URL;
if (!databaseUrl) {
  const { EmbeddedPostgresServer } = await import(join(root, 'dist/apps/api/libs/database/src/index.js'));
  embedded = new EmbeddedPostgresServer({
    dataDir: join(dataDir, 'postgres'),
    port: Number(env.EMBEDDED_PG_PORT ?? 0),
  });
  await embedded.start();
  databaseUrl = embedded.url;
}

const config = join(clusterDir, 'haproxy.cfg');
writeFileSync(config, haproxyConfig({ port, statsPort, instances: ports, host: env.HOST ?? '0.0.0.0' }));
const check = spawnSync('haproxy', ['-c', '-q', '-f', config], { encoding: 'utf8' });
if (check.status !== 0) {
  log(`the generated HAProxy configuration is not valid:\n${check.stderr}`);
  await embedded?.stop();
  process.exit(1);
}

let stopping = false;
/** @type {(import('node:child_process').ChildProcess | null)[]} */
const instances = ports.map(() => null);

function writeState() {
  const state = {
    balancer: { port, pid: balancer?.pid ?? null, statsPort },
    instances: ports.map((p, i) => ({ port: p, pid: instances[i]?.pid ?? null })),
    database: embedded ? 'embedded' : 'DATABASE_URL',
  };
  writeFileSync(join(clusterDir, 'state.json'), JSON.stringify(state, null, 2));
}

function startInstance(i) {
  const child = spawn(process.execPath, [...start.nodeArgs, join(root, start.entry)], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...env,
      ...start.env,
      PORT: String(ports[i]),
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl,
      // Behind the balancer: the client's address is in X-Forwarded-For (for the rate limits).
      TRUST_PROXY: env.TRUST_PROXY ?? 'true',
      SHUTDOWN_DRAIN_MS: env.SHUTDOWN_DRAIN_MS ?? '2500',
    },
  });
  instances[i] = child;
  child.once('exit', (code, signal) => {
    if (instances[i] === child) {
      instances[i] = null;
    }
    writeState();
    if (!stopping && !child.restarting) {
      log(`instance ${i + 1} (port ${ports[i]}) ended (${signal ?? code}); starting it again`);
      setTimeout(() => !stopping && startInstance(i), 1000);
    }
  });
  writeState();
  return child;
}

async function ready(p, timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(`http://127.0.0.1:${p}/health/ready`)).status === 200) {
        return true;
      }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return false;
}

/** Waits until HAProxy's checks have found every instance up (its statistics in CSV). */
async function balancerSeesAll(timeoutMs = 30_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      const csv = await (await fetch(`http://127.0.0.1:${statsPort}/;csv`)).text();
      const up = csv.split('\n').filter((line) => /^instances,api\d+,/.test(line) && line.includes(',UP,'));
      if (up.length === count) {
        return;
      }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  log('the balancer does not see every instance up');
}

function exited(child) {
  return new Promise((r) => (child.exitCode !== null || child.signalCode !== null ? r() : child.once('exit', r)));
}

const balancer = spawn('haproxy', ['-db', '-f', config], { stdio: ['ignore', 'ignore', 'inherit'] });
balancer.once('exit', (code) => {
  if (!stopping) {
    log(`HAProxy ended (${code}); stopping the cluster`);
    void stop(1);
  }
});
ports.forEach((_, i) => startInstance(i));
const allReady = (await Promise.all(ports.map((p) => ready(p)))).every(Boolean);
if (!allReady) {
  log('not every instance became ready within a minute');
}
await ready(port);
await balancerSeesAll();
writeState();
log(
  `ready: http://localhost:${port} through HAProxy to ${count} instances on ports ${ports.join(', ')}; ` +
    `statistics on http://127.0.0.1:${statsPort}/; SIGHUP restarts them one by one, Ctrl-C stops`,
);

let rolling = false;
async function rollingRestart() {
  if (rolling || stopping) {
    return;
  }
  rolling = true;
  for (const [i, p] of ports.entries()) {
    const old = instances[i];
    if (old) {
      old.restarting = true;
      old.kill('SIGTERM');
      await exited(old);
    }
    startInstance(i);
    await ready(p);
    // The next one stops only once the balancer sends to this one again.
    await balancerSeesAll();
    log(`instance ${i + 1} restarted`);
  }
  rolling = false;
  log('rolling restart done');
}

async function stop(code = 0) {
  if (stopping) {
    return;
  }
  stopping = true;
  log('stopping: the instances drain, then the balancer and the database stop');
  const running = instances.filter(Boolean);
  running.forEach((child) => child.kill('SIGTERM'));
  await Promise.all(running.map(exited));
  balancer.kill('SIGTERM');
  await exited(balancer);
  await embedded?.stop();
  writeState();
  process.exit(code);
}

process.on('SIGHUP', () => void rollingRestart());
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
