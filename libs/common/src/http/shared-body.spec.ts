import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { compressedBody, preferredEncoding, sharedBody } from './shared-body';

describe('sharedBody', () => {
  const json = () =>
    Buffer.from(
      JSON.stringify({ sessions: Array.from({ length: 200 }, (_, i) => ({ i, title: 'Пленарлық отырыс' })) }),
    );

  it('compresses a kept body once per encoding, and into what it holds', () => {
    const body = sharedBody(json());
    const br = compressedBody(body, 'br');
    const gzip = compressedBody(body, 'gzip');
    expect(br).toBeDefined();
    expect(brotliDecompressSync(br!).equals(body)).toBe(true);
    expect(gunzipSync(gzip!).equals(body)).toBe(true);
    expect(br!.length).toBeLessThan(body.length / 4);
    // The same bytes for the next answer: nothing is compressed again.
    expect(compressedBody(body, 'br')).toBe(br);
    expect(compressedBody(body, 'gzip')).toBe(gzip);
  });

  it('leaves bodies that are not kept to the compression plugin', () => {
    expect(compressedBody(json(), 'br')).toBeUndefined();
  });

  it('picks the encoding the client weighs highest, brotli on a tie', () => {
    expect(preferredEncoding(undefined)).toBeUndefined();
    expect(preferredEncoding('')).toBeUndefined();
    expect(preferredEncoding('identity')).toBeUndefined();
    expect(preferredEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(preferredEncoding('gzip')).toBe('gzip');
    expect(preferredEncoding('br;q=0, gzip')).toBe('gzip');
    expect(preferredEncoding('gzip;q=1.0, br;q=0.5')).toBe('gzip');
    expect(preferredEncoding('BR ; q=0.8, GZIP;q=0.8')).toBe('br');
    expect(preferredEncoding('*')).toBe('br');
    expect(preferredEncoding('*;q=0.3, br;q=0')).toBe('gzip');
    expect(preferredEncoding('gzip;q=0, br;q=0')).toBeUndefined();
    expect(preferredEncoding('gzip;q=abc')).toBeUndefined();
  });
});
