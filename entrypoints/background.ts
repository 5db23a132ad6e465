import { browser } from 'wxt/browser';
import { defineBackground } from '#imports';
import { handleCapture } from '../lib/background/capture';
import { installDeadlineBadge, refreshDeadlineBadge } from '../lib/background/deadline-badge';
import { publishHolidayTable } from '../lib/background/publish-holidays';
import { channelHandlers, installChannelReminders } from '../lib/background/channel-check';
import { cancelPageCapture, startPageCapture } from '../lib/background/page-capture';
import { createDispatcher, type Handlers } from '../lib/background/messenger';
import { installManualCapture } from '../lib/background/selection-menu';
import { handleLoadPanel } from '../lib/background/inject-panel';
import { installPolicy } from '../lib/policy/apply';

/**
 * Thin entry: wiring only. Nothing that matters lives in this worker's memory; it can be
 * stopped at any idle moment (DESIGN.md decision 2).
 */
export default defineBackground(() => {
  // Every message type the background answers (lib/protocol.ts), one handler each.
  const dispatch = createDispatcher({
    // After each capture the deadline badge is recomputed from the store (issue 4).
    capture: (request, sender) => handleCapture(request, sender).finally(() => void refreshDeadlineBadge().catch(() => undefined)),
    // Issue 3: the guide panel is injected into a tab when its first guide is opened.
    'load-guide-panel': (_request, sender) => handleLoadPanel(sender),
    // Issue 6: full-page screenshots, and the channel register's reminders.
    'page-capture-start': startPageCapture,
    'page-capture-cancel': cancelPageCapture,
    ...channelHandlers,
  } satisfies Handlers);
  browser.runtime.onMessage.addListener((message, sender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    return dispatch(message, sender);
  });

  installDeadlineBadge();
  installChannelReminders();
  // Issue 3: the context menu and the keyboard shortcut (manual fallback for any page).
  installManualCapture();
  // Issue 22: IT's policy (storage.managed) into the stores the extension reads.
  installPolicy();
  // The overlay computes deadlines from this table instead of loading date-holidays on every tab.
  void publishHolidayTable();

  browser.runtime.onInstalled.addListener(({ reason }) => {
    // First run: the profile (for signatures) and the screenshot permission are asked for there.
    if (reason === 'install') void browser.runtime.openOptionsPage();
  });
});
