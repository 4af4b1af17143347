/** What a load found: the value, kept until `until` (ms since the epoch; 0 answers without keeping). */
export interface Loaded<V> {
  value: V;
  until: number;
}

/**
 * A map in memory whose entries lapse at their own time, and which drops its oldest entry when
 * full: the caches of resolved tokens, check-in events and the region tree.
 */
export class ExpiringMap<K, V> {
  private readonly entries = new Map<K, { value: V; until: number }>();
  /** Loads under way by key: concurrent misses share one (50 scanners at the door, one query). */
  private readonly loading = new Map<K, Promise<V | undefined>>();

  constructor(private readonly maxEntries: number) {}

  get(key: K): V | undefined {
    const entry = this.entries.get(key);
    if (entry && entry.until <= Date.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry?.value;
  }

  /**
   * The value kept for `key`, or the one `load` finds (undefined: none, and nothing kept).
   * Callers that miss while a load of the key runs wait for that one. A load that an
   * invalidation (delete, deleteWhere, clear) overtook still answers its callers but is not
   * kept, and later callers start a new one.
   */
  async getOrLoad(key: K, load: () => Promise<Loaded<V> | undefined>): Promise<V | undefined> {
    const kept = this.get(key);
    if (kept !== undefined) {
      return kept;
    }
    const running = this.loading.get(key);
    if (running) {
      return running;
    }
    const loaded = load().then(
      (found) => {
        if (this.loading.get(key) === loaded) {
          this.loading.delete(key);
          if (found && found.until > Date.now()) {
            this.set(key, found.value, found.until);
          } else if (!found) {
            this.entries.delete(key);
          }
        }
        return found?.value;
      },
      (error: unknown) => {
        if (this.loading.get(key) === loaded) {
          this.loading.delete(key);
        }
        throw error;
      },
    );
    this.loading.set(key, loaded);
    return loaded;
  }

  /** Keeps `value` until the instant `until` (milliseconds since the epoch). */
  set(key: K, value: V, until: number): void {
    this.entries.delete(key);
    if (this.entries.size >= this.maxEntries) {
      this.entries.delete(this.entries.keys().next().value as K);
    }
    this.entries.set(key, { value, until });
  }

  delete(key: K): void {
    this.entries.delete(key);
    this.loading.delete(key);
  }

  /** Drops every entry whose value matches, and every load under way (its value is not known yet). */
  deleteWhere(matches: (value: V) => boolean): void {
    this.loading.clear();
    for (const [key, entry] of this.entries) {
      if (matches(entry.value)) {
        this.entries.delete(key);
      }
    }
  }

  clear(): void {
    this.entries.clear();
    this.loading.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
