import type { FastifyReply } from 'fastify';
import type { Readable } from 'node:stream';

/**
 * `Content-Disposition` naming a file by a title: an ASCII `filename` for old clients (letters outside ASCII
 * become `_`) and `filename*` in UTF-8 (RFC 5987 / 6266) that every current browser uses.
 */
export function contentDisposition(kind: 'inline' | 'attachment', title: string, extension: string): string {
  const base =
    title
      .normalize('NFC')
      .replace(/[\p{Cc}/\\:*?"<>|]+/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 150) || 'material';
  const name = `${base}.${extension}`;
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\%]/g, '_');
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** The media type of an XLSX workbook, which several exports answer with. */
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A whole file a handler answers with: its type, its name and how the browser should take it. */
export interface FileAnswer {
  type: string;
  /** `awards.pdf`: the name and its extension. */
  name: string;
  body: Buffer | string | Readable;
  /** Shown in the browser (default) or saved. */
  disposition?: 'inline' | 'attachment';
  /** Sent when given; none leaves the reply's own. */
  cacheControl?: string;
  etag?: string;
}

/** Sends a file with its Content-Type and Content-Disposition (and Cache-Control and ETag when given). */
export async function sendFile(reply: FastifyReply, file: FileAnswer): Promise<void> {
  const dot = file.name.lastIndexOf('.');
  const [title, extension] = dot > 0 ? [file.name.slice(0, dot), file.name.slice(dot + 1)] : [file.name, 'bin'];
  void reply
    .type(file.type)
    .header('content-disposition', contentDisposition(file.disposition ?? 'inline', title, extension));
  if (file.cacheControl) {
    void reply.header('cache-control', file.cacheControl);
  }
  if (file.etag) {
    void reply.header('etag', file.etag);
  }
  await reply.send(file.body);
}
