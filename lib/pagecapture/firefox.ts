import { browser } from 'wxt/browser';
import { dataUrlToBlob, pngSize } from '../capture/crop';
import { failureOf, runInPage } from './in-page';
import { PageCaptureFailure } from './failure';
import type { CaptureControl, FullPageShot } from './chromium';
import { MAX_CANVAS_SIDE } from './plan';

type CaptureTab = (tabId: number, options: { format: 'png'; rect: { x: number; y: number; width: number; height: number }; scale: number }) => Promise<string>;

/** Firefox's tabs.captureTab, where it exists (feature-detected, not by user agent). */
export function captureTabApi(): CaptureTab | undefined {
  const fn = (browser.tabs as unknown as { captureTab?: CaptureTab }).captureTab;
  return typeof fn === 'function' ? fn.bind(browser.tabs) : undefined;
}

/**
 * Firefox renders any rectangle of the document in one call (tabs.captureTab with `rect`), so
 * no scrolling or stitching is needed, and fixed headers appear once, where they are at the top.
 * Only built and linted here: there is no Firefox on these machines to run it.
 */
export async function captureWholeRect(tabId: number, captureTab: CaptureTab, control: CaptureControl): Promise<FullPageShot> {
  try {
    control.progress('preparing', 0, 1);
    const first = await runInPage(tabId, 'prepare');
    const maxHeight = Math.floor(MAX_CANVAS_SIDE / first.devicePixelRatio);
    const height = Math.min(first.scrollHeight, maxHeight);
    control.checkCancelled();
    let dataUrl: string;
    try {
      dataUrl = await captureTab(tabId, { format: 'png', rect: { x: 0, y: 0, width: first.clientWidth, height }, scale: first.devicePixelRatio });
    } catch (error) {
      throw failureOf(error);
    }
    const after = await runInPage(tabId, 'scroll', 0, false);
    if (Math.abs(after.scrollHeight - first.scrollHeight) > 1) throw new PageCaptureFailure('page-changed');
    const png = dataUrlToBlob(dataUrl);
    const size = await pngSize(png);
    if (!size) throw new PageCaptureFailure('capture-failed', 'Not a PNG');
    control.progress('capturing', 1, 1);
    return { png, width: size.width, height: size.height, slices: 1, truncated: height < first.scrollHeight, first };
  } finally {
    await runInPage(tabId, 'restore').catch(() => undefined);
  }
}
