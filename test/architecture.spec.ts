import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const repo = process.cwd();
const depcruise = join(repo, 'node_modules', '.bin', 'depcruise');

/** Runs dependency-cruiser with the project's rules in `cwd`; returns its exit status and report. */
function cruise(cwd: string, paths: string[]): { status: number; output: string } {
  try {
    const output = execFileSync(depcruise, [...paths, '--config', '.dependency-cruiser.cjs', '--output-type', 'err'], {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return { status: 0, output };
  } catch (error) {
    const failed = error as { status: number; stdout: string; stderr: string };
    return { status: failed.status, output: `${failed.stdout}${failed.stderr}` };
  }
}

/** A throw-away tree laid out like the API, with the project's rules, holding the given files. */
function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'akim-layers-'));
  copyFileSync(join(repo, '.dependency-cruiser.cjs'), join(dir, '.dependency-cruiser.cjs'));
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'esnext', strict: true } }));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('the layers (dependency-cruiser)', () => {
  const made: string[] = [];
  afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('the code as it stands breaks no rule', () => {
    const result = cruise(repo, ['apps', 'libs', 'config', 'test']);
    expect(result.output).toContain('no dependency violations found');
    expect(result.status).toBe(0);
  });

  it('a lower layer importing a higher one fails', () => {
    const dir = tree({
      'apps/api/src/forum/events/events.service.ts': 'export const events = 1;\n',
      'apps/api/src/platform/audit/audit.service.ts':
        "import { events } from '../../forum/events/events.service';\nexport const audit = events;\n",
    });
    made.push(dir);
    const result = cruise(dir, ['apps']);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('layer-platform');
  });

  it("importing another module's repository fails; its model does not", () => {
    const dir = tree({
      'apps/api/src/forum/events/events.repository.ts': 'export const rows = 1;\n',
      'apps/api/src/forum/events/events.model.ts': 'export const shape = 1;\n',
      'apps/api/src/forum/sessions/sessions.service.ts':
        "import { rows } from '../events/events.repository';\nimport { shape } from '../events/events.model';\nexport const s = rows + shape;\n",
    });
    made.push(dir);
    const result = cruise(dir, ['apps']);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('no-foreign-repository-or-entity: apps/api/src/forum/sessions/sessions.service.ts');
    expect(result.output).not.toContain('events.model.ts');
  });

  it('two modules importing each other fail', () => {
    const dir = tree({
      'apps/api/src/platform/users/users.service.ts':
        "import { auth } from '../auth/auth.service';\nexport const users = () => auth;\n",
      'apps/api/src/platform/auth/auth.service.ts':
        "import { users } from '../users/users.service';\nexport const auth = () => users;\n",
    });
    made.push(dir);
    const result = cruise(dir, ['apps']);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('no-circular');
  });
});
