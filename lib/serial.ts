/**
 * Jobs run one after another: each starts once the one before it has settled, and a job that
 * fails does not stop the ones after it (its own caller gets the failure).
 */
export function serialQueue(): <T>(job: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return (job) => {
    const run = tail.then(job, job);
    tail = run.catch(() => undefined);
    return run;
  };
}

/** One serialQueue per key, dropped when its last job has settled (keys are many, queues few). */
export function keyedSerialQueue(): <T>(key: string, job: () => Promise<T>) => Promise<T> {
  const tails = new Map<string, Promise<unknown>>();
  return (key, job) => {
    const run = (tails.get(key) ?? Promise.resolve()).then(job, job);
    const tail = run.catch(() => undefined);
    tails.set(key, tail);
    void tail.then(() => {
      if (tails.get(key) === tail) tails.delete(key);
    });
    return run;
  };
}

/**
 * `job`, one run at a time. A call while a run is under way asks for one more run after it
 * (however many calls) and gets the same promise, settled with the last run's result: whatever
 * changed during a run is seen by a run begun after it. `job` is told whether it runs again.
 */
export function coalesced<T>(job: (again: boolean) => Promise<T>): () => Promise<T> {
  let running: Promise<T> | undefined;
  let wanted = false;
  return () => {
    if (running) {
      wanted = true;
      return running;
    }
    running = (async () => {
      let result = await job(false);
      while (wanted) {
        wanted = false;
        result = await job(true);
      }
      return result;
    })().finally(() => (running = undefined));
    return running;
  };
}
