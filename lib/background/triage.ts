import { browser } from 'wxt/browser';
import { itemKey } from '../capture/capture-item';
import { broadcast, sendToTab, type CaptureRequest, type RequestOf, type ResponseOf } from '../protocol';
import { getDb } from '../records/db';
import { createSuggester } from '../guide';
import { getGuideSettings, watchGuideSettings } from '../settings/guide-settings-store';
import { createTriageCache, triage, type TriageCache } from '../triage';
import { PageTriage } from '../triage/page';
import type { TriageTranslate } from '../triage/words';
import { toolbarTranslator } from '../i18n/toolbar';
import { getSettings, watchSettings } from '../settings/store';

/**
 * The background's side of issue 20: the overlay's readings are triaged here, off the page's
 * main thread; the side panel asks here for the active tab's list; the toolbar badge shows how
 * many on the active tab need action. Memory only (DESIGN.md decision 2): a restarted worker
 * asks the overlay for its readings again.
 */
const pages = new Map<number, PageTriage>();
let cache: Promise<TriageCache> | undefined;
/** The organisation's guide, as the guide panel uses it (its word lists, its web site): one verdict everywhere. */
const theCache = () =>
  (cache ??= getGuideSettings().then(
    (settings) => createTriageCache(createSuggester({ guide: settings.guide })),
    () => createTriageCache(),
  ));

let words: Promise<TriageTranslate> | undefined;
/** The deadlines in words, in the user's language (the toolbar's catalogue carries the triage words). */
const theWords = () =>
  (words ??= getSettings().then(
    (s) => toolbarTranslator(s.language),
    () => toolbarTranslator('sv'),
  ));

/** Record keys among `keys` that are already in the store ("Fångad" after a reload). */
async function capturedAmong(keys: string[]): Promise<string[]> {
  if (keys.length === 0) return [];
  const rows = await getDb().records.where('key').anyOf(keys).toArray();
  return rows.map((r) => r.key);
}

export interface TriageDeps {
  capturedAmong: (keys: string[]) => Promise<string[]>;
  /** Told when a tab's triage changed: the side panel and the badge follow. */
  changed: (tabId: number, page: PageTriage) => void;
  cache?: TriageCache;
}

const defaultDeps: TriageDeps = {
  capturedAmong,
  changed: (tabId, page) => {
    broadcast('triage-changed', { tabId });
    void showTabBadge(tabId, page).catch(() => undefined);
  },
};

/** Handles the overlay's 'triage' message for the tab it came from. */
export async function handleTriage(request: RequestOf<'triage'>, tabId: number | undefined, deps: TriageDeps = defaultDeps): Promise<ResponseOf<'triage'>> {
  if (tabId === undefined) return { ok: false, reason: 'failed' };
  let page = pages.get(tabId);
  if (!page || page.session !== request.session) {
    if (!request.reset) return { ok: false, reason: 'resend' };
    page = new PageTriage(request.session, request.pageUrl, await theWords());
    pages.set(tabId, page);
  } else if (request.reset) page.resetAnswers();
  page.pageUrl = request.pageUrl;
  try {
    const fresh: string[] = [];
    for (const { key, reading } of request.items) {
      const recordKey = await itemKey(request.platform, reading);
      page.recordKeys.set(key, recordKey);
      fresh.push(recordKey);
    }
    for (const key of await deps.capturedAmong(fresh).catch(() => [])) page.captured.add(key);
    const results = page.update(request.items, request.order, new Date(request.at), deps.cache ?? (await theCache()));
    if (results.length > 0) deps.changed(tabId, page);
    return { ok: true, results };
  } catch {
    // The toolbars work without triage; the side panel says it is unavailable on this page.
    page.failed = true;
    deps.changed(tabId, page);
    return { ok: false, reason: 'failed' };
  }
}

/** The side panel's list for a tab. A tab the worker does not know (restarted) is asked to send again. */
export async function handleTriagePage(request: RequestOf<'triage-page'>): Promise<ResponseOf<'triage-page'>> {
  const page = pages.get(request.tabId);
  if (!page) {
    void sendToTab(request.tabId, 'triage-resend', {}).catch(() => undefined);
    return { ok: false, reason: 'none' };
  }
  if (page.failed) return { ok: false, reason: 'failed' };
  return { ok: true, pageUrl: page.pageUrl, entries: page.list(), spentMs: page.spentMs };
}

/**
 * A capture stores the category whether or not the guide was opened (issue 20): without the
 * panel's confirmed one, triage's suggestion, marked as not seen in the panel.
 */
export async function withTriageClassification(request: CaptureRequest, now = new Date(), given?: TriageCache): Promise<CaptureRequest> {
  const triageCache = given ?? (await theCache());
  if (request.classification) return { ...request, classification: { ...request.classification, guideOpened: request.classification.guideOpened ?? true } };
  const [t] = triage([request.reading], now, triageCache);
  if (!t?.category) return request;
  const dueAt = t.category === 'question' && t.dueAt ? { dueAt: t.dueAt } : {};
  return { ...request, classification: { category: t.category, flags: t.flags, ...dueAt, guideOpened: false } };
}

/** After a capture on a tab: its item shows "Fångad" in the side panel (the overlay marks its own room). */
export async function noteCaptured(request: CaptureRequest, tabId: number | undefined, deps: TriageDeps = defaultDeps): Promise<void> {
  const page = tabId === undefined ? undefined : pages.get(tabId);
  if (!page || tabId === undefined) return;
  const recordKey = await itemKey(request.platform, request.reading);
  const results = page.markCaptured(recordKey, deps.cache ?? (await theCache()));
  if (results.length > 0) deps.changed(tabId, page);
}

/** How many items on the page need action: to remove, or to answer. */
export function needingAction(page: PageTriage): number {
  return page.list().filter((e) => e.needs !== 'none').length;
}

/**
 * The toolbar badge on this tab: the number needing action here, beside the count of answers
 * due (the badge's text for every tab, lib/background/deadline-badge.ts), as "3·1".
 */
async function showTabBadge(tabId: number, page: PageTriage): Promise<void> {
  const need = page.failed ? 0 : needingAction(page);
  if (need === 0) {
    await browser.action.setBadgeText({ tabId, text: null as unknown as string });
    return;
  }
  const due = await browser.action.getBadgeText({});
  await browser.action.setBadgeText({ tabId, text: due ? `${need}·${due}` : String(need) });
}

/** Call once in the background: forgets a tab's page when the tab closes. */
export function installTriage(): void {
  browser.tabs.onRemoved.addListener((tabId) => pages.delete(tabId));
  // An edited guide judges every page again: each overlay is asked for its readings anew.
  const judgeAgain = () => {
    cache = undefined;
    words = undefined;
    for (const tabId of pages.keys()) void sendToTab(tabId, 'triage-resend', {}).catch(() => undefined);
    pages.clear();
  };
  watchGuideSettings(judgeAgain);
  // Another language: the deadlines are written again.
  watchSettings(judgeAgain);
}
