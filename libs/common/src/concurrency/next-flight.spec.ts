import { NextFlight } from './next-flight';

describe('NextFlight', () => {
  /** A computation that returns how many writes it saw, and ends when told. */
  function harness() {
    let writes = 0;
    const started: { seen: number; finish: () => void }[] = [];
    const compute = () =>
      new Promise<number>((resolve) => {
        const seen = writes;
        started.push({ seen, finish: () => resolve(seen) });
      });
    return { started, compute, write: () => writes++ };
  }
  const tick = () => new Promise((resolve) => setImmediate(resolve));

  it('runs once for callers that arrive while a computation waits to start, and never answers with an older one', async () => {
    const flight = new NextFlight<number>();
    const h = harness();
    const first = flight.run('report', h.compute);
    h.write(); // committed after the first computation started
    const second = flight.run('report', h.compute);
    const third = flight.run('report', h.compute);
    expect(h.started).toHaveLength(1);
    h.started[0].finish();
    expect(await first).toBe(0);
    await tick();
    // The second and third share one computation that started after they asked: it saw the write.
    expect(h.started).toHaveLength(2);
    h.started[1].finish();
    expect(await second).toBe(1);
    expect(await third).toBe(1);
  });

  it('keeps keys apart, and goes on after a failed computation', async () => {
    const flight = new NextFlight<number>();
    const failing = flight.run('a', () => Promise.reject(new Error('boom')));
    const after = flight.run('a', () => Promise.resolve(7));
    const other = flight.run('b', () => Promise.resolve(8));
    await expect(failing).rejects.toThrow('boom');
    expect(await after).toBe(7);
    expect(await other).toBe(8);
    expect(await flight.run('a', () => Promise.resolve(9))).toBe(9);
  });
});
