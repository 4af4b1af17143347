import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '@app/database';
import { eventually } from './eventually';
import { alive } from './processes';
import { TestClient } from './test-app';

export interface ClusterState {
  balancer: { port: number; pid: number; statsPort: number };
  instances: { port: number; pid: number | null }[];
}

export interface RunningCluster {
  process: ChildProcess;
  client: TestClient;
  admin: string;
  /** What the script wrote to stderr so far. */
  output(): string;
  state(): ClusterState;
  /** Sessions HAProxy sent to each instance so far, and whether its checks find it up. */
  servers(): Promise<{ name: string; sessions: number; up: boolean }[]>;
  /** Kills whatever is left of it (the script, the instances, the balancer). */
  kill(): void;
}

const ADMIN = { email: 'admin@cluster.test', password: 'cluster-admin-password' };

/** `npm run cluster` (scripts/cluster.mjs) on `databaseUrl`, state under `dataDir`; resolves once it is ready. */
export async function startCluster(
  databaseUrl: string,
  dataDir: string,
  env: Record<string, string> = {},
): Promise<RunningCluster> {
  const port = await freePort();
  const child = spawn(process.execPath, ['scripts/cluster.mjs'], {
    env: {
      ...process.env,
      PORT: String(port),
      CLUSTER_STATS_PORT: String(await freePort()),
      DATABASE_URL: databaseUrl,
      DATA_DIR: dataDir,
      DEMO_DATA: 'false',
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      LOG_LEVEL: 'warn',
      SHUTDOWN_DRAIN_MS: '2500',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let output = '';
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const state = (): ClusterState => JSON.parse(readFileSync(join(dataDir, 'cluster/state.json'), 'utf8'));
  await eventually(async () => expect(output).toContain('[cluster] ready'), { timeoutMs: 90_000, everyMs: 200 });
  const client = new TestClient(`http://127.0.0.1:${port}`);
  const login = await client.post('/api/v1/auth/login', ADMIN);
  expect(login.status).toBe(200);
  return {
    process: child,
    client,
    admin: login.body.accessToken as string,
    output: () => output,
    state,
    servers: async () => {
      const csv = await (await fetch(`http://127.0.0.1:${state().balancer.statsPort}/;csv`)).text();
      return csv
        .split('\n')
        .map((line) => line.split(','))
        .filter((cells) => cells[0] === 'instances' && /^api\d+$/.test(cells[1]))
        .map((cells) => ({ name: cells[1], sessions: Number(cells[7]), up: cells[17] === 'UP' }));
    },
    kill: () => {
      if (child.exitCode === null) {
        child.kill('SIGKILL');
      }
      for (const instance of state().instances) {
        if (instance.pid && alive(instance.pid)) {
          process.kill(instance.pid, 'SIGKILL');
        }
      }
      if (alive(state().balancer.pid)) {
        process.kill(state().balancer.pid, 'SIGKILL');
      }
    },
  };
}
