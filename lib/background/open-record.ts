import { browser } from 'wxt/browser';
import type { RequestOf, ResponseOf } from '../protocol';

/** Opens one record in the queue, in a new tab beside the page (the overlay may not open extension pages itself). */
export async function openRecord(request: RequestOf<'open-record'>): Promise<ResponseOf<'open-record'>> {
  try {
    await browser.tabs.create({ url: browser.runtime.getURL(`/queue.html#/record/${request.recordId}`) });
    return { ok: true };
  } catch {
    return { ok: false };
  }
}
