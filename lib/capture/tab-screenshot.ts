import { browser } from 'wxt/browser';
import { sendToTab, type PrepareShotResponse } from '../protocol';
import type { ScreenshotDoubt } from '../records/schema';
import { mergeDoubts } from './doubt';
import { cropScreenshot, dataUrlToBlob, pngSize } from './crop';
import { isPermissionError, isQuotaError, RateLimiter } from './rate-limiter';
import type { ScreenshotResult } from './screenshot-result';

/** One limiter for the whole extension: Chromium's quota counts all our captureVisibleTab calls. */
export const limiter = new RateLimiter(2, 1050);

interface TabRef {
  tabId: number;
  windowId: number;
  frameId: number;
}

function detailOf(error: unknown): string {
  return String((error as Error)?.message ?? error).slice(0, 300);
}

/**
 * Screenshot of one item: asks the overlay to bring the item into view and say where it is
 * (right before the shot, so a capture that waited in the queue still crops the right place),
 * captures the visible tab, crops. Never throws: a failure is a reason the record keeps.
 * `wanted` is asked when the turn comes (issue 24: a menu closed meanwhile needs no shot);
 * `taken` is told as soon as the window was shot, before the crop.
 */
export function screenshotItem(tab: TabRef, recordId: string, atClick?: PrepareShotResponse, wanted: () => boolean = () => true, taken?: () => void): Promise<ScreenshotResult> {
  return limiter.run(async (waited): Promise<ScreenshotResult> => {
    // A removal's shot no longer wanted (its menu closed) gives its turn back unused.
    if (!wanted()) return { status: 'missing', reason: 'not-requested' };
    // The box measured at the click is still right when nothing waited: the round trip to ask
    // again costs a busy page a frame or two (bench: about 30 ms on 2,000 comments). Then the
    // screenshot starts at once, and whether the tab was visible is checked alongside.
    let where = waited ? undefined : atClick;
    if (!where) {
      const current = await browser.tabs.get(tab.tabId).catch(() => undefined);
      if (!current?.active) return { status: 'missing', reason: 'tab-not-visible' };
      try {
        where = (await sendToTab(tab.tabId, 'prepare-shot', { recordId }, { frameId: tab.frameId })) ?? undefined;
      } catch (error) {
        return { status: 'missing', reason: 'capture-failed', detail: detailOf(error) };
      }
      // The overlay no longer knows the item (its toolbar was removed meanwhile).
      if (!where) return { status: 'missing', reason: 'capture-failed', detail: 'item not found' };
    }
    let dataUrl: string;
    // Asked as soon as the window is shot: the page checks again what lay over the item, then
    // shows our toolbars and the bars it hid again. Also after a failed shot, so the page is put back.
    let after: Promise<ScreenshotDoubt | null> | undefined;
    const done = () => (after ??= checkAfter(tab, recordId));
    try {
      const [current, shot] = await Promise.all([browser.tabs.get(tab.tabId).catch(() => undefined), captureVisibleTab(tab.windowId)]);
      taken?.();
      void done();
      // A screenshot of another tab (the user switched just then) is no screenshot of the item.
      if (!current?.active || current.windowId !== tab.windowId) return { status: 'missing', reason: 'tab-not-visible' };
      dataUrl = shot;
    } catch (error) {
      void done();
      if (isPermissionError(error)) return { status: 'missing', reason: 'no-permission' };
      return { status: 'missing', reason: 'capture-failed', detail: detailOf(error) };
    }
    try {
      const [cropped, after] = await Promise.all([cropScreenshot(dataUrlToBlob(dataUrl), where.rect, where.viewport), done()]);
      const doubt = mergeDoubts(where.doubt, after);
      return { status: 'ok', ...cropped, ...(doubt ? { doubt } : {}) };
    } catch (error) {
      return { status: 'missing', reason: 'capture-failed', detail: detailOf(error) };
    }
  });
}

/**
 * The page's word on the shot just taken (lib/overlay/capture-client.ts): null when the item lay
 * clear before and after it. A page that does not answer (it navigated away, its script is gone)
 * leaves the picture unchecked, and the record says so.
 */
async function checkAfter(tab: TabRef, recordId: string): Promise<ScreenshotDoubt | null> {
  try {
    const answer = await sendToTab(tab.tabId, 'shot-done', { recordId }, { frameId: tab.frameId });
    return answer.doubt;
  } catch (error) {
    const now = await browser.tabs.get(tab.tabId).catch(() => undefined);
    return { reasons: now?.active === false ? ['unchecked', 'tab-changed'] : ['unchecked'], detail: detailOf(error) };
  }
}

export async function captureVisibleTab(windowId: number): Promise<string> {
  try {
    return await browser.tabs.captureVisibleTab(windowId, { format: 'png' });
  } catch (error) {
    // A restarted worker has forgotten earlier calls: wait out the quota once and retry.
    if (!isQuotaError(error)) throw error;
    await new Promise((r) => setTimeout(r, 1050));
    return browser.tabs.captureVisibleTab(windowId, { format: 'png' });
  }
}

/**
 * Screenshot of the whole visible area, for captures of a selection (the manual fallback). With
 * `recordId` (the context menu, which has no page code of its own in the shot), the page is asked
 * to hide our toolbars first and show them again after (lib/overlay/own-ui-shot.ts); a page
 * without our content script has none to hide.
 */
export function screenshotVisible(tab: { tabId: number; windowId: number }, recordId?: string): Promise<ScreenshotResult> {
  return limiter.run(async (): Promise<ScreenshotResult> => {
    const current = await browser.tabs.get(tab.tabId).catch(() => undefined);
    if (!current?.active) return { status: 'missing', reason: 'tab-not-visible' };
    const hid = recordId ? await sendToTab(tab.tabId, 'hide-own-ui', { recordId }, { frameId: 0 }).catch(() => undefined) : undefined;
    let after: Promise<ScreenshotDoubt | null> | undefined;
    const done = () => (after ??= hid && recordId ? checkAfter({ ...tab, frameId: 0 }, recordId) : Promise.resolve(null));
    try {
      const shot = await captureVisibleTab(tab.windowId);
      void done();
      const blob = dataUrlToBlob(shot);
      const size = await pngSize(blob);
      if (!size) return { status: 'missing', reason: 'capture-failed', detail: 'not a PNG' };
      const doubt = await done();
      return { status: 'ok', blob, ...size, ...(doubt ? { doubt } : {}) };
    } catch (error) {
      void done();
      if (isPermissionError(error)) return { status: 'missing', reason: 'no-permission' };
      return { status: 'missing', reason: 'capture-failed', detail: detailOf(error) };
    }
  });
}
