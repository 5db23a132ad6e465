import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';

export interface TargetTab {
  id: number;
  /** Known only where the extension may read the tab (activeTab grant or <all_urls>). */
  title?: string;
  url?: string;
}

/**
 * The tab a full-page screenshot or "add this page" means: `?tab=ID` when a page was opened for
 * one; in the side panel, the active tab beside it; in a tab of our own (the queue), the web
 * page used most recently. Our own pages and other browser pages are never the target.
 */
export async function resolveTargetTab(): Promise<TargetTab | null> {
  const own = browser.runtime.getURL('/');
  const usable = (t: { id?: number; url?: string }) => t.id !== undefined && (t.url === undefined || /^https?:\/\//.test(t.url)) && !t.url?.startsWith(own);
  const asTarget = (t: { id?: number; title?: string; url?: string }): TargetTab => ({ id: t.id!, ...(t.title ? { title: t.title } : {}), ...(t.url ? { url: t.url } : {}) });
  const param = new URLSearchParams(location.search).get('tab');
  if (param && /^\d+$/.test(param)) {
    const tab = await browser.tabs.get(Number(param)).catch(() => undefined);
    if (tab && usable(tab)) return asTarget(tab);
  }
  const [here] = await browser.tabs.query({ active: true, currentWindow: true });
  if (here && usable(here)) return asTarget(here);
  const all = (await browser.tabs.query({})).filter(usable);
  all.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  return all[0] ? asTarget(all[0]) : null;
}

/** The target tab, kept current as the user switches tabs. */
export function useTargetTab(): TargetTab | null | undefined {
  const [target, setTarget] = useState<TargetTab | null | undefined>(undefined);
  useEffect(() => {
    let alive = true;
    const refresh = () => void resolveTargetTab().then((t) => alive && setTarget(t), () => alive && setTarget(null));
    refresh();
    browser.tabs.onActivated.addListener(refresh);
    browser.tabs.onUpdated.addListener(refresh);
    addEventListener('focus', refresh);
    return () => {
      alive = false;
      browser.tabs.onActivated.removeListener(refresh);
      browser.tabs.onUpdated.removeListener(refresh);
      removeEventListener('focus', refresh);
    };
  }, []);
  return target;
}
