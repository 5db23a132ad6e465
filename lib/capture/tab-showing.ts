import { browser, type Browser } from 'wxt/browser';
import { CONTENT_MATCHES } from '../platforms';
import type { CaptureRecord } from '../records/schema';

/** An address without its fragment: the page a record was captured on, as a tab shows it. */
const withoutHash = (url: string): string => url.split('#')[0]!;

/**
 * The open tab showing a record's page (or its permalink), the active one first. Only the sites
 * the overlay runs on are asked about: their addresses are readable without the 'tabs' permission.
 */
export async function tabShowing(record: Pick<CaptureRecord, 'pageUrl' | 'permalink'>): Promise<Browser.tabs.Tab | undefined> {
  const wanted = new Set([record.pageUrl, record.permalink].filter((u): u is string => !!u).map(withoutHash));
  const tabs = await browser.tabs.query({ url: [...CONTENT_MATCHES] });
  const matching = tabs.filter((tab) => tab.url && wanted.has(withoutHash(tab.url)));
  return matching.find((tab) => tab.active) ?? matching[0];
}
