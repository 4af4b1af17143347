// `npm start`'s command (`NAME=value ... exec node --flag ... entry.js`) taken apart, so the bench and
// the tests start the built app with the same environment settings and node flags as a deployment.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The command of package.json's start script: its environment settings, node flags and entry file. */
export function npmStartCommand(root) {
  const script = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts.start;
  const parts = script.split(' ').filter(Boolean);
  const env = {};
  while (/^[A-Z_][A-Z0-9_]*=/.test(parts[0] ?? '')) {
    const [name, value] = parts.shift().split(/=(.*)/s, 2);
    env[name] = value;
  }
  // `exec`: the shell npm runs the script in becomes node, so the signals npm forwards reach the app.
  if (parts.shift() !== 'exec' || parts.shift() !== 'node' || parts.length === 0) {
    throw new Error(`npm start should run "exec node [flags] <entry>", not "${script}"`);
  }
  return { env, nodeArgs: parts.slice(0, -1), entry: parts.at(-1) };
}
