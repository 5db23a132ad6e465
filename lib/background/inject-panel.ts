import { browser, type Browser } from 'wxt/browser';
import type { LoadPanelResponse } from '../protocol';

/** The guide panel's script, built from entrypoints/guide-panel.ts. */
export const GUIDE_PANEL_FILE = '/guide-panel.js';

/**
 * Background side of "open a guide" (issue 3): injects the panel's script into the frame that
 * asked, on first use. Only the overlay's own frames ask (the sender is our content script).
 */
export function handleLoadPanel(sender: Browser.runtime.MessageSender): Promise<LoadPanelResponse> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return Promise.resolve({ ok: false, detail: 'no tab' });
  return browser.scripting
    .executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [GUIDE_PANEL_FILE] })
    .then(
      (): LoadPanelResponse => ({ ok: true }),
      (error: unknown): LoadPanelResponse => ({ ok: false, detail: error instanceof Error ? error.message : String(error) }),
    );
}
