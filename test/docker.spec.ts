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
