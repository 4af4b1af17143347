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
        env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, DEMO_DATA: 'false', LOG_LEVEL: 'warn' },
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
});
