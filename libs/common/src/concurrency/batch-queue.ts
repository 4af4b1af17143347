export interface BatchQueueOptions<I> {
  /** How many batches may run at once. */
  concurrency: number;
  /** The most items in one batch. */
  maxSize: number;
  /**
   * Items sharing a key never run at once (in one batch or two): the later one waits until the
   * earlier one's batch has ended, so items of one key run in the order they came.
   */
  keys?: (item: I) => readonly (string | null | undefined)[];
  /** Called when the last batch has ended and nothing waits (the owner may drop the queue). */
  onIdle?: () => void;
}

interface Pending<I, O> {
  item: I;
  resolve: (value: O) => void;
  reject: (error: unknown) => void;
}

/**
 * Gathers concurrent calls into batches (group commit). A call starts a batch of its own at
 * once while fewer than `concurrency` run; otherwise it waits, and everything that waited goes
 * in the next batch when a running one ends. At low load each call is a batch of one and waits
 * for nothing; under load one round trip and one commit serve many calls.
 *
 * `run` answers each item in order and must be all or nothing (one statement, one
 * transaction): when a batch of several fails, each of its items is run again as a batch of
 * one, so that an item's own failure reaches only its caller.
 */
export class BatchQueue<I, O> {
  private readonly queue: Pending<I, O>[] = [];
  private running = 0;
  /** The keys of the items in running batches. */
  private readonly busy = new Set<string>();

  constructor(
    private readonly run: (items: I[]) => Promise<O[]>,
    private readonly options: BatchQueueOptions<I>,
  ) {}

  push(item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (this.running < this.options.concurrency) {
      const batch = this.take();
      if (batch.length === 0) {
        return;
      }
      void this.start(batch);
    }
  }

  private keysOf(item: I): string[] {
    return (this.options.keys?.(item) ?? []).filter((key): key is string => typeof key === 'string');
  }

  /**
   * The next batch: queued items in order, but none whose key is running or taken already.
   * A skipped item also blocks its keys, so no later item of a key overtakes an earlier one.
   */
  private take(): Pending<I, O>[] {
    const blocked = new Set(this.busy);
    const batch: Pending<I, O>[] = [];
    let i = 0;
    while (i < this.queue.length && batch.length < this.options.maxSize) {
      const keys = this.keysOf(this.queue[i].item);
      const free = !keys.some((key) => blocked.has(key));
      keys.forEach((key) => blocked.add(key));
      if (free) {
        batch.push(...this.queue.splice(i, 1));
      } else {
        i += 1;
      }
    }
    return batch;
  }

  private async start(batch: Pending<I, O>[]): Promise<void> {
    const keys = batch.flatMap((pending) => this.keysOf(pending.item));
    keys.forEach((key) => this.busy.add(key));
    this.running += 1;
    try {
      await this.settle(batch);
    } finally {
      keys.forEach((key) => this.busy.delete(key));
      this.running -= 1;
      this.pump();
      if (this.running === 0 && this.queue.length === 0) {
        this.options.onIdle?.();
      }
    }
  }

  private async settle(batch: Pending<I, O>[]): Promise<void> {
    let results: O[];
    try {
      results = await this.run(batch.map((p) => p.item));
      if (results.length !== batch.length) {
        throw new Error(`a batch of ${batch.length} got ${results.length} answers`);
      }
    } catch (error) {
      if (batch.length === 1) {
        batch[0].reject(error);
        return;
      }
      // Nothing of the batch was written: each item again alone, one after the other.
      for (const pending of batch) {
        await this.settle([pending]);
      }
      return;
    }
    batch.forEach((pending, i) => pending.resolve(results[i]));
  }
}
