// Builds the API and the web app when their output is missing or older than any of their
// sources, so `npm start` and `npm test` work on a fresh clone and stay quick when nothing changed.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = process.cwd();

function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) {
    return stat.mtimeMs;
  }
  let latest = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry !== 'node_modules') {
      latest = Math.max(latest, newest(join(path, entry)));
    }
  }
  return latest;
}

const targets = [
  {
    name: 'the API (nest build api)',
    output: 'dist/apps/api/apps/api/src/main.js',
    sources: ['apps/api', 'libs', 'config', 'tsconfig.json', 'nest-cli.json', 'package.json'],
    command: 'npx nest build api',
  },
  {
    name: 'the web app (vite build)',
    output: 'dist/web/index.html',
    sources: ['apps/web', 'libs/contracts', 'package.json'],
    command: 'npx vite build --config apps/web/vite.config.mjs --logLevel warn',
  },
];

for (const target of targets) {
  const output = join(root, target.output);
  const built = existsSync(output) ? statSync(output).mtimeMs : 0;
  const sources = target.sources.filter((source) => existsSync(join(root, source)));
  const changed = Math.max(...sources.map((source) => newest(join(root, source))));
  if (changed > built) {
    console.log(`Building ${target.name}...`);
    execSync(target.command, { stdio: 'inherit' });
  }
}
