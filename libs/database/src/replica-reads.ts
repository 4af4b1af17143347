import { Logger, type OnModuleDestroy } from '@nestjs/common';
import { AsyncLocalStorage } from 'node:async_hooks';
import { DataSource } from 'typeorm';
import { databaseOptions } from './database.options';

export interface ReplicaOptions {
  /** A streaming replica of the primary; unset: every read goes to the primary. */
  url?: string;
  /** How far behind the primary (in time) the replica may be before its reads go to the primary. */
  maxLagMs: number;
  poolSize: number;
}

/** How often the replica's replay position is compared with the primary's. */
const CHECK_MS = 1_000;
/** A comparison older than this says nothing: the replica is not used until the next one. */
const CHECK_STALE_MS = 3 * CHECK_MS;

/** A WAL position `X/Y` as one number, to compare two of them. */
function lsn(text: string): bigint {
  const [high, low] = text.split('/');
  return (BigInt(`0x${high}`) << 32n) + BigInt(`0x${low}`);
}

interface ReadContext {
  /** Set once the request's first read chose the primary: later reads of it stay there. */
  primary: boolean;
}

/**
 * Where a read goes. Inside `lagTolerant` (public pages and agendas read by anonymous visitors) a
 * read goes to the replica while it is close enough behind the primary; everything else (whatever
 * decides: registration, check-in, adoption, numbering, and every read of a signed-in user, who may
 * just have written) goes to the primary, so nobody misses their own change.
 *
 * Close enough: the replica has replayed what the primary had written `maxLagMs` ago (compared
 * every second). A replica that is down, too far behind or not yet compared serves nothing, and a
 * read it fails is run again on the primary. Within one request, once a
 * read went to the primary the rest follow it: a cached render is never older than the version it
 * is kept under.
 */
export class ReplicaReads implements OnModuleDestroy {
  private readonly logger = new Logger(ReplicaReads.name);
  private readonly context = new AsyncLocalStorage<ReadContext>();
  private replica?: DataSource;
  private connecting?: Promise<void>;
  /** Primary positions by time, newest last, kept for `maxLagMs`. */
  private readonly positions: { at: number; lsn: bigint }[] = [];
  private usableUntil = 0;
  private timer?: NodeJS.Timeout;
  private closed = false;

  constructor(
    private readonly primary: DataSource,
    private readonly options: ReplicaOptions,
  ) {}

  /** Whether a replica is configured at all. */
  get configured(): boolean {
    return Boolean(this.options.url);
  }

  /** Runs `work` with its reads allowed on the replica (see the class). */
  lagTolerant<T>(work: () => Promise<T>): Promise<T> {
    if (!this.configured) {
      return work();
    }
    this.startChecking();
    return this.context.run({ primary: false }, work);
  }

  /** Runs one read on the database it belongs to: `read` receives the DataSource to use. */
  async read<T>(read: (source: DataSource) => Promise<T>): Promise<T> {
    const context = this.context.getStore();
    const replica = this.replica;
    if (!context || context.primary || !replica || Date.now() > this.usableUntil) {
      if (context) {
        context.primary = true;
      }
      return read(this.primary);
    }
    try {
      return await read(replica);
    } catch {
      // Gone, restarting, or a statement the replica cancelled (a conflict with replay): the primary
      // answers instead, and the next comparison decides whether the replica serves again. A statement
      // that is simply wrong fails there too, as it would have without a replica.
      this.usableUntil = 0;
      context.primary = true;
      return read(this.primary);
    }
  }

  async onModuleDestroy(): Promise<void> {
    this.closed = true;
    clearTimeout(this.timer);
    await this.connecting;
    await this.replica?.destroy().catch(() => undefined);
  }

  private startChecking(): void {
    if (!this.timer && !this.closed) {
      this.timer = setTimeout(() => void this.check(), 0);
      this.timer.unref();
    }
  }

  /** Compares the replica's replay position with the primary's, then again in CHECK_MS. */
  private async check(): Promise<void> {
    try {
      const replica = await this.connect();
      const [primaryRows, replicaRows] = await Promise.all([
        this.primary.query(`SELECT pg_current_wal_lsn()::text AS lsn`),
        replica.query(`SELECT pg_last_wal_replay_lsn()::text AS lsn`),
      ]);
      const now = Date.now();
      this.positions.push({ at: now, lsn: lsn(primaryRows[0].lsn) });
      // What the replica must have replayed: the primary's position maxLagMs ago (the newest
      // sample at least that old), or the oldest one taken while there is none so old yet.
      while (this.positions.length > 1 && this.positions[1].at <= now - this.options.maxLagMs) {
        this.positions.shift();
      }
      const due = this.positions[0].lsn;
      const replayed: string | null = replicaRows[0].lsn;
      const close = replayed !== null && lsn(replayed) >= due;
      this.usableUntil = close ? now + CHECK_STALE_MS : 0;
    } catch (error) {
      if (this.usableUntil > 0) {
        this.logger.warn(`replica not used: ${(error as Error).message}`);
      }
      this.usableUntil = 0;
    } finally {
      if (!this.closed) {
        this.timer = setTimeout(() => void this.check(), CHECK_MS);
        this.timer.unref();
      }
    }
  }

  private async connect(): Promise<DataSource> {
    if (this.replica) {
      return this.replica;
    }
    this.connecting ??= (async () => {
      const source = new DataSource({
        ...databaseOptions(this.options.url!, this.options.poolSize),
        entities: [],
        migrations: [],
        extra: { application_name: 'akim-forum-replica' },
      });
      try {
        await source.initialize();
        if (this.closed) {
          await source.destroy();
        } else {
          this.replica = source;
        }
      } finally {
        this.connecting = undefined;
      }
    })();
    await this.connecting;
    if (!this.replica) {
      throw new Error('closed');
    }
    return this.replica;
  }
}
