import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { receiveBroadcast, send, type TriageEntry } from '../../lib/protocol';

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
    let asking = false;
    let again = false;
    const ask = async () => {
      // One question at a time; a change meanwhile asks once more after it.
      if (asking) {
        again = true;
        return;
      }
      asking = true;
      try {
        const answer = await send('triage-page', { tabId });
        if (alive) setView(answer.ok ? { state: 'ok', entries: answer.entries } : { state: answer.reason });
      } catch {
        if (alive) setView({ state: 'failed' });
      } finally {
        asking = false;
        if (again && alive) {
          again = false;
          void ask();
        }
      }
    };
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
