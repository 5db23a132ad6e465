import '../lib/zod-jitless';
import { browser } from 'wxt/browser';
import { defineBackground } from '#imports';
import { handleCapture } from '../lib/capture/handle-capture';
import { installDeadlineBadge, refreshDeadlineBadge } from '../lib/deadlines/badge';
import { publishHolidayTable } from '../lib/workdays/publish-table';
import { handleChannelMessage, installChannelReminders } from '../lib/channels/check';
import { handlePageCaptureMessage } from '../lib/pagecapture/handle';
import { installManualCapture } from '../lib/capture/selection-menu';
import { handleLoadPanel } from '../lib/guide/inject-panel';

/**
 * Thin entry: wiring only. Nothing that matters lives in this worker's memory; it can be
 * stopped at any idle moment (DESIGN.md decision 2).
 */
export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message, sender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    // After each capture the deadline badge is recomputed from the store (issue 4).
    if ((message as { type?: unknown })?.type === 'capture') return handleCapture(message, sender).finally(() => void refreshDeadlineBadge().catch(() => undefined));
    // Issue 3: the guide panel is injected into a tab when its first guide is opened.
    // Issue 6: full-page screenshots, and the channel register's reminders.
    return handleLoadPanel(message, sender) ?? handlePageCaptureMessage(message, sender) ?? handleChannelMessage(message, sender);
  });

  installDeadlineBadge();
  installChannelReminders();
  // Issue 3: the context menu and the keyboard shortcut (manual fallback for any page).
  installManualCapture();
  // The overlay computes deadlines from this table instead of loading date-holidays on every tab.
  void publishHolidayTable();

  browser.runtime.onInstalled.addListener(({ reason }) => {
    // First run: the profile (for signatures) and the screenshot permission are asked for there.
    if (reason === 'install') void browser.runtime.openOptionsPage();
  });
});
