import { browser } from 'wxt/browser';
import { dataUrlToBlob, pngSize } from '../capture/crop';
import { captureVisibleTab, limiter } from '../capture/tab-screenshot';
import { failureOf, runInPage } from './in-page';
import type { PageCaptureProgress } from '../protocol';
import { PageCaptureFailure } from './failure';
import type { PageMetrics } from './page-side';
import { deviceRows, hideFixedFor, MAX_CANVAS_SIDE, planSlices, type SlicePlan } from './plan';
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

/** The tab must still be the visible one when its window is shot: captureVisibleTab takes whatever the window shows. */
async function shootVisible(tabId: number, windowId: number): Promise<Blob> {
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
  return dataUrlToBlob(dataUrl);
}

/**
 * Chromium: scroll, screenshot the viewport, copy the new rows onto the canvas, repeat.
 * Screenshots go through the extension's one rate limiter (2 a second, shared with item
 * captures). The page is always restored (scroll position, hidden headers), also when the
 * capture fails or is cancelled.
 *
 * The image's scale is measured on the first screenshot (its height over the viewport's), not
 * taken from the page's devicePixelRatio: where that ratio is emulated (DevTools' device mode,
 * test browsers) the two differ, and a plan made from the page's word could exceed the largest
 * image side. A scale that changes midway (zoom, another screen) ends the capture.
 */
export async function captureByStitching(tabId: number, control: CaptureControl): Promise<FullPageShot> {
  const tab = await tabOrFail(tabId);
  const windowId = tab.windowId;
  if (!tab.active) await browser.tabs.update(tabId, { active: true }).catch((e: unknown) => Promise.reject(failureOf(e)));
  try {
    control.progress('preparing', 0, 0);
    const first = await runInPage(tabId, 'prepare');
    if (first.clientHeight <= 0 || first.clientWidth <= 0) throw new PageCaptureFailure('not-capturable', 'empty viewport');
    if (first.scrollHeight <= 0) throw new PageCaptureFailure('not-capturable', 'empty page');
    let plan: SlicePlan | undefined;
    let stitcher: Stitcher | undefined;
    let scale = 0;
    for (let i = 0; i === 0 || (plan && i < plan.slices.length); i++) {
      control.checkCancelled();
      // The first slice is always the page's top (planSlices), so it can be shot before the plan exists.
      const scrollY = plan ? plan.slices[i]!.scrollY : 0;
      const now = await runInPage(tabId, 'scroll', scrollY, hideFixedFor(i));
      checkUnchanged(first, now, scrollY);
      control.checkCancelled();
      const shot = await shootVisible(tabId, windowId);
      const size = await pngSize(shot);
      if (!size) throw new PageCaptureFailure('capture-failed', 'Not a PNG');
      const shotScale = size.height / now.innerHeight;
      if (!plan) {
        scale = shotScale;
        plan = planSlices(first.scrollHeight, first.clientHeight, Math.floor(MAX_CANVAS_SIDE / scale));
        stitcher = new Stitcher(Math.min(size.width, Math.round(first.clientWidth * scale)), Math.round(plan.capturedHeight * scale));
      } else if (Math.abs(shotScale - scale) > 0.01) {
        throw new PageCaptureFailure('page-changed', `scale ${scale} → ${shotScale}`);
      }
      await stitcher!.draw(shot, deviceRows(plan.slices[i]!, scale));
      control.progress('capturing', i + 1, plan.slices.length);
    }
    checkUnchanged(first, await runInPage(tabId, 'scroll', 0, false));
    if (!stitcher || !plan) throw new PageCaptureFailure('not-capturable', 'empty page');
    control.checkCancelled();
    control.progress('stitching', plan.slices.length, plan.slices.length);
    const png = await stitcher.toPng();
    return { png, width: stitcher.width, height: stitcher.height, slices: plan.slices.length, truncated: plan.truncated, first };
  } finally {
    await runInPage(tabId, 'restore').catch(() => undefined);
  }
}
