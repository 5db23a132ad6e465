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
import { handleTriage, handleTriagePage, installTriage, noteCaptured, withTriageClassification } from '../lib/background/triage';

/**
 * Thin entry: wiring only. Nothing that matters lives in this worker's memory; it can be
 * stopped at any idle moment (DESIGN.md decision 2).
 */
export default defineBackground(() => {
  // Every message type the background answers (lib/protocol.ts), one handler each.
  const dispatch = createDispatcher({
    // After each capture the deadline badge is recomputed from the store (issue 4).
    // Issue 20: without the guide panel's category, triage's suggestion is stored.
    capture: async (request, sender) => {
      const withCategory = await withTriageClassification(request);
      const answer = await handleCapture(withCategory, sender).finally(() => void refreshDeadlineBadge().catch(() => undefined));
      if (answer.ok) void noteCaptured(withCategory, sender.tab?.id).catch(() => undefined);
      return answer;
    },
    // Issue 3: the guide panel is injected into a tab when its first guide is opened.
    'load-guide-panel': (_request, sender) => handleLoadPanel(sender),
    // Issue 6: full-page screenshots, and the channel register's reminders.
    'page-capture-start': startPageCapture,
    'page-capture-cancel': cancelPageCapture,
    ...channelHandlers,
    // Issue 20: the page's comments triaged off its main thread; the side panel's list.
    triage: (request, sender) => handleTriage(request, sender.tab?.id),
    'triage-page': handleTriagePage,
  } satisfies Handlers);
  browser.runtime.onMessage.addListener((message, sender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    return dispatch(message, sender);
  });

  installDeadlineBadge();
  installChannelReminders();
  installTriage();
  // Issue 3: the context menu and the keyboard shortcut (manual fallback for any page).
  installManualCapture();
  // The overlay computes deadlines from this table instead of loading date-holidays on every tab.
  void publishHolidayTable();

  browser.runtime.onInstalled.addListener(({ reason }) => {
    // First run: the profile (for signatures) and the screenshot permission are asked for there.
    if (reason === 'install') void browser.runtime.openOptionsPage();
  });
});
