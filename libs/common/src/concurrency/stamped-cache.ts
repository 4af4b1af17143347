/**
 * Renderings kept by key while the stamp they were made for is current: a reader whose stamp matches shares the
 * kept promise (concurrent readers of a stale entry wait for one rendering), another stamp starts a new one. The
 * newest `maxEntries` keys are kept; a rendering that fails is dropped for the next reader to retry.
 */
export class StampedCache<V> {
  private readonly entries = new Map<string, { stamp: string; value: Promise<V> }>();

  constructor(private readonly maxEntries: number) {}

  get(key: string, stamp: string, render: () => Promise<V>): Promise<V> {
    const kept = this.entries.get(key);
    if (kept?.stamp === stamp) {
      return kept.value;
    }
    const entry = { stamp, value: render() };
    // A Map iterates in insertion order: deleting first moves the key to the newest end.
    this.entries.delete(key);
    this.entries.set(key, entry);
    if (this.entries.size > this.maxEntries) {
      this.entries.delete(this.entries.keys().next().value!);
    }
    entry.value.catch(() => {
      if (this.entries.get(key) === entry) {
        this.entries.delete(key);
      }
    });
    return entry.value;
  }
}
