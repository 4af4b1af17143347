import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { knownEnvNames } from '@app/config';
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

  it('refuses to start without DATABASE_URL', () => {
    execFileSync('sh', ['-n', join(root, 'docker/entrypoint.sh')]);
    const env = { ...process.env };
    delete env.DATABASE_URL;
    const result = spawnSync('sh', [join(root, 'docker/entrypoint.sh')], { env, encoding: 'utf8' });
    expect(result.status).toBe(64);
    expect(result.stderr).toContain('DATABASE_URL must be set');
  });
});
