import { BatchQueue } from './batch-queue';

describe('BatchQueue', () => {
  /** A run that records each batch and ends when told; answers each item doubled. */
  function harness(fail?: (items: number[]) => boolean) {
    const batches: { items: number[]; finish: () => void }[] = [];
    const run = (items: number[]) =>
      new Promise<number[]>((resolve, reject) => {
        batches.push({
          items,
          finish: () =>
            fail?.(items) ? reject(new Error(`failed ${items.join(',')}`)) : resolve(items.map((i) => i * 2)),
        });
      });
    return { batches, run };
  }
  const tick = () => new Promise((resolve) => setImmediate(resolve));

  it('runs a lone call at once, and gathers the calls that arrive meanwhile into the next batch', async () => {
    const h = harness();
    const queue = new BatchQueue(h.run, { concurrency: 1, maxSize: 10 });
    const first = queue.push(1);
    expect(h.batches.map((b) => b.items)).toEqual([[1]]);
    const later = [queue.push(2), queue.push(3), queue.push(4)];
    expect(h.batches).toHaveLength(1);
    h.batches[0].finish();
    expect(await first).toBe(2);
    await tick();
    expect(h.batches.map((b) => b.items)).toEqual([[1], [2, 3, 4]]);
    h.batches[1].finish();
    expect(await Promise.all(later)).toEqual([4, 6, 8]);
  });

  it('runs up to `concurrency` batches at once and keeps each within maxSize', async () => {
    const h = harness();
    const queue = new BatchQueue(h.run, { concurrency: 2, maxSize: 2 });
    const answers = [1, 2, 3, 4, 5, 6].map((i) => queue.push(i));
    expect(h.batches.map((b) => b.items)).toEqual([[1], [2]]);
    h.batches[0].finish();
    await tick();
    expect(h.batches.map((b) => b.items)).toEqual([[1], [2], [3, 4]]);
    h.batches[1].finish();
    await tick();
    expect(h.batches.map((b) => b.items)).toEqual([[1], [2], [3, 4], [5, 6]]);
    h.batches[2].finish();
    h.batches[3].finish();
    expect(await Promise.all(answers)).toEqual([2, 4, 6, 8, 10, 12]);
  });

  it('never puts two items with a shared key in one batch', async () => {
    const h = harness();
    const queue = new BatchQueue(h.run, { concurrency: 1, maxSize: 10, keys: (i: number) => [`k${i % 3}`, null] });
    const answers = [0, 1, 3, 4, 2, 6].map((i) => queue.push(i));
    h.batches[0].finish(); // [0]
    await tick();
    // 4 shares 1's key and 6 shares 3's: they wait for the next batch.
    expect(h.batches[1].items).toEqual([1, 3, 2]);
    h.batches[1].finish();
    await tick();
    expect(h.batches[2].items).toEqual([4, 6]);
    h.batches[2].finish();
    expect(await Promise.all(answers)).toEqual([0, 2, 6, 8, 4, 12]);
  });

  it('keeps items of one key in order: none runs while an earlier one of its key does, in whichever batch', async () => {
    const h = harness();
    const keys = (i: number) => (i === 31 ? ['a', 'b'] : i > 20 ? ['b'] : i > 10 ? ['a'] : [`own${i}`]);
    const queue = new BatchQueue(h.run, { concurrency: 2, maxSize: 10, keys });
    const answers = [11, 12, 1, 31, 21, 2].map((i) => queue.push(i));
    // 11 runs; 12 (key a) waits though a slot is free, and 1 takes that slot.
    expect(h.batches.map((b) => b.items)).toEqual([[11], [1]]);
    h.batches[0].finish();
    await tick();
    // 12 goes now; 31 (a, b) waits for it, and 21 (b) may not overtake 31; 2 is free.
    expect(h.batches[2].items).toEqual([12, 2]);
    h.batches[1].finish();
    await tick();
    expect(h.batches).toHaveLength(3);
    h.batches[2].finish();
    await tick();
    expect(h.batches[3].items).toEqual([31]);
    h.batches[3].finish();
    await tick();
    expect(h.batches[4].items).toEqual([21]);
    h.batches[4].finish();
    expect(await Promise.all(answers)).toEqual([22, 24, 2, 62, 42, 4]);
  });

  it('runs each item of a failed batch alone, so only the bad one fails its caller', async () => {
    const h = harness((items) => items.includes(3));
    const queue = new BatchQueue(h.run, { concurrency: 1, maxSize: 10 });
    const first = queue.push(1);
    const rest = [2, 3, 4].map((i) =>
      queue.push(i).then(
        (v) => v,
        (e: Error) => e.message,
      ),
    );
    h.batches[0].finish();
    await first;
    for (let n = 1; n <= 4; n++) {
      await tick();
      h.batches[n].finish();
    }
    expect(h.batches.map((b) => b.items)).toEqual([[1], [2, 3, 4], [2], [3], [4]]);
    expect(await Promise.all(rest)).toEqual([4, 'failed 3', 8]);
  });

  it('says when it is idle: the last batch ended and nothing waits', async () => {
    const h = harness();
    let idle = 0;
    const queue = new BatchQueue(h.run, { concurrency: 1, maxSize: 10, onIdle: () => idle++ });
    const answers = [queue.push(1), queue.push(2)];
    h.batches[0].finish();
    await tick();
    expect(idle).toBe(0);
    h.batches[1].finish();
    await Promise.all(answers);
    await tick();
    expect(idle).toBe(1);
  });

  it('fails a batch whose run answers the wrong number of items', async () => {
    const queue = new BatchQueue(async (items: number[]) => items.slice(1), { concurrency: 1, maxSize: 10 });
    await expect(queue.push(1)).rejects.toThrow('a batch of 1 got 0 answers');
  });
});
