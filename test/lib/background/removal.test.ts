import { describe, expect, it } from 'vitest';
import { createRemovalShots } from '../../../lib/background/removal';
import type { ScreenshotResult } from '../../../lib/capture/screenshot-result';

// Issue 24: the screenshot taken at a comment's menu button waits in memory for the site's
// Delete or Hide; a removal before it is done goes without it, marked; a closed menu drops it.
const sender = { tab: { id: 7, windowId: 1 }, frameId: 0 } as never;
const ok: ScreenshotResult = { status: 'ok', blob: new Blob(['png']), width: 10, height: 10 };
const ID = '00000000-0000-4000-8000-000000000001';

function deferredShots() {
  const calls: { recordId: string; wanted: () => boolean; taken: () => void; resolve: (r: ScreenshotResult) => void }[] = [];
  const take = (_tab: unknown, recordId: string, wanted: () => boolean, taken: () => void) => new Promise<ScreenshotResult>((resolve) => calls.push({ recordId, wanted, taken, resolve }));
  return { calls, take };
}
const tick = () => new Promise((r) => setTimeout(r, 0));

describe('removal shots', () => {
  it('hands the finished shot to the removal, once', async () => {
    const { calls, take } = deferredShots();
    const shots = createRemovalShots(take);
    expect(await shots.arm({ type: 'removal-arm', recordId: ID }, sender)).toEqual({ ok: true });
    expect(calls.map((c) => c.recordId)).toEqual([ID]);
    calls[0]!.resolve(ok);
    await tick();
    expect(await shots.take(ID)).toBe(ok);
    expect(await shots.take(ID)).toEqual({ status: 'missing', reason: 'removed-before-shot' });
  });

  it('a removal after the window was shot, while the crop runs, waits for the picture', async () => {
    const { calls, take } = deferredShots();
    const shots = createRemovalShots(take);
    await shots.arm({ type: 'removal-arm', recordId: ID }, sender);
    calls[0]!.taken();
    const result = shots.take(ID);
    calls[0]!.resolve(ok);
    expect(await result).toBe(ok);
  });

  it('a removal before the window was shot goes without a picture, and the late shot is not wanted any more', async () => {
    const { calls, take } = deferredShots();
    const shots = createRemovalShots(take);
    await shots.arm({ type: 'removal-arm', recordId: ID }, sender);
    expect(await shots.take(ID)).toEqual({ status: 'missing', reason: 'removed-before-shot' });
    expect(calls[0]!.wanted()).toBe(false);
  });

  it('a menu closed without removing drops the shot, and its turn is given back', async () => {
    const { calls, take } = deferredShots();
    const shots = createRemovalShots(take);
    await shots.arm({ type: 'removal-arm', recordId: ID }, sender);
    expect(calls[0]!.wanted()).toBe(true);
    expect(await shots.discard({ type: 'removal-discard', recordId: ID })).toEqual({ ok: true });
    expect(calls[0]!.wanted()).toBe(false);
    calls[0]!.resolve(ok);
    await tick();
    expect(await shots.take(ID)).toEqual({ status: 'missing', reason: 'removed-before-shot' });
  });

  it('forgets a menu left open longer than five minutes', async () => {
    const { calls, take } = deferredShots();
    let now = 0;
    const shots = createRemovalShots(take, () => now);
    await shots.arm({ type: 'removal-arm', recordId: ID }, sender);
    calls[0]!.resolve(ok);
    await tick();
    now = 5 * 60_000 + 1;
    await shots.arm({ type: 'removal-arm', recordId: '00000000-0000-4000-8000-000000000002' }, sender);
    expect(await shots.take(ID)).toEqual({ status: 'missing', reason: 'removed-before-shot' });
  });

  it('refuses a message from no tab', async () => {
    const shots = createRemovalShots(deferredShots().take);
    expect(await shots.arm({ type: 'removal-arm', recordId: ID }, {} as never)).toEqual({ ok: false });
  });
});
