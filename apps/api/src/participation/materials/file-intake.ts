import { AppError } from '@app/common';
import type { MaterialFileType } from '@app/contracts';
import { createHash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Readable } from 'node:stream';
import { checkHead, declaredType, finalType, HEAD_BYTES, type HeadKind, TAIL_BYTES } from './file-types';
import type { PendingFile } from './file-store';

/** A file received whole and checked, still pending in the store. */
export interface ReceivedFile {
  size: number;
  sha256: string;
  fileType: MaterialFileType;
  originalName: string | null;
}

/**
 * Looks at the bytes on their way to the disk, without keeping them: counts them (refusing past the limit),
 * hashes them, checks the head as soon as it is there and keeps the last KB for the checks at the end.
 */
class Inspector extends Transform {
  size = 0;
  kind: HeadKind;
  private readonly hash = createHash('sha256');
  private head = Buffer.alloc(0);
  tail = Buffer.alloc(0);

  constructor(
    private readonly maxBytes: number,
    private readonly declared: MaterialFileType | undefined,
  ) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.size += chunk.length;
    if (this.size > this.maxBytes) {
      done(new AppError('FILE_TOO_LARGE', { max: Math.floor(this.maxBytes / 1024 / 1024) }));
      return;
    }
    try {
      if (this.kind === undefined && this.head.length < HEAD_BYTES) {
        this.head = Buffer.concat([this.head, chunk.subarray(0, HEAD_BYTES - this.head.length)]);
        if (this.head.length >= HEAD_BYTES) {
          this.kind = checkHead(this.head, this.declared);
        }
      }
    } catch (error) {
      done(error as Error);
      return;
    }
    this.hash.update(chunk);
    this.tail =
      chunk.length >= TAIL_BYTES
        ? Buffer.from(chunk.subarray(chunk.length - TAIL_BYTES))
        : Buffer.concat([this.tail, chunk]).subarray(-TAIL_BYTES);
    done(null, chunk);
  }

  override _flush(done: TransformCallback): void {
    try {
      // A file shorter than the head (or empty) is judged by what there is.
      this.kind ??= checkHead(this.head, this.declared);
      done();
    } catch (error) {
      done(error as Error);
    }
  }

  digest(): string {
    return this.hash.digest('hex');
  }
}

/**
 * Streams an uploaded file into a pending file of the store (never the whole file in memory), then checks it by
 * its content. Throws (and drops what was written) when it is too large, not an allowed type or not what it claims.
 */
export async function receiveFile(
  source: Readable,
  target: PendingFile,
  part: { mimeType?: string; fileName?: string },
  maxBytes: number,
): Promise<ReceivedFile> {
  const declared = declaredType(part.mimeType, part.fileName);
  const inspector = new Inspector(maxBytes, declared);
  try {
    await pipeline(source, inspector, target.stream);
    const fileType = await finalType(inspector.kind!, inspector.tail, target.path, inspector.size, declared);
    return {
      size: inspector.size,
      sha256: inspector.digest(),
      fileType,
      originalName: part.fileName?.normalize('NFC').slice(0, 255) || null,
    };
  } catch (error) {
    // The pipeline has destroyed the part's stream; what was written of it goes too.
    await target.discard();
    throw error;
  }
}
