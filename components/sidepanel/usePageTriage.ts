import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { receiveBroadcast, send, type TriageEntry } from '../../lib/protocol';
import { coalesced } from '../../lib/serial';

export type PageTriageView = { state: 'loading' } | { state: 'none' } | { state: 'failed' } | { state: 'ok'; entries: TriageEntry[] };

/**
 * The triage of the page in `tabId` (undefined: not known yet; null: no web page), live: asked of the background again whenever it says that
 * tab's triage changed (comments loaded later join the list as they arrive).
 */
export function usePageTriage(tabId: number | null | undefined): PageTriageView {
  // Kept with the tab it is about: another tab's list is never shown for this one.
  const [seen, setSeen] = useState<{ tabId: number; view: PageTriageView } | undefined>(undefined);
  useEffect(() => {
    if (tabId === null || tabId === undefined) return;
    const setView = (view: PageTriageView) => setSeen({ tabId, view });
    let alive = true;
    // One question at a time; a change meanwhile asks once more after it.
    const ask = coalesced(async () => {
      if (!alive) return;
      try {
        const answer = await send('triage-page', { tabId });
        if (alive) setView(answer.ok ? { state: 'ok', entries: answer.entries } : { state: answer.reason });
      } catch {
        if (alive) setView({ state: 'failed' });
      }
    });
    const listener = (message: unknown) => {
      const changed = receiveBroadcast(['triage-changed'], message);
      if (changed?.tabId === tabId) void ask();
      return undefined;
    };
    browser.runtime.onMessage.addListener(listener);
    void ask();
    return () => {
      alive = false;
      browser.runtime.onMessage.removeListener(listener);
    };
  }, [tabId]);
  if (tabId === undefined) return { state: 'loading' };
  if (tabId === null) return { state: 'none' };
  return seen?.tabId === tabId ? seen.view : { state: 'loading' };
}
