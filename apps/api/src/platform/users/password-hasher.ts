import { Injectable } from '@nestjs/common';
import argon2 from 'argon2';

/**
 * argon2id with 19 MiB, 2 passes, 1 lane: OWASP's baseline setting (its cheat sheet rates it as
 * strong as 46 MiB with 1 pass). The library's defaults (64 MiB, 3 passes, 4 lanes: RFC 9106's
 * second choice) made every sign-in take 64 MiB outside the heap, and four at once 256 MiB.
 * A hash keeps the settings it was made with, so older hashes still verify; a successful sign-in
 * replaces them (see `needsRehash`).
 */
const HASH_OPTIONS = { type: argon2.argon2id, memoryCost: 19 * 1024, timeCost: 2, parallelism: 1 } as const;

/**
 * Hashes computed at once; the others wait their turn. Each takes its memory and a thread of
 * libuv's pool (4, shared with file and zlib work), so a burst of sign-ins must not take them all.
 */
const CONCURRENT_HASHES = 2;

/** The stored hash of an account with no password yet (signed up, or made by an admin): no password matches it. */
export const UNUSABLE_PASSWORD = '!';

@Injectable()
export class PasswordHasher {
  private dummyHash?: Promise<string>;
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  hash(password: string): Promise<string> {
    return this.limited(() => argon2.hash(password, HASH_OPTIONS));
  }

  async verify(hash: string, password: string): Promise<boolean> {
    try {
      return await this.limited(() => argon2.verify(hash, password));
    } catch {
      return false;
    }
  }

  /** The hash was made with other settings than today's: worth replacing once the password is known. */
  needsRehash(hash: string): boolean {
    try {
      return argon2.needsRehash(hash, HASH_OPTIONS);
    } catch {
      return false;
    }
  }

  /** Spends the same time as a real check, so unknown e-mails can't be told apart by timing. */
  async verifyNothing(password: string): Promise<false> {
    this.dummyHash ??= this.hash('not-a-real-password');
    await this.verify(await this.dummyHash, password);
    return false;
  }

  private async limited<T>(work: () => Promise<T>): Promise<T> {
    if (this.running < CONCURRENT_HASHES) {
      this.running++;
    } else {
      // The finishing task hands its place over: `running` stays as it is.
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
    try {
      return await work();
    } finally {
      const next = this.waiting.shift();
      if (next) {
        next();
      } else {
        this.running--;
      }
    }
  }
}
