import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '@app/database';
import { eventually } from '../support/eventually';

/** Processes whose command line names this data folder: the app's embedded PostgreSQL above all. */
function processesUsing(dataDir: string): string[] {
  const list = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' });
  return list.split('\n').filter((line) => line.includes(dataDir));
}

async function listening(port: number): Promise<boolean> {
  try {
    return (await fetch(`http://127.0.0.1:${port}/health`)).status === 200;
  } catch {
    return false;
  }
}

/** The environment `npm start` gets here: the embedded server, whatever DATABASE_URL the suite itself runs on. */
function startEnv(extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  delete env.DATABASE_URL;
  delete env.DATABASE_REPLICA_URL;
  return env;
}

/** `npm start` itself, as a person or a process manager runs it, stopped by a signal sent to npm. */
describe('npm start and signals', () => {
  const made: string[] = [];
  const started: ChildProcess[] = [];
  afterAll(() => {
    for (const child of started) {
      child.kill('SIGKILL');
    }
    made.forEach((dir) => rmSync(dir, { recursive: true, force: true }));
  });

  it.each(['SIGTERM', 'SIGINT', 'SIGHUP'] as const)(
    '%s to npm stops the app and its PostgreSQL within seconds',
    async (signal) => {
      const dataDir = mkdtempSync(join(tmpdir(), 'akim-npm-start-'));
      chmodSync(dataDir, 0o755);
      made.push(dataDir);
      const port = await freePort();
      const npm = spawn('npm', ['start'], {
        env: startEnv({ PORT: String(port), DATA_DIR: dataDir, DEMO_DATA: 'false', LOG_LEVEL: 'warn' }),
        stdio: 'ignore',
        detached: true,
      });
      started.push(npm);
      await eventually(async () => expect(await listening(port)).toBe(true), { timeoutMs: 60_000, everyMs: 200 });
      expect(processesUsing(dataDir).length).toBeGreaterThan(0);

      process.kill(npm.pid!, signal);

      await eventually(
        async () => {
          expect(await listening(port)).toBe(false);
          expect(processesUsing(dataDir)).toEqual([]);
        },
        { timeoutMs: 15_000, everyMs: 200 },
      );
    },
    90_000,
  );

  it('prints a short banner (address, how to create the admin, the data) and keeps routes and requests out of info', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'akim-npm-start-'));
    chmodSync(dataDir, 0o755);
    made.push(dataDir);
    const port = await freePort();
    const env = startEnv({ PORT: String(port), DATA_DIR: dataDir, DEMO_DATA: 'false' });
    delete env.LOG_LEVEL;
    delete env.ADMIN_EMAIL;
    delete env.ADMIN_PASSWORD;
    const npm = spawn('npm', ['start', '--silent'], { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    started.push(npm);
    let stdout = '';
    let stderr = '';
    npm.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    npm.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    await eventually(async () => expect(stderr).toContain('Stop:'), { timeoutMs: 60_000, everyMs: 200 });
    for (let i = 0; i < 5; i++) {
      expect((await fetch(`http://127.0.0.1:${port}/login`)).status).toBe(200);
    }
    const logLines = stdout.split('\n').filter((line) => line.startsWith('{'));
    process.kill(npm.pid!, 'SIGTERM');
    await eventually(async () => expect(await listening(port)).toBe(false), { timeoutMs: 15_000, everyMs: 200 });

    expect(stderr).toContain(`Open:      http://localhost:${port}`);
    expect(stderr).toContain('no admin account yet');
    expect(stderr).toContain('ADMIN_EMAIL=you@example.kz ADMIN_PASSWORD=');
    expect(stderr).toContain(join(dataDir, 'postgres'));
    expect(stderr.trim().split('\n').length).toBeLessThanOrEqual(10);
    // At the default level (info): a handful of lines at start, none per route or per request.
    expect(logLines.length).toBeGreaterThan(0);
    expect(logLines.length).toBeLessThanOrEqual(8);
    expect(stdout).not.toContain('Mapped {');
    expect(stdout).not.toContain('request completed');
  }, 90_000);
});
