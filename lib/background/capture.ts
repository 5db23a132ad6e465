import type { Browser } from 'wxt/browser';
import type { CaptureRequest, CaptureResponse } from '../protocol';
import { getDb } from '../records/db';
import { getSettings } from '../settings/store';
import { captureItem } from '../capture/capture-item';
import { screenshotItem } from '../capture/tab-screenshot';
import { removalShots } from './removal';

/** The background's answer to a capture message from the overlay (checked by lib/background/messenger.ts). */
export async function handleCapture(request: CaptureRequest, sender: Browser.runtime.MessageSender): Promise<CaptureResponse> {
  const tab = sender.tab;
  if (tab?.id === undefined || tab.windowId === undefined) {
    return { ok: false, error: 'invalid-message' };
  }
  const tabRef = { tabId: tab.id, windowId: tab.windowId, frameId: sender.frameId ?? 0 };
  try {
    return await captureItem(request.recordId, request, {
      db: getDb(),
      // Issue 24: a removal's picture was taken at the menu button, before the site removed the item.
      screenshot: () => (request.removal ? removalShots.take(request.recordId) : screenshotItem(tabRef, request.recordId, request.shot)),
      profile: async () => (await getSettings()).profile,
      now: () => new Date(),
    });
  } catch (error) {
    return { ok: false, error: 'unknown', detail: String((error as Error)?.message ?? error).slice(0, 300) };
  }
}
