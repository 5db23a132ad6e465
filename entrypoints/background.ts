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
import { removalShots } from '../lib/background/removal';
import { startBackgroundMirror } from '../lib/background/records-folder';
import { openRecord } from '../lib/background/open-record';
import { shootRecord } from '../lib/background/shoot-record';
import { handleBackupFile, installScheduledBackup } from '../lib/background/scheduled-backup';
import { startJournalCatchUp } from '../lib/background/journal';
import { installPolicy } from '../lib/policy/apply';
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
    // Issue 24: the screenshot at an item's own menu button, kept for the site's Delete or Hide.
    'removal-arm': (request, sender) => removalShots.arm(request, sender),
    'removal-discard': (request) => removalShots.discard(request),
    // Issue 18: "Öppna posten" beside an item that was captured before.
    'open-record': openRecord,
    // Issue 18: "Ta skärmbild nu" for a record stored without a screenshot.
    'shoot-record': shootRecord,
    // Issue 6: full-page screenshots, and the channel register's reminders.
    'page-capture-start': startPageCapture,
    'page-capture-cancel': cancelPageCapture,
    ...channelHandlers,
    // Issue 25: the scheduled backup's file, from Chromium's offscreen page.
    'scheduled-backup-file': handleBackupFile,
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
  installScheduledBackup();
  startJournalCatchUp();
  installTriage();
  // Issue 3: the context menu and the keyboard shortcut (manual fallback for any page).
  installManualCapture();
  // Issue 22: IT's policy (storage.managed) into the stores the extension reads.
  installPolicy();
  // The overlay computes deadlines from this table instead of loading date-holidays on every tab.
  void publishHolidayTable();
  // Issue 25: each capture is mirrored to the records folder, if one is chosen (and what waits, caught up).
  startBackgroundMirror();

  browser.runtime.onInstalled.addListener(({ reason }) => {
    // First run: the profile (for signatures) and the screenshot permission are asked for there.
    if (reason === 'install') void browser.runtime.openOptionsPage();
  });
});
