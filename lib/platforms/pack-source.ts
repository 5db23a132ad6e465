import { browser } from 'wxt/browser';
import { applySitePacks, StoredPacksSchema } from './packs';

/** storage.local: packs the organisation imported in the options (site → pack), validated then. */
export const IMPORTED_PACKS_KEY = 'sitePacks';
/** storage.managed (IT policy, issue 22 point 4): the same, deployed to every machine. */
export const POLICY_PACKS_KEY = 'sitePacks';

async function read(area: 'local' | 'managed', key: string): Promise<Record<string, unknown>> {
  try {
    const value = (await browser.storage[area].get(key))[key];
    const parsed = StoredPacksSchema.safeParse(value);
    return parsed.success ? parsed.data : {};
  } catch {
    // No policy set (Firefox throws where no policies.json names us): nothing to apply.
    return {};
  }
}

/** Applies the imported and policy packs now; returns the sites whose selectors changed. */
export async function loadSitePacks(): Promise<string[]> {
  const [imported, policy] = await Promise.all([read('local', IMPORTED_PACKS_KEY), read('managed', POLICY_PACKS_KEY)]);
  return applySitePacks(imported, policy);
}

/** Applies packs again whenever an import or a policy changes them; `changed` gets the sites. */
export function watchSitePacks(changed: (sites: string[]) => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if ((area === 'local' || area === 'managed') && IMPORTED_PACKS_KEY in changes) {
      void loadSitePacks().then((sites) => sites.length > 0 && changed(sites));
    }
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener));
}
