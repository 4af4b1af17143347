import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Readable, Writable } from 'node:stream';

/** A file being received: written to `path` through `stream`, then committed under a key or discarded. */
export interface PendingFile {
  /** A local file the upload is written to, which the checks read once it is complete. */
  readonly path: string;
  readonly stream: Writable;
  /** Makes the file readable under `key`, whole or not at all. */
  commit(key: string): Promise<void>;
  /** Drops what was received (an upload refused or broken off). */
  discard(): Promise<void>;
}

/**
 * Where the bytes of materials live. The disk adapter below is the one there is; an S3-compatible store
 * (`S3_URL`) would be another adapter of this port: `create` writing a local temporary file as here, `commit`
 * uploading it (a multipart PutObject) and removing it, `read` a ranged GetObject, `remove` DeleteObjects.
 */
export interface FileStore {
  create(): Promise<PendingFile>;
  /** The bytes of a committed file, or of its range `start`..`end` (inclusive). */
  read(key: string, range?: { start: number; end: number }): Readable;
  /** Removes committed files; those already gone are no error. */
  remove(keys: string[]): Promise<void>;
}

export const FILE_STORE = Symbol('FILE_STORE');

/**
 * Files under one folder (DATA_DIR/files): an upload goes to `.incoming/` and is renamed into place when
 * complete, which on one file system is atomic: a reader sees the whole file or none, never a part.
 */
export class DiskFileStore implements FileStore {
  private readonly incoming: string;

  constructor(private readonly root: string) {
    this.incoming = join(root, '.incoming');
  }

  async create(): Promise<PendingFile> {
    await mkdir(this.incoming, { recursive: true });
    const path = join(this.incoming, randomUUID());
    const stream = createWriteStream(path, { flags: 'wx' });
    return {
      path,
      stream,
      commit: async (key) => {
        const target = this.pathOf(key);
        await mkdir(dirname(target), { recursive: true });
        await rename(path, target);
      },
      discard: async () => {
        // Once the stream is closed: a stream still opening its file would create it after the rm.
        if (!stream.closed) {
          await new Promise<void>((resolve) => {
            stream.once('close', () => resolve());
            stream.destroy();
          });
        }
        await rm(path, { force: true });
      },
    };
  }

  read(key: string, range?: { start: number; end: number }): Readable {
    return createReadStream(this.pathOf(key), range);
  }

  async remove(keys: string[]): Promise<void> {
    await Promise.all(keys.map((key) => rm(this.pathOf(key), { force: true })));
  }

  /** Whether a committed file is there (for tests and checks). */
  async has(key: string): Promise<boolean> {
    return stat(this.pathOf(key)).then(
      () => true,
      () => false,
    );
  }

  private pathOf(key: string): string {
    if (!/^[0-9a-f]{2}\/[0-9a-f-]{36}$/.test(key)) {
      throw new Error(`not a file key: ${key}`);
    }
    return join(this.root, key);
  }
}
