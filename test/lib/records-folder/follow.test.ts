import { afterEach, describe, expect, it, vi } from 'vitest';
import { followFolder } from '../../../lib/records-folder/follow';
import type { FolderEntry } from '../../../lib/records-folder/reader';
import { watchFolder, type ReadOutcome } from '../../../lib/records-folder/session';

function deferred<T = void>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((ok, fail) => ((resolve = ok), (reject = fail)));
  return { promise, resolve, reject };
}

/** Lets every settled promise's callbacks run. */
const settle = () => new Promise((ok) => setImmediate(ok));

const read = (problems: FolderEntry[] = []): ReadOutcome => ({ status: 'read', result: { added: [], updated: [] }, problems });
const arriving = (name: string): FolderEntry => ({ name, state: 'incomplete', file: 'record.json' });

/**
 * A folder whose record is whole only from a given moment, and reads that each see it as it was
 * when they began and end only when the test lets them.
 */
function folder() {
  const state = { whole: false, reads: 0, running: 0, overlapped: false, gates: [] as ReturnType<typeof deferred<void>>[] };
  const run = async (): Promise<ReadOutcome> => {
    const seen = state.whole;
    state.reads++;
    if (++state.running > 1) state.overlapped = true;
    const gate = deferred();
    state.gates.push(gate);
    await gate.promise;
    state.running--;
    return read(seen ? [] : [arriving('2026-03-02_facebook_Eva_x')]);
  };
  return { state, run, finish: async () => (state.gates.shift()!.resolve(), settle()) };
}

afterEach(() => vi.useRealTimers());

describe('following the folder in a page', () => {
  it('a change seen during a read is read after it, never alongside it: the last read sees the folder whole', async () => {
    const f = folder();
    const outcomes: ReadOutcome[] = [];
    const follow = followFolder({ read: f.run, onRead: (o) => outcomes.push(o), retryMs: [] });
    expect(f.state.reads).toBe(1);
    // A colleague's record.json lands while the first read runs; the observer reports it twice.
    f.state.whole = true;
    const asked = follow.request();
    void follow.request();
    expect(f.state.reads).toBe(1);
    await f.finish();
    expect(f.state.reads).toBe(2);
    await f.finish();
    await asked;
    expect(f.state.overlapped).toBe(false);
    expect(f.state.reads).toBe(2);
    expect(outcomes.at(-1)).toEqual(read());
    follow.stop();
  });

  it('while an entry is still arriving it reads again a few times, then waits for a change; other entries get their own tries', async () => {
    vi.useFakeTimers();
    let problems = [arriving('a')];
    const reads: number[] = [];
    const follow = followFolder({ read: async () => (reads.push(Date.now()), read(problems)), onRead: () => undefined, retryMs: [1_000, 3_000] });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(reads.length).toBe(3);
    problems = [arriving('a'), arriving('b')];
    await follow.request();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(reads.length).toBe(6);
    problems = [];
    await follow.request();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(reads.length).toBe(7);
    follow.stop();
  });

  it('after stop (the folder or permission changed, the page closed) nothing more is read or shown', async () => {
    const f = folder();
    const outcomes: ReadOutcome[] = [];
    const follow = followFolder({ read: f.run, onRead: (o) => outcomes.push(o), retryMs: [0] });
    follow.stop();
    await f.finish();
    await follow.request();
    await new Promise((ok) => setTimeout(ok, 20));
    expect(f.state.reads).toBe(1);
    expect(outcomes).toEqual([]);
  });
});

describe('watching the folder', () => {
  const handle = {} as FileSystemDirectoryHandle;
  let observe: ReturnType<typeof deferred<void>>[] = [];
  let report: () => void = () => undefined;
  class FakeObserver {
    constructor(callback: () => void) {
      report = callback;
    }
    observe() {
      const d = deferred();
      observe.push(d);
      return d.promise;
    }
    disconnect() {}
  }

  afterEach(() => {
    vi.unstubAllGlobals();
    observe = [];
  });

  it('reads once more when the observer is in place: what changed while it was being set up is not reported', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('FileSystemObserver', FakeObserver);
    const onChange = vi.fn();
    const stop = watchFolder(handle, onChange, 400);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(onChange).not.toHaveBeenCalled();
    observe[0]!.resolve();
    await vi.advanceTimersByTimeAsync(400);
    expect(onChange).toHaveBeenCalledTimes(1);
    // Changes then come from the observer, debounced.
    report();
    report();
    await vi.advanceTimersByTimeAsync(400);
    expect(onChange).toHaveBeenCalledTimes(2);
    stop();
  });

  it('when observe() fails it reads, and tries to observe once more', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('FileSystemObserver', FakeObserver);
    const onChange = vi.fn();
    const stop = watchFolder(handle, onChange, 400, 5_000);
    observe[0]!.reject(new DOMException('The user aborted a request.', 'AbortError'));
    await vi.advanceTimersByTimeAsync(400);
    expect(onChange).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(observe).toHaveLength(2);
    observe[1]!.reject(new DOMException('The user aborted a request.', 'AbortError'));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(observe).toHaveLength(2);
    expect(onChange).toHaveBeenCalledTimes(2);
    stop();
  });
});
