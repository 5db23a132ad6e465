import { browser } from 'wxt/browser';
import { defineBackground } from '#imports';
import { handleCapture } from '../lib/capture/handle-capture';
import { installDeadlineBadge, refreshDeadlineBadge } from '../lib/deadlines/badge';
import { publishHolidayTable } from '../lib/workdays/publish-table';

/**
 * Thin entry: wiring only. Nothing that matters lives in this worker's memory; it can be
 * stopped at any idle moment (DESIGN.md decision 2).
 */
export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message, sender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    // After each capture the deadline badge is recomputed from the store (issue 4).
    if ((message as { type?: unknown })?.type === 'capture') return handleCapture(message, sender).finally(() => void refreshDeadlineBadge().catch(() => undefined));
    return undefined;
  });

  installDeadlineBadge();
  // The overlay computes deadlines from this table instead of loading date-holidays on every tab.
  void publishHolidayTable();

  browser.runtime.onInstalled.addListener(({ reason }) => {
    // First run: the profile (for signatures) and the screenshot permission are asked for there.
    if (reason === 'install') void browser.runtime.openOptionsPage();
  });
});
