import { formatBytes } from '@app/contracts';
import { parseRange } from './file-serving';
import { checkHead, declaredType, headKind } from './file-types';

describe('parseRange', () => {
  it('reads the three forms of a byte range, clamped to the file', () => {
    expect(parseRange('bytes=0-99', 1000)).toEqual({ start: 0, end: 99 });
    expect(parseRange('bytes=900-', 1000)).toEqual({ start: 900, end: 999 });
    expect(parseRange('bytes=-100', 1000)).toEqual({ start: 900, end: 999 });
    expect(parseRange('bytes=-5000', 1000)).toEqual({ start: 0, end: 999 });
    expect(parseRange('bytes=990-5000', 1000)).toEqual({ start: 990, end: 999 });
  });

  it('answers the whole file for what it does not take, 416 for a range past the end', () => {
    expect(parseRange(undefined, 1000)).toBeUndefined();
    expect(parseRange('bytes=0-1,5-9', 1000)).toBeUndefined();
    expect(parseRange('items=0-1', 1000)).toBeUndefined();
    expect(parseRange('bytes=50-10', 1000)).toBeUndefined();
    expect(parseRange('bytes=1000-', 1000)).toBe('unsatisfiable');
    expect(parseRange('bytes=-0', 1000)).toBe('unsatisfiable');
  });
});

describe('file types by content', () => {
  const pdf = Buffer.from('%PDF-1.7\n');
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

  it('tells the kinds apart by their first bytes', () => {
    expect(headKind(pdf)).toBe('pdf');
    expect(headKind(png)).toBe('png');
    expect(headKind(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0, 0, 0]))).toBe('jpeg');
    expect(headKind(Buffer.from('PK\x03\x04abcd', 'latin1'))).toBe('zip');
    expect(headKind(Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'))).toBeUndefined();
  });

  it('takes the claim from the Content-Type, else from the extension; a generic one claims nothing', () => {
    expect(declaredType('application/pdf', 'x.bin')).toBe('pdf');
    expect(declaredType('application/octet-stream', 'Баяндама.PPTX')).toBe('pptx');
    expect(declaredType('image/jpg', undefined)).toBe('jpeg');
    expect(declaredType('application/octet-stream', 'file')).toBeUndefined();
  });

  it('refuses a claimed PDF that is not one and a kind it does not take', () => {
    expect(() => checkHead(png, 'pdf')).toThrow(expect.objectContaining({ code: 'FILE_CONTENT_MISMATCH' }));
    expect(() => checkHead(Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), undefined)).toThrow(
      expect.objectContaining({ code: 'FILE_TYPE_NOT_ALLOWED' }),
    );
    expect(checkHead(Buffer.from('PK\x03\x04abcd', 'latin1'), 'xlsx')).toBe('zip');
    expect(checkHead(pdf, undefined)).toBe('pdf');
  });
});

describe('formatBytes', () => {
  it('says what a download costs in the reader’s language', () => {
    expect(formatBytes(980, 'kk')).toBe('980 Б');
    expect(formatBytes(12 * 1024, 'ru')).toBe('12 КБ');
    expect(formatBytes(2.4 * 1024 * 1024, 'ru')).toBe('2,4 МБ');
    expect(formatBytes(2.4 * 1024 * 1024, 'en')).toBe('2.4 MB');
    expect(formatBytes(200 * 1024 * 1024, 'kk')).toBe('200 МБ');
  });
});
