import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { knownEnvNames } from '@app/config';
import { load } from 'js-yaml';
import { satisfies } from 'semver';
import { DEMO_DATA_DIR } from '../apps/api/src/demo/demo-data';
import { npmStartCommand } from '../scripts/start-command.mjs';

const root = process.cwd();

/** No Docker engine runs here: these keep the deployment files honest by reading and running what can run. */
describe('docker files', () => {
  it('sets only environment variables that the app knows', () => {
    const compose = readFileSync(join(root, 'docker/compose.yml'), 'utf8');
    const apiBlock = compose.split(/\n {2}postgres:/)[0];
    const names = [...apiBlock.matchAll(/^\s+- ([A-Z_]+)=/gm)].map((m) => m[1]);
    expect(names.length).toBeGreaterThan(3);
    const known = knownEnvNames();
    for (const name of names) {
      expect(known).toContain(name);
    }
  });

  it('documents every variable in the README and in config/.env.example', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const example = readFileSync(join(root, 'config/.env.example'), 'utf8');
    for (const name of knownEnvNames()) {
      expect(readme).toContain(`\`${name}\``);
      expect(example).toContain(`${name}=`);
    }
  });

  it('starts the built entry file that npm start runs, with its node flags and environment settings', () => {
    const entrypoint = readFileSync(join(root, 'docker/entrypoint.sh'), 'utf8');
    const dockerfile = readFileSync(join(root, 'docker/Dockerfile'), 'utf8');
    const start = npmStartCommand(root);
    expect(entrypoint).toContain(`exec node ${[...start.nodeArgs, start.entry].join(' ')} "$@"`);
    const finalStage = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));
    expect(Object.keys(start.env).length).toBeGreaterThan(0);
    for (const [name, value] of Object.entries(start.env)) {
      expect(finalStage).toMatch(new RegExp(`^ENV .*\\b${name}=${value}\\b`, 'm'));
    }
  });

  it("sends mail to the compose file's catcher and keeps DATA_DIR in a volume", () => {
    const compose = load(readFileSync(join(root, 'docker/compose.yml'), 'utf8')) as {
      services: Record<string, { image?: string; environment?: string[]; volumes?: string[] }>;
      volumes: Record<string, unknown>;
    };
    const env = new Map(compose.services.api.environment!.map((entry) => entry.split(/=(.*)/s, 2) as [string, string]));
    // ${SMTP_URL:-smtp://mail:1025}: the catcher unless the deployer sets a real server.
    const smtp = new URL(/^\$\{SMTP_URL:-(.+)\}$/.exec(env.get('SMTP_URL') ?? '')?.[1] ?? 'missing://');
    expect(smtp.protocol).toBe('smtp:');
    expect(compose.services[smtp.hostname]?.image).toMatch(/^axllent\/mailpit:/);
    expect(smtp.port).toBe('1025'); // Mailpit's SMTP port
    const dataDir = /ENV .*\bDATA_DIR=(\S+)/.exec(readFileSync(join(root, 'docker/Dockerfile'), 'utf8'))?.[1];
    const volume = compose.services.api.volumes?.find((entry) => entry.endsWith(`:${dataDir}`));
    expect(volume).toBeDefined();
    expect(Object.keys(compose.volumes)).toContain(volume!.split(':')[0]);
  });

  it('builds from a small context that still holds every file the Dockerfile copies', () => {
    const patterns = readFileSync(join(root, '.dockerignore'), 'utf8')
      .split('\n')
      .map((row) => row.trim())
      .filter((row) => row && !row.startsWith('#'));
    // .dockerignore's rules: paths from the context's root, `*` within a name, `!` re-includes; the last match wins.
    const rules = patterns.map((pattern) => {
      const keep = pattern.startsWith('!');
      const glob = pattern.replace(/^!/, '').replace(/\/$/, '');
      const source = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*');
      return { keep, match: new RegExp(`^${source}(/|$)`) };
    });
    const ignored = (path: string) =>
      rules.reduce((result, rule) => (rule.match.test(path) ? !rule.keep : result), false);
    let bytes = 0;
    const walk = (dir: string) => {
      for (const name of readdirSync(join(root, dir))) {
        const path = dir ? `${dir}/${name}` : name;
        const stat = lstatSync(join(root, path));
        if (ignored(path)) {
          continue;
        }
        if (stat.isDirectory()) {
          walk(path);
        } else {
          bytes += stat.size;
        }
      }
    };
    walk('');
    // A clean clone after npm install and a build: without .dockerignore, ~560 MB.
    expect(existsSync(join(root, 'node_modules'))).toBe(true);
    expect(bytes).toBeLessThan(20 * 1024 * 1024);
    const dockerfile = readFileSync(join(root, 'docker/Dockerfile'), 'utf8');
    const copied = [...dockerfile.matchAll(/^COPY (?!--from)(.+) \S+$/gm)].flatMap((m) => m[1].split(' '));
    expect(copied).toEqual(expect.arrayContaining(['package.json', 'apps', 'libs', 'config', 'docker/entrypoint.sh']));
    for (const path of copied) {
      expect(existsSync(join(root, path))).toBe(true);
      expect(ignored(path)).toBe(false);
    }
  });

  it("runs the current LTS line in the image and admits it and this machine's Node in engines", () => {
    const line = readFileSync(join(root, '.nvmrc'), 'utf8').trim();
    const dockerfile = readFileSync(join(root, 'docker/Dockerfile'), 'utf8');
    const froms = [...dockerfile.matchAll(/^FROM node:(\d+)-/gm)].map((m) => m[1]);
    expect(froms).toEqual([line, line]);
    // Node 20 left support on 2026-04-30; 26 is the Active LTS line from 2026-10-28 to 2027-10-20.
    expect(Number(line)).toBeGreaterThanOrEqual(26);
    const engines = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { engines: { node: string } })
      .engines.node;
    expect(satisfies(`${line}.0.0`, engines)).toBe(true);
    expect(satisfies(process.versions.node, engines)).toBe(true);
  });

  it('puts the files the app reads at start in the image: the demo forums beside the build', () => {
    const dockerfile = readFileSync(join(root, 'docker/Dockerfile'), 'utf8');
    const finalStage = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));
    expect(finalStage).toContain(`COPY ${DEMO_DATA_DIR} ./${DEMO_DATA_DIR}`);
    expect(existsSync(join(root, DEMO_DATA_DIR, 'people.json'))).toBe(true);
  });

  it('refuses to start without DATABASE_URL', () => {
    execFileSync('sh', ['-n', join(root, 'docker/entrypoint.sh')]);
    const env = { ...process.env };
    delete env.DATABASE_URL;
    const result = spawnSync('sh', [join(root, 'docker/entrypoint.sh')], { env, encoding: 'utf8' });
    expect(result.status).toBe(64);
    expect(result.stderr).toContain('DATABASE_URL must be set');
  });
});

interface ComposeService {
  image?: string;
  command?: string[];
  entrypoint?: string[];
  environment?: string[];
  volumes?: string[];
  ports?: string[];
  expose?: string[];
  deploy?: { replicas?: string | number };
  stop_grace_period?: string;
  depends_on?: Record<string, { condition: string }>;
}

/** The cluster the compose file runs: instances behind HAProxy, a primary with a streaming replica. */
describe('docker/compose.yml: the cluster', () => {
  const compose = load(readFileSync(join(root, 'docker/compose.yml'), 'utf8')) as {
    services: Record<string, ComposeService>;
    volumes: Record<string, unknown>;
  };
  const { api, balancer, postgres } = compose.services;
  const envOf = (service: ComposeService) =>
    new Map((service.environment ?? []).map((entry) => entry.split(/=(.*)/s, 2) as [string, string]));
  /** `${NAME:-default}` → default; a plain value as it is. */
  const defaultOf = (value: string | number | undefined) =>
    /^\$\{\w+:-(.+)\}$/.exec(String(value))?.[1] ?? String(value);
  /** The host file a service mounts at `target`, relative to the repository. */
  const mounted = (service: ComposeService, target: string) => {
    const entry = service.volumes?.find((v) => v.split(':')[1] === target);
    return entry ? join('docker', entry.split(':')[0]) : undefined;
  };

  it('runs three API instances by default, none published: only the balancer takes requests', () => {
    expect(defaultOf(api.deploy?.replicas)).toBe('3');
    expect(api.ports).toBeUndefined();
    expect(api.expose).toEqual([envOf(api).get('PORT')]);
    expect(balancer.ports).toContain('3000:3000');
    expect(balancer.image).toMatch(/^haproxy:\d/);
  });

  it('balances with the configuration the cluster script generates, valid for haproxy -c', async () => {
    const file = mounted(balancer, '/usr/local/etc/haproxy/haproxy.cfg');
    expect(file).toBe('docker/haproxy.cfg');
    const { haproxyConfig, DOCKER_HAPROXY } = await import('../scripts/haproxy-config.mjs');
    const written = readFileSync(join(root, file!), 'utf8');
    expect(written.slice(written.indexOf('\n') + 1)).toBe(haproxyConfig(DOCKER_HAPROXY));
    // Every replica of the api service, found by Docker's DNS, checked on /health/ready, on the port it listens on.
    expect(written).toMatch(
      new RegExp(`^  server-template api \\d+ api:${envOf(api).get('PORT')} check resolvers docker`, 'm'),
    );
    expect(written).toContain('option httpchk GET /health/ready');
    const check = spawnSync('haproxy', ['-c', '-f', join(root, file!)], { encoding: 'utf8' });
    expect(check.error).toBeUndefined();
    expect(check.stdout + check.stderr).toContain('Configuration file is valid');
    expect(check.status).toBe(0);
  });

  it('drains an instance on SIGTERM for longer than the balancer takes to stop sending to it', () => {
    const drainMs = Number(envOf(api).get('SHUTDOWN_DRAIN_MS'));
    const written = readFileSync(join(root, 'docker/haproxy.cfg'), 'utf8');
    const [, inter, fall] = /default-server inter (\d+)s fall (\d+)/.exec(written)!.map(Number);
    expect(drainMs).toBeGreaterThan(inter * fall * 1000);
    expect(Number(/^(\d+)s$/.exec(api.stop_grace_period ?? '')?.[1]) * 1000).toBeGreaterThan(drainMs);
    expect(envOf(api).get('TRUST_PROXY')).toBe('true');
  });

  it('reads anonymous pages from a streaming replica of the primary', () => {
    const replicaUrl = new URL(
      envOf(api)
        .get('DATABASE_REPLICA_URL')!
        .replace(/\$\{[^}]+\}/g, 'x'),
    );
    const primaryUrl = new URL(
      envOf(api)
        .get('DATABASE_URL')!
        .replace(/\$\{[^}]+\}/g, 'x'),
    );
    expect(replicaUrl.pathname).toBe(primaryUrl.pathname);
    const replica = compose.services[replicaUrl.hostname];
    expect(replica?.image).toBe(postgres.image);
    expect(compose.services[primaryUrl.hostname]).toBe(postgres);
    // The primary streams its log; its first start makes the role the replica copies it with.
    expect(postgres.command?.join(' ')).toContain('wal_level=replica');
    const init = mounted(postgres, '/docker-entrypoint-initdb.d/10-replication.sh')!;
    expect(readFileSync(join(root, init), 'utf8')).toMatch(/CREATE ROLE replicator WITH REPLICATION LOGIN/);
    expect(readFileSync(join(root, init), 'utf8')).toContain('host replication replicator');
    // The replica copies the primary named in PRIMARY_HOST once, as a standby (-R), then streams.
    expect(envOf(replica).get('PRIMARY_HOST')).toBe(primaryUrl.hostname);
    const script = mounted(replica, replica.entrypoint![1])!;
    const text = readFileSync(join(root, script), 'utf8');
    expect(text).toMatch(/pg_basebackup -h "\$PRIMARY_HOST" -U replicator -D "\$PGDATA" -R -X stream/);
    expect(text).toContain('hot_standby=on');
    for (const file of [init, script]) {
      expect(spawnSync('sh', ['-n', join(root, file)]).status).toBe(0);
    }
    // Each server keeps its data in a volume of its own.
    expect(mounted(replica, '/var/lib/postgresql')).not.toBe(mounted(postgres, '/var/lib/postgresql'));
    expect(Object.keys(compose.volumes)).toEqual(expect.arrayContaining(['pgdata', 'pgreplica', 'data']));
  });
});
