import { browser, type Browser } from 'wxt/browser';
import { translator } from '../i18n';
import { platformOfUrl } from '../platforms/platform-of-url';
import { getDb } from '../records/db';
import { sendToTab } from '../protocol';
import { getSettings } from '../settings/store';
import { captureItem } from '../capture/capture-item';
import { screenshotVisible } from '../capture/tab-screenshot';

export const SELECTION_MENU_ID = 'kv-capture-selection';

/**
 * The manual fallback from the context menu (issue 3): works on any page, with or without an
 * adapter, because the menu click itself grants activeTab for the screenshot of the visible
 * area. Chromium gives the selection as plain text (line breaks folded); the keyboard shortcut
 * reads it from the page and keeps them.
 */
export async function captureSelectionFromMenu(info: Browser.contextMenus.OnClickData, tab: Browser.tabs.Tab): Promise<void> {
  const text = info.selectionText?.trim();
  if (!text || tab.id === undefined || tab.windowId === undefined) return;
  const pageUrl = info.pageUrl ?? tab.url ?? '';
  const settings = await getSettings();
  const t = translator(settings.language);
  const recordId = crypto.randomUUID();
  const result = await captureItem(
    recordId,
    { type: 'capture', recordId, platform: platformOfUrl(pageUrl), pageUrl, reading: { kind: 'selection', author: '', text, byOwner: false, unreadable: ['author'] } },
    { db: getDb(), screenshot: () => screenshotVisible({ tabId: tab.id!, windowId: tab.windowId! }, recordId), profile: async () => settings.profile, now: () => new Date() },
  ).catch(() => ({ ok: false as const, error: 'unknown' as const }));
  const message = result.ok ? (result.screenshot.status === 'ok' ? t('shortcut.selectionSaved') : t('shortcut.selectionSavedNoShot')) : t('shortcut.failed');
  // The page may have no overlay to say it: a notification, which the user can also miss, so
  // the record is what counts; the queue shows it at once.
  await browser.notifications.create(`kv-selection-${recordId}`, { type: 'basic', iconUrl: browser.runtime.getURL('/icon/128.png'), title: t('app.name'), message }).catch(() => undefined);
}

/** Menu and keyboard command, registered at every worker start (menus persist; create is idempotent via removeAll). */
export function installManualCapture(): void {
  browser.runtime.onInstalled.addListener(() => {
    void browser.contextMenus.removeAll().then(() =>
      browser.contextMenus.create({ id: SELECTION_MENU_ID, title: browser.i18n.getMessage('menuCaptureSelection'), contexts: ['selection'] }),
    );
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === SELECTION_MENU_ID && tab) void captureSelectionFromMenu(info, tab);
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'capture-item' && tab?.id !== undefined) void sendToTab(tab.id, 'command-capture', {}).catch(() => undefined);
  });
}
