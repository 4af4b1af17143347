import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface StartCommand {
  /** Environment settings the script puts before `node` (`NAME=value`). */
  env: Record<string, string>;
  nodeArgs: string[];
  /** The built entry file, relative to the repository. */
  entry: string;
}

/** `npm start`'s command taken apart, so a test starts the built app the way a deployment does. */
export function npmStartCommand(root = process.cwd()): StartCommand {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  const parts = pkg.scripts.start.split(' ').filter(Boolean);
  const env: Record<string, string> = {};
  while (/^[A-Z_][A-Z0-9_]*=/.test(parts[0] ?? '')) {
    const [name, value] = parts.shift()!.split(/=(.*)/s, 2);
    env[name] = value;
  }
  if (parts.shift() !== 'node' || parts.length === 0) {
    throw new Error(`npm start should run "node [flags] <entry>", not "${pkg.scripts.start}"`);
  }
  return { env, nodeArgs: parts.slice(0, -1), entry: parts[parts.length - 1] };
}
