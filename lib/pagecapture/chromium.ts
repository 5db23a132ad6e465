import { browser } from 'wxt/browser';
import { dataUrlToBlob, pngSize } from '../capture/crop';
import { captureVisibleTab, limiter } from '../capture/tab-screenshot';
import { failureOf, runInPage } from './in-page';
import { PageCaptureFailure, type PageCaptureProgress } from './messages';
import type { PageMetrics } from './page-side';
import { deviceRows, hideFixedFor, MAX_CANVAS_SIDE, planSlices } from './plan';
import { Stitcher } from './stitch';

export interface FullPageShot {
  png: Blob;
  width: number;
  height: number;
  slices: number;
  truncated: boolean;
  first: PageMetrics;
}

export interface CaptureControl {
  /** Throws PageCaptureFailure('cancelled') once the user has cancelled. */
  checkCancelled: () => void;
  progress: (phase: PageCaptureProgress['phase'], done: number, total: number) => void;
}

/** The page may not change height while it is captured: a stitched image would be wrong. */
function checkUnchanged(first: PageMetrics, now: PageMetrics, expectedY?: number): void {
  if (Math.abs(now.scrollHeight - first.scrollHeight) > 1 || now.url !== first.url) {
    throw new PageCaptureFailure('page-changed', `${first.scrollHeight} → ${now.scrollHeight}`);
  }
  if (expectedY !== undefined && Math.abs(now.scrollY - expectedY) > 1) throw new PageCaptureFailure('page-changed', `scrollY ${now.scrollY} ≠ ${expectedY}`);
}

async function tabOrFail(tabId: number) {
  try {
    return await browser.tabs.get(tabId);
  } catch (error) {
    throw failureOf(error);
  }
}

/**
 * Chromium: scroll, screenshot the viewport, copy the new rows onto the canvas, repeat.
 * Screenshots go through the extension's one rate limiter (2 a second, shared with item
 * captures). Before every shot the tab must still be the visible one, since captureVisibleTab
 * takes whatever its window shows. The page is always restored (scroll position, hidden
 * headers), also when the capture fails or is cancelled.
 */
export async function captureByStitching(tabId: number, control: CaptureControl): Promise<FullPageShot> {
  const tab = await tabOrFail(tabId);
  const windowId = tab.windowId;
  if (!tab.active) await browser.tabs.update(tabId, { active: true }).catch((e: unknown) => Promise.reject(failureOf(e)));
  try {
    control.progress('preparing', 0, 0);
    const first = await runInPage(tabId, 'prepare');
    if (first.clientHeight <= 0 || first.clientWidth <= 0) throw new PageCaptureFailure('not-capturable', 'empty viewport');
    const maxHeight = Math.floor(MAX_CANVAS_SIDE / first.devicePixelRatio);
    const plan = planSlices(first.scrollHeight, first.clientHeight, maxHeight);
    let stitcher: Stitcher | undefined;
    for (const [i, slice] of plan.slices.entries()) {
      control.checkCancelled();
      const now = await runInPage(tabId, 'scroll', slice.scrollY, hideFixedFor(i));
      checkUnchanged(first, now, slice.scrollY);
      control.checkCancelled();
      const dataUrl = await limiter.run(async () => {
        const current = await tabOrFail(tabId);
        if (!current.active || current.windowId !== windowId) throw new PageCaptureFailure('tab-not-visible');
        try {
          return await captureVisibleTab(windowId);
        } catch (error) {
          throw failureOf(error);
        }
      });
      // Closed or switched away while the shot was taken: the image may show another tab.
      const after = await tabOrFail(tabId);
      if (!after.active) throw new PageCaptureFailure('tab-not-visible');
      const shot = dataUrlToBlob(dataUrl);
      const size = await pngSize(shot);
      if (!size) throw new PageCaptureFailure('capture-failed', 'Not a PNG');
      const scale = size.height / now.innerHeight;
      stitcher ??= new Stitcher(Math.min(size.width, Math.round(first.clientWidth * scale)), Math.round(plan.capturedHeight * scale));
      await stitcher.draw(shot, deviceRows(slice, scale));
      control.progress('capturing', i + 1, plan.slices.length);
    }
    checkUnchanged(first, await runInPage(tabId, 'scroll', 0, false));
    if (!stitcher) throw new PageCaptureFailure('not-capturable', 'empty page');
    control.checkCancelled();
    control.progress('stitching', plan.slices.length, plan.slices.length);
    const png = await stitcher.toPng();
    return { png, width: stitcher.width, height: stitcher.height, slices: plan.slices.length, truncated: plan.truncated, first };
  } finally {
    await runInPage(tabId, 'restore').catch(() => undefined);
  }
}
