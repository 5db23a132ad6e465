// Helpers for the manual fallback's browser tests (manual-capture.e2e.ts, business-suite.e2e.ts).
// The browser command itself (Alt+Shift+K) cannot be pressed from Playwright: pressShortcut
// sends the message its handler sends (lib/background/selection-menu.ts) from the service worker.
import type { Page } from 'playwright-core';
import type { launch } from './browser.mjs';
import { readStore } from './store.mjs';
import type { CaptureRecord } from '../../lib/records/schema';

declare const chrome: { tabs: { query(q: { url: string }): Promise<{ id?: number }[]>; sendMessage(id: number, m: unknown): Promise<unknown> } };

type Browser = Awaited<ReturnType<typeof launch>>;

export async function pressShortcut(b: Browser, page: Page): Promise<void> {
  const sw = await b.serviceWorker();
  await sw.evaluate(async (url) => {
    const [tab] = await chrome.tabs.query({ url });
    await chrome.tabs.sendMessage(tab!.id!, { type: 'command-capture' });
  }, page.url());
}

/** Every record in the store, read from a queue page opened for the purpose. */
export async function records(b: Browser): Promise<CaptureRecord[]> {
  const q = await b.context.newPage();
  await q.goto(b.extensionUrl('queue.html'));
  const { records } = await readStore(q);
  await q.close();
  return records as CaptureRecord[];
}

/** Selects the whole text of the element `selector` names, as a user's drag would. */
export function selectText(page: Page, selector: string): Promise<void> {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel)!;
    const range = document.createRange();
    range.selectNodeContents(el);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  }, selector);
}
