import { browser, type Browser } from 'wxt/browser';
import { captureVisibleTab, limiter } from '../capture/tab-screenshot';
import { isPermissionError } from '../capture/rate-limiter';
import { sendToTab, type RequestOf, type ResponseOf } from '../protocol';
import { getDb } from '../records/db';
import { tabShowing } from '../capture/tab-showing';

/**
 * "Ta skärmbild nu" (issue 18 point 2): a record stored without a screenshot, whose page is open
 * in a tab, gets its screenshot as a new version captured there (the record itself is never
 * changed: its digests cover what it holds). The tab is brought to the front for the shot (the
 * browser shoots only what is shown), and the queue's tab back afterwards. A tab the extension
 * may not shoot is found out with one shot before anything is stored.
 */
export async function shootRecord(request: RequestOf<'shoot-record'>, sender: Browser.runtime.MessageSender): Promise<ResponseOf<'shoot-record'>> {
  const record = await getDb().records.get(request.recordId);
  if (!record || record.kind === 'page-screenshot') return { ok: false, error: 'not-found' };
  const tab = await tabShowing(record);
  if (tab?.id === undefined) return { ok: false, error: 'no-tab' };
  const back = sender.tab;
  try {
    await browser.tabs.update(tab.id, { active: true });
    await browser.windows.update(tab.windowId, { focused: true }).catch(() => undefined);
    try {
      await limiter.run(() => captureVisibleTab(tab.windowId));
    } catch (error) {
      if (isPermissionError(error)) return { ok: false, error: 'no-permission' };
      return { ok: false, error: 'failed', detail: String((error as Error)?.message ?? error).slice(0, 300) };
    }
    const answer = await sendToTab(tab.id, 'capture-stored', { ...(record.itemId ? { itemId: record.itemId } : {}), author: record.author, text: record.text }, { frameId: 0 }).catch(() => null);
    if (!answer) return { ok: false, error: 'item-not-found' };
    if (!answer.ok) return { ok: false, error: 'failed', detail: answer.error };
    return { ok: true, recordId: answer.recordId, screenshot: answer.screenshot.status === 'ok' };
  } finally {
    if (back?.id !== undefined) await browser.tabs.update(back.id, { active: true }).catch(() => undefined);
  }
}
