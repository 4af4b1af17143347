import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '@app/database';
import { npmStartCommand } from '../../scripts/start-command.mjs';
import { alive } from '../support/processes';
import { TestClient } from '../support/test-app';

const START = npmStartCommand(process.cwd());
const MAIN = join(process.cwd(), START.entry);

async function waitUntilReady(client: TestClient, child: ChildProcess, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (child.exitCode !== null) {
      throw new Error(`the app exited with ${child.exitCode}`);
    }
    try {
      if ((await client.get('/health/ready')).status === 200) {
        return Date.now() - started;
      }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the app did not become ready in time');
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) {
      resolve(child.exitCode);
    } else {
      child.once('exit', (code) => resolve(code));
    }
  });
}

/** The built app as `npm start` runs it, on the embedded database. */
describe('the built app on the embedded database', () => {
  let dataDir: string;
  let output = '';
  // A failed expectation must not leave an app (and its PostgreSQL) running after the suite.
  const started = new Set<ChildProcess>();
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'akim-start-'));
    chmodSync(dataDir, 0o755);
  });
  afterAll(async () => {
    for (const child of started) {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        await exited(child);
      }
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function start(): Promise<{ child: ChildProcess; client: TestClient; readyMs: number }> {
    const port = await freePort();
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      ADMIN_EMAIL: 'admin@test.kz',
      ADMIN_PASSWORD: 'admin-password-1',
      LOG_LEVEL: 'warn',
      // The memory test signs in more often than an account may by default.
      LOGIN_MAX_ATTEMPTS_PER_ACCOUNT: '100',
      ...START.env,
    };
    const child = spawn(process.execPath, [...START.nodeArgs, MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    started.add(child);
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const client = new TestClient(`http://127.0.0.1:${port}`);
    const readyMs = await waitUntilReady(client, child, 60_000);
    return { child, client, readyMs };
  }

  it('starts, stops its PostgreSQL on SIGTERM and SIGINT, and finds its data again', async () => {
    expect(existsSync(MAIN)).toBe(true);
    const first = await start();
    const pidFile = join(dataDir, 'postgres', 'postmaster.pid');
    const postgresPid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
    expect(alive(postgresPid)).toBe(true);

    const admin = await first.client.login('admin@test.kz', 'admin-password-1');
    const created = await first.client.post(
      '/api/v1/users',
      { email: 'survivor@test.kz', password: 'survivor-1' },
      { token: admin },
    );
    expect(created.status).toBe(201);

    first.child.kill('SIGTERM');
    expect(await exited(first.child)).toBe(0);
    expect(alive(postgresPid)).toBe(false);
    expect(existsSync(pidFile)).toBe(false);

    const second = await start();
    process.stdout.write(`cold start to ready: ${first.readyMs} ms; warm start: ${second.readyMs} ms\n`);
    const login = await second.client.post('/api/v1/auth/login', { email: 'survivor@test.kz', password: 'survivor-1' });
    expect(login.status).toBe(200);
    const secondPostgres = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);

    second.child.kill('SIGINT');
    expect(await exited(second.child)).toBe(0);
    expect(alive(secondPostgres)).toBe(false);
  }, 150_000);

  it('recovers from a killed run whose PostgreSQL was left behind', async () => {
    const run = await start();
    const pidFile = join(dataDir, 'postgres', 'postmaster.pid');
    const orphan = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
    run.child.kill('SIGKILL');
    await exited(run.child);

    const next = await start();
    expect(alive(orphan)).toBe(false);
    expect(
      (await next.client.post('/api/v1/auth/login', { email: 'survivor@test.kz', password: 'survivor-1' })).status,
    ).toBe(200);
    next.child.kill('SIGTERM');
    expect(await exited(next.child)).toBe(0);
  }, 150_000);

  it('gives the memory of each password check back to the system', async () => {
    const run = await start();
    const pid = run.child.pid!;
    const signIn = () =>
      run.client.post('/api/v1/auth/login', { email: 'survivor@test.kz', password: 'not-the-password' });
    expect((await signIn()).status).toBe(401);
    const before = residentMb(pid);
    // argon2 takes 19 MiB per check in libuv's threads. glibc's malloc left each thread's block in
    // that thread's arena once one block had been freed (+19 MB per thread, up to 76 MB), unless
    // npm start fixes its mmap threshold.
    for (let i = 0; i < 3; i++) {
      const answers = await Promise.all([signIn(), signIn()]);
      expect(answers.map((a) => a.status)).toEqual([401, 401]);
    }
    const grown = residentMb(pid) - before;
    process.stdout.write(`resident memory after six password checks: +${grown.toFixed(1)} MB\n`);
    expect(grown).toBeLessThan(15);
    run.child.kill('SIGTERM');
    expect(await exited(run.child)).toBe(0);
  }, 150_000);

  it('says what to do when DATA_DIR lies in a folder the server cannot enter (mktemp -d, as root)', async () => {
    const closed = mkdtempSync(join(tmpdir(), 'akim-closed-')); // mode 700, as mktemp -d makes it
    try {
      const port = await freePort();
      const child = spawn(process.execPath, [...START.nodeArgs, MAIN], {
        env: {
          PATH: process.env.PATH,
          HOME: process.env.HOME,
          PORT: String(port),
          HOST: '127.0.0.1',
          DATA_DIR: join(closed, 'var'),
          LOG_LEVEL: 'warn',
          ...START.env,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      started.add(child);
      let text = '';
      child.stdout?.on('data', (chunk: Buffer) => (text += chunk.toString()));
      child.stderr?.on('data', (chunk: Buffer) => (text += chunk.toString()));
      if (process.getuid?.() === 0) {
        // Root runs the server as the postgres user, which may not pass the 700 folder.
        expect(await exited(child)).toBe(1);
        expect(text).toContain(`may not enter ${closed}`);
        expect(text).toContain(`chmod o+x ${closed}`);
        expect(text).not.toContain('Permission denied');
        expect(text).not.toMatch(/\n\s+at /); // a message, not a stack trace
      } else {
        // Any other user runs the server itself and owns the folder: it starts.
        const client = new TestClient(`http://127.0.0.1:${port}`);
        await waitUntilReady(client, child, 60_000);
        child.kill('SIGTERM');
        expect(await exited(child)).toBe(0);
      }
    } finally {
      rmSync(closed, { recursive: true, force: true });
    }
  });
});

/** The resident set of a process, from Linux's /proc. */
function residentMb(pid: number): number {
  const kb = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!kb) {
    throw new Error(`no VmRSS for ${pid}`);
  }
  return Number(kb[1]) / 1024;
}
