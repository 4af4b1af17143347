import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import pg from 'pg';
import { DataSource } from 'typeorm';

/** What a subscriber of a channel is told: each notice's payload, and when notices may have been missed. */
export interface NoticeHandlers {
  notice(payload: string): void;
  /** The connection failed: notices may be missed until it is back, so drop what was kept on their word. */
  lost(): void;
}

/** Seconds between attempts to listen again after the connection failed. */
const RELISTEN_MS = 1_000;

/**
 * The database's change notices (LISTEN/NOTIFY) on one connection of this instance's own. The
 * in-memory caches of other instances' writes (resolved tokens, an event's organizers and quorum
 * rules, the region tree) keep entries only while `listening(channel)` says their channel is
 * heard: the triggers announce each change at its commit, whichever instance made it.
 *
 * The connection opens with the first subscription, so an app that never caches opens none; it
 * is opened again after a failure, and every subscriber is told of the gap first.
 */
@Injectable()
export class DatabaseNotices implements OnModuleDestroy {
  private readonly logger = new Logger(DatabaseNotices.name);
  private readonly subscribers = new Map<string, NoticeHandlers[]>();
  /** Channels the current connection listens on. */
  private readonly heard = new Set<string>();
  private client?: pg.Client;
  private opening?: Promise<void>;
  private retry?: NodeJS.Timeout;
  private closed = false;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Whether a notice on `channel` would reach this instance now. */
  listening(channel: string): boolean {
    return this.heard.has(channel);
  }

  /** Calls `handlers` for each notice on `channel` from now on; listening starts soon after (see `listening`). */
  subscribe(channel: string, handlers: NoticeHandlers): void {
    if (this.closed) {
      return;
    }
    const list = this.subscribers.get(channel);
    if (list) {
      list.push(handlers);
      return;
    }
    this.subscribers.set(channel, [handlers]);
    if (this.client) {
      void this.listen(this.client, channel);
    } else {
      this.open();
    }
  }

  async onModuleDestroy(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retry);
    await this.opening;
    this.heard.clear();
    await this.client?.end().catch(() => undefined);
  }

  private open(): void {
    if (this.opening || this.retry || this.closed) {
      return;
    }
    this.opening = this.connect().finally(() => (this.opening = undefined));
  }

  private async connect(): Promise<void> {
    const options = this.dataSource.options as { url?: string };
    const client = new pg.Client({ connectionString: options.url, application_name: 'akim-forum-notices' });
    let failed = false;
    const lost = (): void => {
      if (failed) {
        return;
      }
      failed = true;
      if (this.client === client) {
        this.client = undefined;
        this.heard.clear();
        for (const list of this.subscribers.values()) {
          list.forEach((handlers) => handlers.lost());
        }
      }
      void client.end().catch(() => undefined);
      this.scheduleOpen();
    };
    client.on('notification', (message) => {
      for (const handlers of this.subscribers.get(message.channel) ?? []) {
        handlers.notice(message.payload ?? '');
      }
    });
    client.on('error', lost);
    client.on('end', lost);
    try {
      await client.connect();
      // A listener alone must not keep the process alive (the pool's connections decide that).
      (client as unknown as { connection: { stream: { unref(): void } } }).connection.stream.unref();
      if (this.closed) {
        failed = true;
        await client.end();
        return;
      }
      this.client = client;
      for (const channel of this.subscribers.keys()) {
        await this.listen(client, channel);
      }
    } catch (error) {
      this.logger.warn(`not listening to the database's change notices: ${(error as Error).message}`);
      lost();
    }
  }

  private async listen(client: pg.Client, channel: string): Promise<void> {
    try {
      await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
      if (this.client === client) {
        this.heard.add(channel);
      }
    } catch {
      // The connection's own error handler tells the subscribers and listens again.
    }
  }

  private scheduleOpen(): void {
    if (!this.closed && !this.retry) {
      this.retry = setTimeout(() => {
        this.retry = undefined;
        this.open();
      }, RELISTEN_MS);
      this.retry.unref();
    }
  }
}
