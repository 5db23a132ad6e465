import { describe, expect, it } from 'vitest';
import { isPermissionError, isQuotaError, RateLimiter } from '../../../lib/capture/rate-limiter';

/** A clock the test moves by hand, so the limiter's waits are exact and instant. */
function fakeClock() {
  let now = 0;
  const waits: number[] = [];
  return {
    now: () => now,
    sleep: async (ms: number) => {
      waits.push(ms);
      now += ms;
    },
    advance: (ms: number) => (now += ms),
    waits,
  };
}

describe('RateLimiter', () => {
  it('starts at most two tasks in any second, in order, and none fails', async () => {
    const clock = fakeClock();
    const limiter = new RateLimiter(2, 1000, clock.now, clock.sleep);
    const started: number[] = [];
    const results = await Promise.all([1, 2, 3, 4, 5].map((n) => limiter.run(async () => (started.push(clock.now()), n))));
    expect(results).toEqual([1, 2, 3, 4, 5]);
    expect(started).toEqual([0, 0, 1000, 1000, 2000]);
    for (let i = 2; i < started.length; i++) expect(started[i]! - started[i - 2]!).toBeGreaterThanOrEqual(1000);
  });

  it('does not wait when calls are already a second apart', async () => {
    const clock = fakeClock();
    const limiter = new RateLimiter(2, 1000, clock.now, clock.sleep);
    await limiter.run(async () => 1);
    clock.advance(600);
    await limiter.run(async () => 2);
    clock.advance(600);
    await limiter.run(async () => 3);
    expect(clock.waits).toEqual([]);
  });

  it('keeps going after a task fails', async () => {
    const limiter = new RateLimiter(2, 1000);
    await expect(limiter.run(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(limiter.run(async () => 'next')).resolves.toBe('next');
    expect(limiter.busy).toBe(false);
  });

  it("recognises Chromium's quota and permission errors", () => {
    expect(isQuotaError(new Error('This request exceeds the MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND quota.'))).toBe(true);
    expect(isQuotaError(new Error('Tab closed'))).toBe(false);
    expect(isPermissionError(new Error("Either the '<all_urls>' or 'activeTab' permission is required."))).toBe(true);
    expect(isPermissionError(new Error('Missing host permission for the tab'))).toBe(true);
    expect(isPermissionError(new Error('Tab closed'))).toBe(false);
  });
});
