// `node scripts/try-node-line.mjs`: starts the built app (npm run build first) on the Node.js line the
// image runs (.nvmrc, docker/Dockerfile's FROM lines) when this machine's Node is another one, with a
// fresh embedded PostgreSQL and the demo forums; signs in, reads a forum, stops it with SIGTERM.
// The binary comes from the npm registry (node-linux-<arch>), kept under var/node-<line>/.
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { npmStartCommand } from './start-command.mjs';

const root = join(import.meta.dirname, '..');
const line = readFileSync(join(root, '.nvmrc'), 'utf8').trim();
const fail = (message) => {
  console.error(`try-node-line: ${message}`);
  process.exit(1);
};

const froms = [...readFileSync(join(root, 'docker/Dockerfile'), 'utf8').matchAll(/^FROM node:(\d+)-/gm)].map(
  (m) => m[1],
);
if (froms.length === 0 || froms.some((major) => major !== line)) {
  fail(`docker/Dockerfile's FROM lines (node ${froms.join(', ')}) should all use .nvmrc's line ${line}`);
}

function nodeBinary() {
  if (process.versions.node.split('.')[0] === line) {
    return process.execPath;
  }
  const dir = join(root, 'var', `node-${line}`);
  const binary = join(dir, 'package/bin/node');
  if (!existsSync(binary)) {
    mkdirSync(dir, { recursive: true });
    const pkg = `node-${process.platform}-${process.arch}@^${line}`;
    console.log(`try-node-line: fetching ${pkg} from the npm registry`);
    const tarball = execFileSync('npm', ['pack', pkg, '--silent', '--pack-destination', dir], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .at(-1);
    execFileSync('tar', ['-xzf', join(dir, tarball), '-C', dir]);
    rmSync(join(dir, tarball));
  }
  return binary;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function main() {
  const node = nodeBinary();
  const version = execFileSync(node, ['--version'], { encoding: 'utf8' }).trim();
  const start = npmStartCommand(root);
  const entry = join(root, start.entry);
  if (!existsSync(entry)) {
    fail(`${start.entry} is missing: run npm run build first`);
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'akim-node-line-'));
  chmodSync(dataDir, 0o755); // as root, the embedded server runs as the postgres user and must reach it
  const port = await freePort();
  const admin = { email: 'admin@node-line.test', password: 'node-line-password-1' };
  const app = spawn(node, [...start.nodeArgs, entry], {
    cwd: root,
    env: {
      ...process.env,
      ...start.env,
      DATABASE_URL: '',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DEMO_DATA: 'true',
      LOG_LEVEL: 'warn',
      ADMIN_EMAIL: admin.email,
      ADMIN_PASSWORD: admin.password,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const exited = new Promise((resolve) => app.once('exit', (code, signal) => resolve({ code, signal })));
  const base = `http://127.0.0.1:${port}`;
  try {
    const deadline = Date.now() + 90_000;
    for (;;) {
      const ready = await fetch(`${base}/health/ready`).then(
        (r) => r.ok,
        () => false,
      );
      if (ready) break;
      if (app.exitCode !== null || Date.now() > deadline) fail(`the app on ${version} did not become ready`);
      await sleep(250);
    }
    const login = await fetch(`${base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(admin),
    });
    if (login.status !== 200) fail(`sign-in on ${version} answered ${login.status}`);
    const agenda = await fetch(`${base}/api/v1/events/oral-offsite-session-qaladan-auylga/agenda?lang=ru`);
    if (agenda.status !== 200) fail(`a demo forum's agenda on ${version} answered ${agenda.status}`);
    const page = await fetch(`${base}/login`);
    if (page.status !== 200) fail(`the web app on ${version} answered ${page.status}`);
    app.kill('SIGTERM');
    const result = await Promise.race([exited, sleep(20_000).then(() => 'timeout')]);
    if (result === 'timeout' || result.code !== 0) fail(`the app on ${version} did not stop cleanly on SIGTERM`);
    console.log(`try-node-line: ready, signed in, agenda read and stopped cleanly on ${version}`);
  } finally {
    if (app.exitCode === null) app.kill('SIGKILL');
    await sleep(500);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
