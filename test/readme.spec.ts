import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = process.cwd();
const readme = readFileSync(join(root, 'README.md'), 'utf8');

/** The README is read word for word by newcomers: what it names must be there. */
describe('README', () => {
  it('names only files and folders that exist in the repository, none outside it', () => {
    const named = [
      ...readme.matchAll(/`((?:\.\.\/|\.ci\/|apps\/|libs\/|config\/|test\/|docker\/|scripts\/|bench\/)[^`\s*<>:]*)`/g),
    ]
      .map((m) => m[1].replace(/[.,;]$/, ''))
      .filter((path) => !path.includes('{') && !path.includes('...'));
    expect(named.length).toBeGreaterThan(10);
    expect(named.filter((path) => path.startsWith('../'))).toEqual([]);
    // What the app or the tests write (test/artifacts, var/) is git-ignored, not committed.
    const made = (path: string) => spawnSync('git', ['check-ignore', '-q', path], { cwd: root }).status === 0;
    expect(named.filter((path) => !existsSync(join(root, path)) && !made(path))).toEqual([]);
  });

  it('runs the npm scripts it tells people to run', () => {
    const scripts = Object.keys(
      (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts,
    );
    const told = [...readme.matchAll(/npm run ([a-z:-]+)/g)].map((m) => m[1]);
    expect(told.length).toBeGreaterThan(0);
    expect(told.filter((name) => !scripts.includes(name))).toEqual([]);
  });
});
