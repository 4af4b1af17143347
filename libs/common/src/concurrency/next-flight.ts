/**
 * Shares one computation between concurrent callers of the same key, without ever answering
 * with one that started before the caller asked: a caller arriving while a computation runs
 * waits for the next one, which starts when the running one ends and serves everyone who
 * arrived meanwhile. So a report polled by many screens costs one query at a time, and a
 * reader still sees every write that committed before it asked.
 */
export class NextFlight<T> {
  private readonly running = new Map<string, Promise<T>>();
  private readonly waiting = new Map<string, Promise<T>>();

  run(key: string, compute: () => Promise<T>): Promise<T> {
    const waiting = this.waiting.get(key);
    if (waiting) {
      return waiting;
    }
    const running = this.running.get(key);
    if (!running) {
      return this.start(key, compute);
    }
    const next = running
      .catch(() => undefined)
      .then(() => {
        this.waiting.delete(key);
        return this.start(key, compute);
      });
    this.waiting.set(key, next);
    return next;
  }

  private start(key: string, compute: () => Promise<T>): Promise<T> {
    const flight = compute().finally(() => {
      if (this.running.get(key) === flight) {
        this.running.delete(key);
      }
    });
    this.running.set(key, flight);
    return flight;
  }
}
