// Builds the API when dist/ is missing or older than any source file, so `npm start`
// and `npm test` work on a fresh clone and stay quick when nothing changed.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = process.cwd();
const output = join(root, 'dist/apps/api/apps/api/src/main.js');
const sources = ['apps', 'libs', 'config', 'tsconfig.json', 'nest-cli.json', 'package.json'];

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

const built = existsSync(output) ? statSync(output).mtimeMs : 0;
const changed = Math.max(...sources.filter((s) => existsSync(join(root, s))).map((s) => newest(join(root, s))));
if (changed > built) {
  console.log('Building the API (nest build api)...');
  execSync('npx nest build api', { stdio: 'inherit' });
}
