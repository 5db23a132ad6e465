import { browser } from 'wxt/browser';
import { isPermissionError } from '../capture/rate-limiter';
import { DRAWN_TAGS } from '../overlay/rooms';
import { PageCaptureFailure } from './failure';
import { pageStep, type PageMetrics, type PageStep } from './page-side';

/** Chromium's and Firefox's words for a tab that no longer exists. */
export function isTabGone(error: unknown): boolean {
  return /No tab with id|Invalid tab ID|tab was closed|Frame with ID 0 was removed|No frame with id|The tab was closed/i.test(String((error as Error)?.message ?? error));
}

/** Words an extension API error as a PageCaptureFailure. */
export function failureOf(error: unknown): PageCaptureFailure {
  if (error instanceof PageCaptureFailure) return error;
  const detail = String((error as Error)?.message ?? error).slice(0, 300);
  if (isTabGone(error)) return new PageCaptureFailure('tab-closed', detail);
  if (/Cannot access|cannot be scripted|chrome:\/\/|extensions gallery/i.test(detail)) {
    return new PageCaptureFailure(/permission|host/i.test(detail) ? 'no-permission' : 'not-capturable', detail);
  }
  if (isPermissionError(error)) return new PageCaptureFailure('no-permission', detail);
  return new PageCaptureFailure('capture-failed', detail);
}

/**
 * Runs one step of ./page-side.ts in the tab's top frame. Injected with scripting.executeScript
 * rather than through the overlay's content script, so channels on any site (blogs, LinkedIn)
 * can be captured: it needs the same grant as the screenshot itself (activeTab or <all_urls>).
 */
export async function runInPage(tabId: number, step: PageStep, y = 0, hideFixed = false): Promise<PageMetrics> {
  let results;
  try {
    results = await browser.scripting.executeScript({ target: { tabId }, func: pageStep, args: [step, y, hideFixed, [...DRAWN_TAGS]] });
  } catch (error) {
    throw failureOf(error);
  }
  const result = results?.[0]?.result as PageMetrics | undefined;
  if (!result || typeof result.scrollHeight !== 'number') throw new PageCaptureFailure('capture-failed', 'The page did not answer');
  return result;
}
