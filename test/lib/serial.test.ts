import { describe, expect, it } from 'vitest';
import { coalesced, keyedSerialQueue, serialQueue } from '../../lib/serial';

const later = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

describe('serial queues', () => {
  it('run jobs one after another; a failed job reaches its caller and does not stop the next', async () => {
    const queue = serialQueue();
    const order: string[] = [];
    const a = queue(async () => (await later(20), order.push('a'), 'a'));
    const b = queue(async () => {
      order.push('b');
      throw new Error('b');
    });
    const c = queue(async () => (order.push('c'), 'c'));
    await expect(a).resolves.toBe('a');
    await expect(b).rejects.toThrow('b');
    await expect(c).resolves.toBe('c');
    expect(order).toEqual(['a', 'b', 'c']);
  });

  it('per key: one key waits for itself only', async () => {
    const queue = keyedSerialQueue();
    const order: string[] = [];
    const slow = queue('x', async () => (await later(30), order.push('x1')));
    const other = queue('y', async () => order.push('y1'));
    const same = queue('x', async () => order.push('x2'));
    await Promise.all([slow, other, same]);
    expect(order).toEqual(['y1', 'x1', 'x2']);
  });

  it('coalesced: calls during a run ask for one run more, all of them answered by it; a later call runs anew', async () => {
    const runs: boolean[] = [];
    let n = 0;
    const run = coalesced(async (again) => (runs.push(again), await later(10), ++n));
    const first = run();
    const during = [run(), run(), run()];
    expect(await first).toBe(2);
    expect(await Promise.all(during)).toEqual([2, 2, 2]);
    expect(runs).toEqual([false, true]);
    expect(await run()).toBe(3);
    expect(runs).toEqual([false, true, false]);
  });
});
