import type { Browser } from 'wxt/browser';
import type { RequestOf, ResponseOf } from '../protocol';
import type { ScreenshotResult } from '../capture/screenshot-result';
import { screenshotItem } from '../capture/tab-screenshot';

/**
 * Issue 24, the background's half of capture on removal: the screenshot taken when an item's own
 * menu button was pressed, kept in memory until the site's Delete or Hide is chosen (then the
 * capture takes it) or the menu closes without a removal (then it is dropped). Memory only: a
 * stopped worker forgets it, and the capture then says the picture is missing.
 */
interface Armed {
  at: number;
  /** Set when the screenshot is done. */
  shot?: ScreenshotResult;
  /** Set once the window was shot (the crop may still be running): then the capture waits for it. */
  pending?: Promise<ScreenshotResult>;
}

/** A menu left open longer than this is not waiting for a removal any more. */
const KEEP_MS = 5 * 60_000;
/** A tab can have one menu open; a few tabs at once are the most a person manages. */
const MAX_ARMED = 20;

type TakeShot = (tabRef: TabRef, recordId: string, wanted: () => boolean, taken: () => void) => Promise<ScreenshotResult>;

export function createRemovalShots(takeShot: TakeShot = defaultShot, now: () => number = Date.now) {
  const armed = new Map<string, Armed>();

  const prune = () => {
    for (const [id, entry] of armed) if (now() - entry.at > KEEP_MS || armed.size > MAX_ARMED) armed.delete(id);
  };

  return {
    arm(request: RequestOf<'removal-arm'>, sender: Browser.runtime.MessageSender): Promise<ResponseOf<'removal-arm'>> {
      const tab = sender.tab;
      if (tab?.id === undefined || tab.windowId === undefined) return Promise.resolve({ ok: false });
      prune();
      const entry: Armed = { at: now() };
      armed.set(request.recordId, entry);
      const tabRef = { tabId: tab.id, windowId: tab.windowId, frameId: sender.frameId ?? 0 };
      // Not awaited: the overlay goes on at once; the shot lands in the entry when it is done.
      // `taken` is called after the window was shot, so `shot` is assigned by then.
      const shot: Promise<ScreenshotResult> = takeShot(
        tabRef,
        request.recordId,
        () => armed.get(request.recordId) === entry,
        () => {
          entry.pending = shot;
        },
      );
      void shot.then((result) => {
        if (armed.get(request.recordId) === entry) entry.shot = result;
      });
      return Promise.resolve({ ok: true });
    },

    discard(request: RequestOf<'removal-discard'>): Promise<ResponseOf<'removal-discard'>> {
      return Promise.resolve({ ok: armed.delete(request.recordId) });
    },

    /**
     * The screenshot for a removal capture, taken out of memory: the one made at the menu button
     * if the window was shot by then (waiting for its crop), else none, marked "removed before
     * the picture could be taken": a picture taken after the site's Delete would not show the
     * item. (One whose window was shot just as the item went is marked by the overlay's check
     * after the shot, lib/overlay/capture-client.ts: the item moved.)
     */
    async take(recordId: string): Promise<ScreenshotResult> {
      const entry = armed.get(recordId);
      armed.delete(recordId);
      const ready = entry?.shot ?? (await entry?.pending);
      return ready ?? { status: 'missing', reason: 'removed-before-shot' };
    },
  };
}

interface TabRef {
  tabId: number;
  windowId: number;
  frameId: number;
}

function defaultShot(tabRef: TabRef, recordId: string, wanted: () => boolean, taken: () => void): Promise<ScreenshotResult> {
  return screenshotItem(tabRef, recordId, undefined, wanted, taken);
}

export const removalShots = createRemovalShots();
