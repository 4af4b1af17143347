import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipFiles } from './zip';

describe('zipFiles', () => {
  it('writes an archive that unzip reads back byte for byte, deflating what shrinks and storing what does not', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zip-'));
    try {
      const text = Buffer.from('Алғыс хат '.repeat(500), 'utf8');
      const noise = Buffer.from(Array.from({ length: 2000 }, (_, i) => (i * 7919) % 251));
      const zip = zipFiles([
        { name: 'letter.txt', content: text },
        { name: 'noise.bin', content: noise },
        { name: 'empty.pdf', content: Buffer.alloc(0) },
      ]);
      // The text is deflated (method 8), the noise that does not shrink is stored (method 0).
      expect(zip.readUInt16LE(8)).toBe(8);
      expect(zip.length).toBeLessThan(text.length + noise.length);
      const file = join(dir, 'a.zip');
      writeFileSync(file, zip);
      expect(execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' }).trim().split('\n')).toEqual([
        'letter.txt',
        'noise.bin',
        'empty.pdf',
      ]);
      execFileSync('unzip', ['-q', file, '-d', join(dir, 'out')]);
      expect(readFileSync(join(dir, 'out', 'letter.txt')).equals(text)).toBe(true);
      expect(readFileSync(join(dir, 'out', 'noise.bin')).equals(noise)).toBe(true);
      // Equal files, equal bytes: no clock in the entries.
      expect(
        zipFiles([{ name: 'letter.txt', content: text }]).equals(zipFiles([{ name: 'letter.txt', content: text }])),
      ).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
