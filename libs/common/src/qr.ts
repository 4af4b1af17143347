import QRCode from 'qrcode';
import { crc32, deflateSync } from 'node:zlib';

/** Quiet zone around the symbol, in modules. */
const QR_MARGIN = 1;
/** The image is at least this many pixels wide (whole pixels per module, so every module prints alike). */
const QR_PIXELS = 600;
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function pngChunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const chunk = Buffer.alloc(8 + body.length);
  chunk.writeUInt32BE(data.length, 0);
  body.copy(chunk, 4);
  chunk.writeUInt32BE(crc32(body), 4 + body.length);
  return chunk;
}

/**
 * The QR code of `code` (error correction M, a one-module quiet zone) as a 1-bit greyscale PNG at least 600 px wide.
 *
 * `QRCode.toBuffer` draws the same symbol, but through pngjs's per-pixel JavaScript (about 20 ms a badge, and
 * 50–100 times that inside jest's module sandbox) and as RGBA, which pdfkit must split into an image and an SMask.
 * Here the rows are filled with native buffer operations, and pdfkit embeds the compressed data as is.
 */
export function qrCodePng(code: string): Buffer {
  const { modules } = QRCode.create(code, { errorCorrectionLevel: 'M' });
  const count = modules.size + 2 * QR_MARGIN;
  const scale = Math.ceil(QR_PIXELS / count);
  const side = count * scale;
  const stride = 1 + Math.ceil(side / 8); // filter byte + 1 bit per pixel, 1 = white
  const raw = Buffer.alloc(stride * side);
  for (let row = 0; row < count; row++) {
    const line = Buffer.alloc(stride, 0xff);
    line[0] = 0; // filter type None
    const r = row - QR_MARGIN;
    for (let col = 0; col < count; col++) {
      const c = col - QR_MARGIN;
      if (r >= 0 && r < modules.size && c >= 0 && c < modules.size && modules.get(r, c)) {
        for (let x = col * scale; x < (col + 1) * scale; x++) {
          line[1 + (x >> 3)] &= ~(0x80 >> (x & 7));
        }
      }
    }
    for (let y = 0; y < scale; y++) {
      line.copy(raw, (row * scale + y) * stride);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(side, 0);
  header.writeUInt32BE(side, 4);
  header.set([1, 0, 0, 0, 0], 8); // bit depth 1, colour type 0 (grey), deflate, filter method 0, not interlaced
  return Buffer.concat([
    PNG_SIGNATURE,
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(raw, { level: 9 })),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}
