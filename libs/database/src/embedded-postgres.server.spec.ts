import { folderClosedTo } from './embedded-postgres.server';

describe('the embedded server data folder, as root', () => {
  const postgres = { uid: 105, gid: 110 };
  const tree: Record<string, { mode: number; uid: number; gid: number }> = {
    '/': { mode: 0o755, uid: 0, gid: 0 },
    '/tmp': { mode: 0o1777, uid: 0, gid: 0 },
    '/tmp/tmp.private': { mode: 0o700, uid: 0, gid: 0 },
    '/tmp/tmp.shared': { mode: 0o750, uid: 0, gid: 110 },
    '/srv': { mode: 0o700, uid: 105, gid: 110 },
  };
  const stat = (path: string) => {
    const found = tree[path];
    if (!found) {
      throw new Error(`ENOENT: ${path}`);
    }
    return found;
  };

  it('names the first folder on the way that the postgres user cannot enter (mktemp -d makes one)', () => {
    expect(folderClosedTo('/tmp/tmp.private/data', postgres, stat)).toBe('/tmp/tmp.private');
    expect(folderClosedTo('/tmp/tmp.private/a/b/data', postgres, stat)).toBe('/tmp/tmp.private');
    // Before the user exists (embedded-postgres creates it) only the others' bits let it in.
    expect(folderClosedTo('/tmp/tmp.shared/data', undefined, stat)).toBe('/tmp/tmp.shared');
  });

  it('lets a folder through that is open to others, to the group or owned by the user', () => {
    expect(folderClosedTo('/tmp/data', postgres, stat)).toBeUndefined();
    expect(folderClosedTo('/tmp/tmp.shared/data', postgres, stat)).toBeUndefined();
    expect(folderClosedTo('/srv/data', postgres, stat)).toBeUndefined();
    expect(folderClosedTo('/var/lib/akim/data', postgres, stat)).toBeUndefined(); // made by the app
  });
});
